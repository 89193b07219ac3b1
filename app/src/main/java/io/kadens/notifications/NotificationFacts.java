package io.kadens.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a notification says, without any wording: wording, language, date format and time zone
 * are chosen when it is sent, for the recipient as they are then.
 *
 * @param counterpartName the other person (the 1:1 partner, who asked for feedback, about whom)
 * @param subjectId       the item it is about (meeting, request), for links and deduplication
 * @param at              a moment (the 1:1's start), or null
 * @param due             a due date, or null
 * @param question        a question (a feedback request's), or null
 * @param agenda          talking points (a 1:1's agenda); empty for other kinds
 * @param link            the path inside Kadens to open, without the public address
 */
public record NotificationFacts(String counterpartName, UUID subjectId, Instant at, LocalDate due, String question,
                                List<String> agenda, String link) {

    public NotificationFacts {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }
}
