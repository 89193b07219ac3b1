package io.kadens.oneonones;

import java.util.List;

/** The tenant's check-in questions in order; {@code defaults} while the tenant has not saved its own. */
public record Questionnaire(List<CheckInQuestion> questions, boolean defaults) {
}
