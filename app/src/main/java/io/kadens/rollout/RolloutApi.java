package io.kadens.rollout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rollout over REST: the plan, phases, milestones and pilot groups for HR admins (others get 403);
 * one's own contacts and open features for everyone. Another tenant's ids answer 404.
 */
@RestController
@RequestMapping("/api/v1/rollout")
@Tag(name = "Rollout", description = "Rollout plan: phases, milestones, pilot groups with their features and "
        + "change champions, the tenant's contact person (issue 16, steps 6 and 7)")
class RolloutApi {

    private final RolloutPlanning planning;
    private final FeatureAccess access;
    private final io.kadens.security.CurrentUser currentUser;

    RolloutApi(RolloutPlanning planning, FeatureAccess access, io.kadens.security.CurrentUser currentUser) {
        this.planning = planning;
        this.access = access;
        this.currentUser = currentUser;
    }

    record Version(long version) {
    }

    record Created(UUID id) {
    }

    @GetMapping
    @Operation(summary = "The rollout plan with its groups, their sizes and the warnings on the pilot's design (HR admins)")
    RolloutPlan plan() {
        return planning.plan();
    }

    record ContactRequest(UUID personId, long version) {
    }

    @PutMapping("/contact")
    @Operation(summary = "Names the tenant's contact person for the rollout, or none (HR admins)")
    Version contact(@RequestBody ContactRequest request) {
        return new Version(planning.setContactPerson(request.personId(), request.version()));
    }

    record PhasesRequest(List<PhaseDates> phases, long version) {
    }

    @PutMapping("/phases")
    @Operation(summary = "Replaces the phase dates: planning, pilot, rollout, in that order (HR admins)")
    Version phases(@RequestBody PhasesRequest request) {
        return new Version(planning.setPhases(request.phases(), request.version()));
    }

    @PostMapping("/milestones")
    @Operation(summary = "Adds a milestone to a phase (HR admins)")
    ResponseEntity<Created> addMilestone(@RequestBody NewMilestone request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(planning.addMilestone(new MilestoneData(
                request.phase(), request.title(), request.dueOn(), Boolean.TRUE.equals(request.done())))));
    }

    /** A new milestone; {@code done} may be left out (not done). */
    record NewMilestone(RolloutPhase phase, String title, LocalDate dueOn, Boolean done) {
    }

    record MilestoneRequest(RolloutPhase phase, String title, LocalDate dueOn, boolean done, long version) {
    }

    @PutMapping("/milestones/{id}")
    @Operation(summary = "Changes a milestone, for example marks it done (HR admins; optimistic locking)")
    ResponseEntity<Void> updateMilestone(@PathVariable UUID id, @RequestBody MilestoneRequest request) {
        planning.updateMilestone(id, request.version(),
                new MilestoneData(request.phase(), request.title(), request.dueOn(), request.done()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/milestones/{id}")
    @Operation(summary = "Removes a milestone (HR admins)")
    ResponseEntity<Void> deleteMilestone(@PathVariable UUID id) {
        planning.deleteMilestone(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/groups")
    @Operation(summary = "Creates a pilot group of departments, teams or people, with the features it pilots (HR admins)")
    ResponseEntity<Created> createGroup(@RequestBody PilotGroupData data) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(planning.createGroup(data)));
    }

    record GroupRequest(String name, DepartmentKind departmentKind, Set<Feature> features, Set<UUID> departmentIds,
                        Set<UUID> teamIds, Set<UUID> personIds, Set<UUID> championIds, long version) {
    }

    @PutMapping("/groups/{id}")
    @Operation(summary = "Changes a pilot group (HR admins; optimistic locking)")
    ResponseEntity<Void> updateGroup(@PathVariable UUID id, @RequestBody GroupRequest request) {
        planning.updateGroup(id, request.version(), new PilotGroupData(request.name(), request.departmentKind(),
                request.features(), request.departmentIds(), request.teamIds(), request.personIds(),
                request.championIds()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/groups/{id}")
    @Operation(summary = "Removes a pilot group (HR admins)")
    ResponseEntity<Void> deleteGroup(@PathVariable UUID id) {
        planning.deleteGroup(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/contacts")
    @Operation(summary = "Whom the caller asks about the new process: the contact person and their groups' champions")
    RolloutContacts contacts() {
        return planning.myContacts();
    }

    record MyFeatures(boolean pilotRunning, Set<Feature> enabled) {
    }

    @GetMapping("/features/mine")
    @Operation(summary = "The features open to the caller today (while a pilot runs, piloted ones only to their groups)")
    MyFeatures myFeatures() {
        var user = currentUser.require();
        if (user.isOperator()) {
            throw new org.springframework.security.access.AccessDeniedException("the operator has no features");
        }
        return new MyFeatures(access.pilotRunsToday(), access.enabledFeatures(user.personId()));
    }
}
