package io.kadens.competencies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something a rating can rest on, as the evidence picker lists it: a goal, a feedback item received or a 1:1
 * check-in of the assessed person that the assessor may see.
 *
 * @param type {@code GOAL}, {@code FEEDBACK} or {@code CHECK_IN}
 * @param label what the picker shows and searches (a goal's title, the start of a feedback text, a check-in's date)
 */
public record EvidenceOption(String type, UUID id, String label, LocalDate date) {

    public static final String GOAL = "GOAL";
    public static final String FEEDBACK = "FEEDBACK";
    public static final String CHECK_IN = "CHECK_IN";
}
