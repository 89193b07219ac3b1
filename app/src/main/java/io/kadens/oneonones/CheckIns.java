package io.kadens.oneonones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Check-ins: the report answers the tenant's questionnaire before each manager 1:1, the manager reads
 * it on the meeting's agenda and replies. Only the report and their manager (the pair's lead) see a
 * check-in; HR admins edit the questionnaire and see adherence, never answers.
 */
@Service
public class CheckIns {

    public Questionnaire questionnaire() {
        throw new UnsupportedOperationException("not yet");
    }

    /** HR admin: replaces the questionnaire (1–12 questions, at most one PULSE); past answers keep their wording. */
    public Questionnaire saveQuestionnaire(List<CheckInQuestion> questions) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The signed-in person's check-in for their next manager 1:1, if they have a manager. */
    public Optional<CurrentCheckIn> current() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Submits (or updates, before the meeting) the report's answers for a manager 1:1. */
    public CheckIn submit(UUID meetingId, List<AnswerInput> answers) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The manager of the pair replies (again: replaces the reply). */
    public CheckIn reply(UUID checkInId, String reply, long version) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<CheckIn> checkIn(UUID checkInId) {
        throw new UnsupportedOperationException("not yet");
    }

    public Optional<CheckIn> forMeeting(UUID meetingId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** My own check-ins, newest first. */
    public List<CheckIn> mine() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Check-ins of my direct reports (as their manager), newest first. */
    public List<CheckIn> ofMyReports() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Adherence per team for manager 1:1s in [from, to]: HR admins see every team, managers the teams
     * of the people under them (counting only those people).
     */
    public List<TeamAdherence> adherence(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not yet");
    }

    /** For reminders (background work in an explicit TenantScope): manager 1:1s in [from, to) without a check-in. */
    public List<DueCheckIn> due(Instant from, Instant to) {
        throw new UnsupportedOperationException("not yet");
    }
}
