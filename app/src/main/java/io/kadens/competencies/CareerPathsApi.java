package io.kadens.competencies;

import io.kadens.security.CurrentUser;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Career paths over REST: steps with competency deltas, HR's lateral moves, and target roles. */
@RestController
@RequestMapping("/api/v1/career-paths")
class CareerPathsApi {

    private final CareerPaths careers;
    private final CurrentUser currentUser;

    CareerPathsApi(CareerPaths careers, CurrentUser currentUser) {
        this.careers = careers;
        this.currentUser = currentUser;
    }

    /** The steps out of a job level (the caller's own without fromLevelId; none when they have no level). */
    @GetMapping
    List<CareerStep> steps(@RequestParam(required = false) UUID fromLevelId) {
        UUID from = fromLevelId != null ? fromLevelId : careers.myLevel().orElse(null);
        return from == null ? List.of() : careers.stepsFrom(from);
    }

    /** The competency deltas from one level (the caller's own by default) to any other. */
    @GetMapping("/deltas")
    CareerStep deltas(@RequestParam UUID toLevelId, @RequestParam(required = false) UUID fromLevelId) {
        return careers.deltas(fromLevelId != null ? fromLevelId : careers.myLevel().orElse(null), toLevelId);
    }

    @GetMapping("/moves")
    List<LateralMove> moves() {
        return careers.lateralMoves();
    }

    record MoveRequest(UUID fromLevelId, UUID toLevelId) {
    }

    record Created(UUID id) {
    }

    @PostMapping("/moves")
    ResponseEntity<Created> addMove(@RequestBody MoveRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(careers.addLateralMove(request.fromLevelId(), request.toLevelId())));
    }

    @DeleteMapping("/moves/{id}")
    ResponseEntity<Void> removeMove(@PathVariable UUID id) {
        careers.removeLateralMove(id);
        return ResponseEntity.noContent().build();
    }

    /** {@code target} is null when the person has marked none. */
    record Target(TargetRole target) {
    }

    /** A person's target role (the caller's own without personId). */
    @GetMapping("/target")
    Target target(@RequestParam(required = false) UUID personId) {
        return new Target(careers.target(personId != null ? personId : currentUser.require().personId()).orElse(null));
    }

    /** {@code version} is the current target's, or -1 when none is marked yet. */
    record TargetRequest(UUID jobLevelId, long version) {
    }

    @PutMapping("/target")
    ResponseEntity<Void> setTarget(@RequestBody TargetRequest request) {
        careers.setMyTarget(request.jobLevelId(), request.version());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/target")
    ResponseEntity<Void> clearTarget(@RequestParam long version) {
        careers.clearMyTarget(version);
        return ResponseEntity.noContent().build();
    }
}
