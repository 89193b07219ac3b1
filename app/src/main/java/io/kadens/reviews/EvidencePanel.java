package io.kadens.reviews;

import io.kadens.reviews.ReviewAnswer.EvidenceType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the writer of a review has at hand for the cycle's window: the subject's goals and their progress,
 * check-ins, feedback (only what the writer may see; anonymous items pooled, undated), praise and the
 * development plan, read through those features' public APIs.
 *
 * @param feedbackSummaryLink the page of the AI feedback summary for the subject and window, when the writer may
 *                            ask for it; null otherwise
 * @param recency             how much of the dated evidence falls in the last 30 days of the window
 * @param oneOnOnes           the figures of each held 1:1 among the items (agenda points, shared notes)
 */
public record EvidencePanel(UUID reviewId, UUID subjectId, LocalDate windowStart, LocalDate windowEnd,
                            List<EvidenceItem> items, FeedbackCounts feedback, String feedbackSummaryLink,
                            Recency recency, List<OneOnOneFacts> oneOnOnes) {

    public EvidencePanel {
        items = List.copyOf(items);
        oneOnOnes = oneOnOnes == null ? List.of() : List.copyOf(oneOnOnes);
    }

    public EvidencePanel(UUID reviewId, UUID subjectId, LocalDate windowStart, LocalDate windowEnd,
                         List<EvidenceItem> items, FeedbackCounts feedback, String feedbackSummaryLink, Recency recency) {
        this(reviewId, subjectId, windowStart, windowEnd, items, feedback, feedbackSummaryLink, recency, List.of());
    }

    /** The figures of the 1:1 item with this meeting id, when the panel has one. */
    public java.util.Optional<OneOnOneFacts> oneOnOne(UUID meetingId) {
        return oneOnOnes.stream().filter(f -> f.meetingId().equals(meetingId)).findFirst();
    }

    /**
     * What a held 1:1 (an {@link EvidenceType#ONE_ON_ONE} item with the meeting's id) had: its talking points, how
     * many were covered, and whether shared notes were written (and how many words).
     */
    public record OneOnOneFacts(UUID meetingId, int agendaPoints, int covered, int sharedNoteWords) {

        public boolean sharedNotes() {
            return sharedNoteWords > 0;
        }
    }

    public List<EvidenceItem> of(EvidenceType type) {
        return items.stream().filter(i -> i.type() == type).toList();
    }

    /**
     * One piece of evidence.
     *
     * @param on       the day it happened (a goal: its last update); null for anonymous feedback
     * @param progress a goal's progress 0..1; null for the other kinds
     * @param source   who it comes from (feedback: its source such as PEER or MANAGER; praise: the author's name)
     * @param tone     whether the text reads as a strength, a growth area or neither (for the insights and checks)
     */
    public record EvidenceItem(EvidenceType type, UUID id, String title, String text, LocalDate on, Double progress,
                               String source, Tone tone, String link) {
    }

    /** Feedback of the window by source, the "summary" figures beside the items. */
    public record FeedbackCounts(int total, int named, int anonymous, java.util.Map<String, Integer> bySource) {
    }

    /**
     * @param dated   items with a date
     * @param recent  of them, how many fall in the last {@link #DAYS} days of the window (up to today)
     * @param lopsided more than half of the dated evidence is recent: a warning against recency bias
     */
    public record Recency(int dated, int recent, int percent, boolean lopsided) {
        public static final int DAYS = 30;
    }

    /** How a piece of evidence reads. */
    public enum Tone { STRENGTH, GROWTH, NEUTRAL }
}
