package io.kadens.privacy;

import java.util.UUID;

/** An erased person: the pseudonym they now carry. */
public record ErasureResult(UUID personId, int number, String pseudonym) {
}
