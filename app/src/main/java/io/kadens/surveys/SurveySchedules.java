package io.kadens.surveys;

import io.kadens.audit.AuditLog;
import io.kadens.notifications.NotificationFacts;
import io.kadens.notifications.NotificationKind;
import io.kadens.notifications.Notifications;
import io.kadens.people.OrgFacts;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring surveys and reminders. HR admins schedule a survey every 1, 3, 6 or 12 months; each round of the
 * cluster task ({@link SurveySchedulesTask}) opens, per tenant, the runs that are due (closing the schedule's
 * earlier run) and reminds, once per survey version, the people asked who have not answered an open survey a few
 * days after it opened. Dates are UTC days of the application's clock.
 */
@Service
public class SurveySchedules {

    static final Set<Integer> EVERY_MONTHS = Set.of(1, 3, 6, 12);

    private final SurveyScheduleRepository repository;
    private final Surveys surveys;
    private final Notifications notifications;
    private final OrgFacts org;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    SurveySchedules(SurveyScheduleRepository repository, Surveys surveys, Notifications notifications, OrgFacts org,
                    Clock clock, CurrentUser currentUser, AuditLog audit) {
        this.repository = repository;
        this.surveys = surveys;
        this.notifications = notifications;
        this.org = org;
        this.clock = clock;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Every schedule of the tenant, newest first (HR admins). */
    @Transactional(readOnly = true)
    public List<SurveySchedule> all() {
        requireHrAdmin();
        return repository.all();
    }

    /** Schedules a recurring survey; its first run opens on {@code firstRunOn} (today or later). Returns its id. */
    @Transactional
    public UUID create(NewSurveySchedule schedule) {
        requireHrAdmin();
        var errors = new InvalidInputException.Collector();
        if (schedule == null) {
            errors.check(false, "title", "surveys.error.title").throwIfAny();
            return null;
        }
        errors.check(schedule.title() != null && !schedule.title().isBlank()
                && schedule.title().strip().length() <= Surveys.MAX_TITLE, "title", "surveys.error.title");
        errors.check(schedule.template() != null, "template", "surveys.error.template");
        errors.check(schedule.audience() != null && (schedule.audience() == AudienceKind.EVERYONE
                || schedule.audienceId() != null), "audience", "surveys.error.audience");
        errors.check(EVERY_MONTHS.contains(schedule.everyMonths()), "everyMonths", "surveys.schedule.error.every");
        errors.check(schedule.firstRunOn() != null && !schedule.firstRunOn().isBefore(today()), "firstRunOn",
                "surveys.schedule.error.firstRun");
        errors.check(schedule.remindAfterDays() >= 1 && schedule.remindAfterDays() <= 30, "remindAfterDays",
                "surveys.schedule.error.remind");
        errors.check(schedule.template() == null || schedule.template().fromBank() || schedule.bankQuestions().isEmpty(),
                "bankQuestions", "surveys.error.bank");
        errors.check(schedule.bankQuestions().stream().distinct().count() == schedule.bankQuestions().size(),
                "bankQuestions", "surveys.error.bank");
        errors.throwIfAny();
        surveys.checkAudience(schedule.audience(), schedule.audienceId());
        UUID id = UUID.randomUUID();
        repository.insert(id, schedule);
        audit.record("survey_schedule.created", "survey_schedule", id.toString(), null, schedule);
        return id;
    }

    /** Stops or resumes a schedule (optimistic locking); its surveys stay as they are. Returns the new version. */
    @Transactional
    public long setActive(UUID id, long expectedVersion, boolean active) {
        requireHrAdmin();
        if (repository.all().stream().noneMatch(schedule -> schedule.id().equals(id))) {
            throw new ResourceNotFoundException("survey_schedule", id);
        }
        if (!repository.setActive(id, expectedVersion, active)) {
            throw new ConcurrentEditException("survey_schedule", id);
        }
        audit.record("survey_schedule." + (active ? "resumed" : "stopped"), "survey_schedule", id.toString(), null, active);
        return expectedVersion + 1;
    }

    /**
     * Opens the runs due in the bound tenant: for each due schedule, closes its open run, opens a new survey for the
     * run date and moves the next run past today (a schedule that missed several dates opens one run, not a
     * backlog). A run opened already (another node, an earlier round) is not opened again. Returns how many opened.
     */
    @Transactional
    public int openDueInBoundTenant() {
        LocalDate today = today();
        int opened = 0;
        for (SurveySchedule schedule : repository.dueOn(today)) {
            LocalDate runOn = schedule.nextRunOn();
            if (!repository.hasRun(schedule.id(), runOn)) {
                for (SurveyRepository.SurveyRow open : repository.openRuns(schedule.id())) {
                    surveys.close(open.id(), open.version());
                }
                UUID survey = surveys.create(new NewSurvey(schedule.title() + " " + runOn, schedule.template(),
                        schedule.audience(), schedule.audienceId(), schedule.bankQuestions()));
                repository.markRun(survey, schedule.id(), runOn);
                surveys.open(survey, 0);
                opened++;
            }
            LocalDate next = runOn;
            while (!next.isAfter(today)) {
                next = next.plusMonths(schedule.everyMonths());
            }
            repository.advance(schedule.id(), next);
        }
        return opened;
    }

    /**
     * Reminds, in the bound tenant, the active people asked by open surveys who have not answered the current
     * questions, once the reminder delay has passed; once per person, survey and question version (the outbox
     * deduplicates). Returns how many reminders were queued.
     */
    @Transactional
    public int remindInBoundTenant() {
        List<SurveyScheduleRepository.Unanswered> waiting = repository.unanswered(clock.instant());
        Set<UUID> active = org.active(waiting.stream().map(SurveyScheduleRepository.Unanswered::personId).distinct().toList());
        int queued = 0;
        for (SurveyScheduleRepository.Unanswered person : waiting) {
            if (active.contains(person.personId()) && notifications.enqueue(NotificationKind.SURVEY_REMINDER,
                    person.personId(), "survey-reminder:" + person.surveyId() + ":" + person.revision() + ":" + person.personId(),
                    new NotificationFacts(null, person.surveyId(), null, null, person.title(), null, "surveys"))
                    .isPresent()) {
                queued++;
            }
        }
        return queued;
    }

    private void requireHrAdmin() {
        if (TenantScope.explicitTenant().isPresent() && currentUser.get().isEmpty()) {
            return; // system work: the scheduled task, demo seeding
        }
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins schedule surveys");
        }
    }
}
