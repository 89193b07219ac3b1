package io.kadens.oneonones;

import java.util.UUID;

/** One of the two people of a 1:1 pair (an employee of the tenant). */
public record Participant(UUID id, String name, String email) {
}
