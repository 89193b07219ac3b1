package io.kadens.goals;

import io.kadens.platform.KadensTranslations;
import io.kadens.platform.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goals over REST: the same service, rules and messages as the screens. Writes name the version they
 * started from (409 when someone saved since); refused input is 400 with one entry per field; goals,
 * key results, milestones and cycles that do not exist, belong to another tenant or are not visible
 * to the caller all answer 404 alike.
 */
@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "Goals", description = "Goals and OKRs: goals, key results, milestones, check-ins, discussion, "
        + "the alignment tree, approvals, goal cycles and settings")
class GoalsApi {

    private final Goals goals;
    private final GoalQueries goalQueries;
    private final GoalTracking goalTracking;
    private final GoalDiscussion goalDiscussion;
    private final GoalCopying goalCopying;
    private final StaleGoals staleGoals;
    private final GoalAdministration administration;
    private final KadensTranslations translations;

    GoalsApi(Goals goals, GoalQueries goalQueries, GoalTracking goalTracking, GoalDiscussion goalDiscussion,
             GoalCopying goalCopying, StaleGoals staleGoals, GoalAdministration administration,
             KadensTranslations translations) {
        this.goals = goals;
        this.goalQueries = goalQueries;
        this.goalTracking = goalTracking;
        this.goalDiscussion = goalDiscussion;
        this.goalCopying = goalCopying;
        this.staleGoals = staleGoals;
        this.administration = administration;
        this.translations = translations;
    }

    /**
     * The goals service reports "not found or not yours" as a field error (views show it at the field);
     * over REST it is the platform's 404, with the same body as {@link ResourceNotFoundException} gets.
     */
    @ExceptionHandler(GoalNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(GoalNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                translations.getTranslation("api.error.not-found", LocaleContextHolder.getLocale()));
        problem.setProperty("subjectType", e.subjectType());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    record Created(UUID id) {
    }

    record Version(long version) {
    }

    // ------------------------------------------------------------------ lists and the tree

    @GetMapping("/mine")
    @Operation(summary = "Goals the caller owns or contributes to")
    List<GoalSummary> mine(@RequestParam(required = false) UUID cycleId) {
        return goalQueries.myGoals(cycleId);
    }

    @GetMapping("/team")
    @Operation(summary = "Goals of everyone below the caller in the reporting line and of the teams they lead")
    List<GoalSummary> team(@RequestParam(required = false) UUID cycleId) {
        return goalQueries.teamGoals(cycleId);
    }

    @GetMapping("/tree")
    @Operation(summary = "The alignment tree of the goals the caller may see",
            description = "Filtered goals with their visible ancestors (matched=false) to keep the tree's shape.")
    List<GoalTreeNode> tree(@RequestParam(required = false) UUID departmentId,
                            @RequestParam(required = false) UUID cycleId,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(required = false) Health health,
                            @RequestParam(name = "q", required = false) String text) {
        return goalQueries.tree(new GoalTreeQuery(departmentId, cycleId, from, to, health, text));
    }

    @GetMapping("/tree/level")
    @Operation(summary = "One level of the alignment tree (roots without parentId), for loading big trees lazily")
    List<GoalSummary> treeLevel(@RequestParam(required = false) UUID parentId,
                                @RequestParam(required = false) UUID departmentId,
                                @RequestParam(required = false) UUID cycleId,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) Health health,
                                @RequestParam(name = "q", required = false) String text) {
        return goalQueries.treeLevel(parentId, new GoalTreeQuery(departmentId, cycleId, from, to, health, text));
    }

    @GetMapping("/pending-approvals")
    @Operation(summary = "Individual goals waiting for the caller's approval")
    List<GoalSummary> pendingApprovals() {
        return goalQueries.pendingApprovals();
    }

    @GetMapping("/creatable-levels")
    @Operation(summary = "The levels at which the caller may create goals, by the tenant's policy")
    Set<GoalLevel> creatableLevels() {
        return goals.levelsICanCreate();
    }

    @GetMapping("/stale")
    @Operation(summary = "A person's active goals nobody updated for the tenant's number of days",
            description = "The person themself, their managers and HR admins may ask.")
    List<StaleGoal> stale(@RequestParam UUID personId) {
        return staleGoals.of(personId);
    }

    // ------------------------------------------------------------------ goals

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a goal (as a draft)", responses = {
            @ApiResponse(responseCode = "201", description = "Created"),
            @ApiResponse(responseCode = "400", description = "Invalid input or not allowed by the tenant's policy")})
    Created create(@RequestBody GoalData data) {
        return new Created(goals.create(data));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A goal with key results, contributors, parent and children")
    ResponseEntity<GoalDetail> detail(@PathVariable UUID id) {
        return goalQueries.detail(id).map(ResponseEntity::ok).orElseThrow(GoalNotFoundException::goal);
    }

    record UpdateGoal(long version, GoalData goal) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a goal from the version the caller read", responses = {
            @ApiResponse(responseCode = "409", description = "Someone saved since that version")})
    void update(@PathVariable UUID id, @RequestBody UpdateGoal request) {
        goals.update(id, request.version(), request.goal());
    }

    record StatusChange(long version, GoalStatus status) {
    }

    @PutMapping("/{id}/status")
    @Operation(summary = "Move a goal to another status")
    void status(@PathVariable UUID id, @RequestBody StatusChange request) {
        goals.changeStatus(id, request.version(), request.status());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a draft goal")
    void delete(@PathVariable UUID id, @RequestParam long version) {
        goals.deleteDraft(id, version);
    }

    record HealthChange(long version, @Parameter(description = "null removes the override") Health health,
                        String reason) {
    }

    @PutMapping("/{id}/health")
    @Operation(summary = "Override the computed health with a reason, or remove the override")
    void health(@PathVariable UUID id, @RequestBody HealthChange request) {
        goals.overrideHealth(id, request.version(), request.health(), request.reason());
    }

    record Decision(long version, String comment) {
    }

    @PostMapping("/{id}/approval/submit")
    @Operation(summary = "Ask the owner's manager to approve an individual goal")
    void submit(@PathVariable UUID id, @RequestBody Version request) {
        goals.submitForApproval(id, request.version());
    }

    @PostMapping("/{id}/approval/approve")
    @Operation(summary = "Approve a pending goal (it becomes active)")
    void approve(@PathVariable UUID id, @RequestBody Decision request) {
        goals.approve(id, request.version(), request.comment());
    }

    @PostMapping("/{id}/approval/return")
    @Operation(summary = "Return a pending goal to its owner with a comment")
    void returnForChanges(@PathVariable UUID id, @RequestBody Decision request) {
        goals.returnForChanges(id, request.version(), request.comment());
    }

    record CopyRequest(List<UUID> goalIds, UUID cycleId) {
    }

    @PostMapping("/copy")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Copy goals into another cycle as drafts, key results reset to their start")
    List<UUID> copy(@RequestBody CopyRequest request) {
        return goalCopying.copyToCycle(request.goalIds(), request.cycleId());
    }

    // ------------------------------------------------------------------ key results and milestones

    @PostMapping("/{id}/key-results")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a key result")
    Created addKeyResult(@PathVariable UUID id, @RequestBody KeyResultData data) {
        return new Created(goalTracking.addKeyResult(id, data));
    }

    record UpdateKeyResult(long version, KeyResultData keyResult) {
    }

    @PutMapping("/key-results/{keyResultId}")
    @Operation(summary = "Edit a key result")
    void updateKeyResult(@PathVariable UUID keyResultId, @RequestBody UpdateKeyResult request) {
        goalTracking.updateKeyResult(keyResultId, request.version(), request.keyResult());
    }

    @DeleteMapping("/key-results/{keyResultId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a key result with its milestones and check-ins")
    void deleteKeyResult(@PathVariable UUID keyResultId, @RequestParam long version) {
        goalTracking.deleteKeyResult(keyResultId, version);
    }

    record NewMilestone(String title) {
    }

    @PostMapping("/key-results/{keyResultId}/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a milestone to a milestone key result")
    Created addMilestone(@PathVariable UUID keyResultId, @RequestBody NewMilestone request) {
        return new Created(goalTracking.addMilestone(keyResultId, request.title()));
    }

    record MilestoneChange(long version, String title, Boolean done) {
    }

    @PutMapping("/milestones/{milestoneId}")
    @Operation(summary = "Rename a milestone or mark it done / not done")
    void updateMilestone(@PathVariable UUID milestoneId, @RequestBody MilestoneChange request) {
        long version = request.version();
        if (request.title() != null) {
            goalTracking.renameMilestone(milestoneId, version, request.title());
            version++;
        }
        if (request.done() != null) {
            goalTracking.setMilestoneDone(milestoneId, version, request.done());
        }
    }

    @DeleteMapping("/milestones/{milestoneId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a milestone")
    void deleteMilestone(@PathVariable UUID milestoneId, @RequestParam long version) {
        goalTracking.deleteMilestone(milestoneId, version);
    }

    // ------------------------------------------------------------------ check-ins and discussion

    @PostMapping("/{id}/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Check in: a key result's new value (or the goal's progress in percent), confidence 1-10, comment")
    Created checkIn(@PathVariable UUID id, @RequestBody NewCheckIn checkIn) {
        return new Created(goalTracking.checkIn(id, checkIn));
    }

    record CreatedAll(List<UUID> ids) {
    }

    @PostMapping("/{id}/check-ins/all")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Check in on several key results at once, all or nothing: each value with the key result's "
            + "version (409 when one changed meanwhile, 400 naming values[i].value when one is refused; nothing is "
            + "saved in either case)")
    CreatedAll checkInAll(@PathVariable UUID id, @RequestBody NewGoalCheckIn checkIn) {
        return new CreatedAll(goalTracking.checkInAll(id, checkIn));
    }

    @GetMapping("/{id}/check-ins")
    @Operation(summary = "The goal's check-ins, oldest first (progress and confidence over time)")
    List<CheckIn> checkIns(@PathVariable UUID id) {
        return goalTracking.checkIns(id);
    }

    record NewComment(String body) {
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add to the goal's discussion")
    Created comment(@PathVariable UUID id, @RequestBody NewComment request) {
        return new Created(goalDiscussion.comment(id, request.body()));
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "The goal's discussion, oldest first")
    List<GoalComment> comments(@PathVariable UUID id) {
        return goalDiscussion.comments(id);
    }

    // ------------------------------------------------------------------ cycles and settings (HR admins change them)

    @GetMapping("/cycles")
    @Operation(summary = "The tenant's goal cycles, latest first")
    List<GoalCycle> cycles() {
        return administration.cycles();
    }

    @PostMapping("/cycles")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a goal cycle (HR admins)")
    Created createCycle(@RequestBody GoalCycleData data) {
        return new Created(administration.createCycle(data));
    }

    record UpdateCycle(long version, GoalCycleData cycle) {
    }

    @PutMapping("/cycles/{cycleId}")
    @Operation(summary = "Edit, close or reopen a goal cycle (HR admins)")
    void updateCycle(@PathVariable UUID cycleId, @RequestBody UpdateCycle request) {
        administration.updateCycle(cycleId, request.version(), request.cycle());
    }

    @DeleteMapping("/cycles/{cycleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a goal cycle without goals (HR admins)")
    void deleteCycle(@PathVariable UUID cycleId, @RequestParam long version) {
        administration.deleteCycle(cycleId, version);
    }

    @GetMapping("/settings")
    @Operation(summary = "The tenant's goal settings")
    GoalSettings settings() {
        return administration.settings();
    }

    @PutMapping("/settings")
    @Operation(summary = "Change the goal settings (HR admins)")
    GoalSettings updateSettings(@RequestBody GoalSettings settings) {
        return administration.updateSettings(settings);
    }

}
