package io.kadens.oneonones;

import java.util.UUID;

/** What an employee answers to one question: text for TEXT questions, pulse (1–5) for the PULSE question. */
public record AnswerInput(UUID questionId, String text, Integer pulse) {
}
