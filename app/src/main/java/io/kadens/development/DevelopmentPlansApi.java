package io.kadens.development;

import io.kadens.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Development plans over REST: create, edit, submit, approve, comment and record progress. A plan answers 404
 * to anyone but its person, the managers above them and HR admins, exactly like a plan that does not exist;
 * refused input is a problem detail naming each field.
 */
@RestController
@RequestMapping("/api/v1/development-plans")
class DevelopmentPlansApi {

    private final DevelopmentPlans plans;
    private final DevelopmentOverview overview;
    private final Mentoring mentoring;
    private final CurrentUser currentUser;

    DevelopmentPlansApi(DevelopmentPlans plans, DevelopmentOverview overview, Mentoring mentoring,
                        CurrentUser currentUser) {
        this.plans = plans;
        this.overview = overview;
        this.mentoring = mentoring;
        this.currentUser = currentUser;
    }

    record CreateRequest(UUID personId, LocalDate periodStart, LocalDate periodEnd, Integer reviewCadenceDays) {
    }

    record Created(UUID id) {
    }

    record EditRequest(long version, LocalDate periodStart, LocalDate periodEnd, Integer reviewCadenceDays,
                       List<ObjectiveDraft> objectives) {
    }

    record VersionRequest(long version, String comment) {
    }

    record CommentRequest(String body) {
    }

    record ProgressRequest(long version, UUID actionId, ActionStatus actionStatus, UUID milestoneId,
                           LocalDate milestoneDoneOn, Boolean milestoneReopened, UUID objectiveId,
                           ObjectiveStatus objectiveStatus, String note) {
    }

    record MentoringRequest(List<UUID> competencyIds) {
    }

    /** The plan of today (or the newest) of a person; the caller's own without personId. 404 when there is none. */
    @GetMapping
    ResponseEntity<DevelopmentPlan> current(@RequestParam(required = false) UUID personId) {
        return plans.current(personId == null ? me() : personId).map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    /** All plans of a person, newest period first. */
    @GetMapping("/history")
    List<DevelopmentPlan> history(@RequestParam(required = false) UUID personId) {
        return plans.plansOf(personId == null ? me() : personId);
    }

    @GetMapping("/{id}")
    DevelopmentPlan plan(@PathVariable UUID id) {
        return plans.plan(id);
    }

    /** Starts a plan for a period (the caller's own without personId; a manager may start one for a report). */
    @PostMapping
    ResponseEntity<Created> create(@RequestBody CreateRequest request) {
        UUID id = plans.create(request.personId() == null ? me() : request.personId(), request.periodStart(),
                request.periodEnd(), request.reviewCadenceDays());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
    }

    /** Replaces the plan's period, cadence and objectives, from the version the caller saw (409 when stale). */
    @PutMapping("/{id}")
    DevelopmentPlan edit(@PathVariable UUID id, @RequestBody EditRequest request) {
        return plans.edit(id, request.version(), new DevelopmentPlans.PlanEdit(request.periodStart(),
                request.periodEnd(), request.reviewCadenceDays(), request.objectives()));
    }

    @PostMapping("/{id}/submit")
    DevelopmentPlan submit(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return plans.submit(id, request.version());
    }

    /** A manager above the person approves a submitted plan (its objectives become development goals). */
    @PostMapping("/{id}/approve")
    DevelopmentPlan approve(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return plans.approve(id, request.version(), request.comment());
    }

    @PostMapping("/{id}/return")
    DevelopmentPlan returnForChanges(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return plans.returnForChanges(id, request.version(), request.comment());
    }

    @PostMapping("/{id}/comments")
    DevelopmentPlan comment(@PathVariable UUID id, @RequestBody CommentRequest request) {
        return plans.comment(id, request.body());
    }

    /** Marks an action done or open, a milestone reached or open, or checks in on an objective's status. */
    @PostMapping("/{id}/progress")
    DevelopmentPlan progress(@PathVariable UUID id, @RequestBody ProgressRequest request) {
        return plans.progress(id, request.version(), new DevelopmentPlans.ProgressUpdate(request.actionId(),
                request.actionStatus(), request.milestoneId(), request.milestoneDoneOn(),
                Boolean.TRUE.equals(request.milestoneReopened()), request.objectiveId(), request.objectiveStatus(),
                request.note()));
    }

    /** HR admins: people, plans, approvals, progress and stale plans per department, for today's period. */
    @GetMapping("/departments")
    List<DepartmentDevelopment> departments() {
        return overview.byDepartment();
    }

    /** Mentors who opted in for a competency (or any), among the people the caller may see. */
    @GetMapping("/mentors")
    List<MentorSuggestion> mentors(@RequestParam(required = false) UUID competencyId) {
        return mentoring.suggestions(competencyId);
    }

    /** The competencies the caller offers to mentor in. */
    @GetMapping("/mentoring")
    List<UUID> myMentoring() {
        return mentoring.myOffers();
    }

    @PutMapping("/mentoring")
    List<UUID> offerMentoring(@RequestBody MentoringRequest request) {
        return mentoring.offer(request.competencyIds() == null ? List.of() : request.competencyIds());
    }

    private UUID me() {
        return currentUser.require().personId();
    }
}
