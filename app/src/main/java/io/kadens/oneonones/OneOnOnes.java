package io.kadens.oneonones;

import io.kadens.settings.CheckInCadence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * 1:1 series and their meetings: only the two people of a pair see and change a meeting; HR admins
 * manage mentor pairs. Rules are enforced here, whatever a screen shows. Ids the caller may not see
 * behave like missing ids (empty / not found).
 */
@Service
public class OneOnOnes {

    /** Meetings kept scheduled ahead per active series. */
    public static final int MEETINGS_AHEAD = 3;

    // ------------------------------------------------------------------ series

    /** The signed-in person's series (as lead and as member), creating the manager series on first use. */
    public List<MyOneOnOne> mine() {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<OneOnOnePair> pair(UUID pairId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every meeting of a series, oldest first. */
    public List<MeetingSummary> meetings(UUID pairId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** HR admin (any two people) or one of the pair (themselves as mentor or mentee). */
    public OneOnOnePair createMentorPair(UUID mentorId, UUID menteeId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Ends a mentorship: its future meetings are cancelled, history stays. HR admin or one of the pair. */
    public void endMentorPair(UUID pairId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The pair's own cadence, or null to follow the tenant default; future meetings are rescheduled. */
    public OneOnOnePair setCadence(UUID pairId, CheckInCadence cadence) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Keeps manager series in step with the reporting lines of the bound tenant: a series for every
     * active manager and direct report, series of ended lines inactive (their future meetings
     * cancelled), and {@link #MEETINGS_AHEAD} meetings scheduled for every active series.
     * Works for HR admins and background work in an explicit tenant scope.
     *
     * @return how many series were created or reactivated
     */
    public int synchroniseReportingLines() {
        throw new UnsupportedOperationException("not yet");
    }

    // ------------------------------------------------------------------ meetings

    public Optional<Meeting> meeting(UUID meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    public MeetingSummary reschedule(UUID meetingId, Instant newTime, long version) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Cancels one meeting; its points move to the next meeting, and a new one is scheduled at the end. */
    public void cancel(UUID meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Completes a meeting: its agenda closes, points not covered carry over to the next meeting and
     * recurring points reappear there.
     *
     * @return the next meeting of the series
     */
    public MeetingSummary complete(UUID meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    // ------------------------------------------------------------------ agenda

    public AgendaItem addTalkingPoint(UUID meetingId, String text, boolean recurring) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * For background requests (a Slack slash command) in an explicit {@code TenantScope} with no
     * signed-in user: a talking point in {@code authorId}'s name, who must be one of the pair.
     *
     * @param meetingOrPairId a meeting id, or a series id (then the series' next scheduled meeting)
     */
    public AgendaItem addTalkingPoint(UUID meetingOrPairId, UUID authorId, String text) {
        throw new UnsupportedOperationException("not yet");
    }

    public AgendaItem setCovered(UUID itemId, boolean covered) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The agenda in the given order; every item of the meeting exactly once. */
    public List<AgendaItem> reorderAgenda(UUID meetingId, List<UUID> itemIds) {
        throw new UnsupportedOperationException("not yet");
    }

    public void removeTalkingPoint(UUID itemId) {
        throw new UnsupportedOperationException("not yet");
    }

    // ------------------------------------------------------------------ notes

    /** Throws ConcurrentEditException when someone saved since {@code version}. */
    public SharedNotes saveSharedNotes(UUID meetingId, String text, long version) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The signed-in person's own private note on a meeting; nobody else's is ever returned. */
    public Optional<PrivateNote> myPrivateNote(UUID meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** @param version the version read, or -1 for a first note */
    public PrivateNote savePrivateNote(UUID meetingId, String text, long version) {
        throw new UnsupportedOperationException("not yet");
    }

    // ------------------------------------------------------------------ action items

    public ActionItem addActionItem(UUID meetingId, UUID ownerId, String text, LocalDate dueDate) {
        throw new UnsupportedOperationException("not yet");
    }

    public ActionItem setActionItemDone(UUID actionItemId, boolean done) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The pair's action items: open ones first. */
    public List<ActionItem> actionItems(UUID pairId) {
        throw new UnsupportedOperationException("not yet");
    }

    // ------------------------------------------------------------------ for reminders (background work)

    /**
     * Scheduled meetings of the bound tenant starting in [from, to), with participants and agenda.
     * For background work in an explicit {@code TenantScope}.
     */
    public List<UpcomingMeeting> meetingsBetween(Instant from, Instant to) {
        throw new UnsupportedOperationException("not yet");
    }
}
