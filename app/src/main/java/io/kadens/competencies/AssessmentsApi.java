package io.kadens.competencies;

import io.kadens.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessments over REST. A person's assessments, skill profile and team matrix answer 404 to anyone but the
 * person, the managers above them and HR admins, exactly like a person who does not exist.
 */
@RestController
@RequestMapping("/api/v1/assessments")
class AssessmentsApi {

    private final Assessments assessments;
    private final CurrentUser currentUser;

    AssessmentsApi(Assessments assessments, CurrentUser currentUser) {
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    record RatingRequest(UUID competencyId, int level, String comment, List<UUID> goalIds, List<UUID> feedbackIds,
                         List<UUID> checkInIds) {
    }

    record AssessmentRequest(UUID personId, AssessmentKind kind, List<RatingRequest> ratings) {
    }

    record Created(UUID id) {
    }

    /** Records a self assessment (personId is the caller) or a manager's assessment of someone below them. */
    @PostMapping
    ResponseEntity<Created> record(@RequestBody AssessmentRequest request) {
        List<Rating> ratings = request.ratings() == null ? List.of() : request.ratings().stream()
                .map(r -> r == null ? new Rating(null, 0, "", Evidence.NONE) : new Rating(r.competencyId(), r.level(),
                        r.comment(), new Evidence(r.goalIds(), r.feedbackIds(), r.checkInIds())))
                .toList();
        UUID personId = request.personId() == null ? me() : request.personId();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(assessments.record(personId, request.kind(), ratings)));
    }

    /** A person's assessments, newest first (the caller's own without personId). */
    @GetMapping
    List<Assessment> list(@RequestParam(required = false) UUID personId) {
        return assessments.of(personId == null ? me() : personId);
    }

    @GetMapping("/{id}")
    ResponseEntity<Assessment> assessment(@PathVariable UUID id) {
        return assessments.assessment(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
    }

    /** Expected against current proficiency per competency (the caller's own without personId). */
    @GetMapping("/profile")
    SkillProfile profile(@RequestParam(required = false) UUID personId) {
        return assessments.profile(personId == null ? me() : personId);
    }

    /** Everyone below a manager × competencies (the caller's own organisation without managerId). */
    @GetMapping("/team-matrix")
    TeamMatrix teamMatrix(@RequestParam(required = false) UUID managerId) {
        return assessments.teamMatrix(managerId);
    }

    private UUID me() {
        return currentUser.require().personId();
    }
}
