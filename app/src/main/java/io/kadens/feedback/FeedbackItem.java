package io.kadens.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * One feedback item as the caller may see it. An anonymous item seen by its receiver's side carries no
 * author and no exact time: only its month ({@code period}).
 *
 * @param givenOn    the day it was given; null for anonymous items
 * @param givenAt    the exact time; null for anonymous items
 * @param period     the month it was given (always set)
 * @param authorId   null for anonymous items (also in the author's own "given" list: the item is anonymous)
 * @param mine       whether the caller wrote it (true only in the author's own lists)
 * @param requestId  the request it answers, if any (never for anonymous items)
 */
public record FeedbackItem(
        UUID id,
        UUID receiverId,
        String receiverName,
        FeedbackSource source,
        boolean anonymous,
        String text,
        String competency,
        UUID goalId,
        UUID requestId,
        FeedbackVisibility visibility,
        LocalDate givenOn,
        Instant givenAt,
        YearMonth period,
        UUID authorId,
        String authorName,
        boolean mine,
        int replyCount) {
}
