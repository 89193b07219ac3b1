package io.kadens.competencies;

import io.kadens.goals.GoalQueries;
import io.kadens.goals.GoalSummary;
import io.kadens.oneonones.CheckIn;
import io.kadens.oneonones.CheckIns;
import io.kadens.people.OrgFacts;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What an assessor can pick as evidence for a rating of a person: the person's goals, the feedback they received
 * and their 1:1 check-ins in the period (default the last twelve months), each through its own feature as the
 * signed-in assessor, so nothing is offered that {@link Assessments#record} would refuse as invisible. Only the
 * person themselves (self assessment) or a manager above them (manager assessment) is offered anything.
 */
@Service
public class AssessmentEvidence {

    static final int DEFAULT_MONTHS = 12;

    private final GoalQueries goals;
    private final CheckIns checkIns;
    private final ObjectProvider<FeedbackEvidenceSource> feedback;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TenantSettingsService settings;

    AssessmentEvidence(GoalQueries goals, CheckIns checkIns, ObjectProvider<FeedbackEvidenceSource> feedback,
                       OrgFacts org, CurrentUser currentUser, Clock clock, TenantSettingsService settings) {
        this.goals = goals;
        this.checkIns = checkIns;
        this.feedback = feedback;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Evidence options of the last twelve months, newest first; "today" in the organisation's time zone, the zone
     * feedback given now is dated by (after midnight there, the server's UTC date is still yesterday).
     */
    public List<EvidenceOption> options(UUID personId) {
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        return options(personId, today.minusMonths(DEFAULT_MONTHS), today);
    }

    /** Evidence options dated within [from, to] (goals: those not finished before {@code from}), newest first. */
    public List<EvidenceOption> options(UUID personId, LocalDate from, LocalDate to) {
        KadensUser me = currentUser.require();
        if (me.isOperator() || me.personId() == null) {
            throw new AccessDeniedException("assessments belong to a tenant's people");
        }
        boolean self = me.personId().equals(personId);
        if (personId == null || !self && !org.isAbove(me.personId(), personId)) {
            throw new ResourceNotFoundException("person", personId);
        }
        List<EvidenceOption> options = new ArrayList<>();
        List<GoalSummary> candidates = self ? goals.myGoals(null) : goals.teamGoals(null);
        candidates.stream()
                .filter(goal -> goal.owner() != null && personId.equals(goal.owner().id()))
                .filter(goal -> goal.endsOn() == null || !goal.endsOn().isBefore(from))
                .forEach(goal -> options.add(new EvidenceOption(EvidenceOption.GOAL, goal.id(), goal.title(),
                        goal.endsOn())));
        FeedbackEvidenceSource source = feedback.getIfAvailable();
        if (source != null) {
            options.addAll(source.receivedBy(personId, from, to));
        }
        ZoneId zone = settings.zone();
        List<CheckIn> written = self ? checkIns.mine() : checkIns.ofMyReports();
        written.stream()
                .filter(checkIn -> checkIn.employee() != null && personId.equals(checkIn.employee().id()))
                .forEach(checkIn -> {
                    // A check-in is written before its 1:1: dated by when it was written.
                    LocalDate on = LocalDate.ofInstant(checkIn.submittedAt() != null ? checkIn.submittedAt()
                            : checkIn.meetingAt(), zone);
                    if (!on.isBefore(from) && !on.isAfter(to)) {
                        options.add(new EvidenceOption(EvidenceOption.CHECK_IN, checkIn.id(),
                                checkIn.manager() == null ? "" : checkIn.manager().name(), on));
                    }
                });
        options.sort(Comparator.comparing(EvidenceOption::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(EvidenceOption::label, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)));
        return options.stream().filter(Objects::nonNull).toList();
    }
}
