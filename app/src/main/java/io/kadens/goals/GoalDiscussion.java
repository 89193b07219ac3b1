package io.kadens.goals;

import io.kadens.goals.GoalAccess.Viewer;
import io.kadens.goals.GoalRepository.GoalRow;
import io.kadens.platform.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** A goal's discussion: whoever may edit the goal comments on it, also in a closed cycle; viewers read it. */
@Service
public class GoalDiscussion {

    private final GoalRepository repository;
    private final GoalGuard guard;
    private final GoalAccess access;

    GoalDiscussion(GoalRepository repository, GoalGuard guard, GoalAccess access) {
        this.repository = repository;
        this.guard = guard;
        this.access = access;
    }

    /** Adds to the goal's discussion; returns the comment's id. */
    public UUID comment(UUID goalId, String body) {
        return guard.write(viewer -> commentAs(viewer, goalId, body, guard.now()));
    }

    UUID commentAs(Viewer viewer, UUID goalId, String body, Instant now) {
        new InvalidInputException.Collector()
                .check(body != null && !body.isBlank(), "body", "goals.comment.required")
                .check(body == null || body.strip().length() <= GoalComment.MAX_BODY, "body", "goals.comment.too-long")
                .throwIfAny();
        GoalRow goal = guard.visible(viewer, goalId);
        if (!access.mayEdit(viewer, goal, guard.contributorsOf(goalId))) {
            throw new AccessDeniedException("only the owner, contributors, managers and HR discuss a goal");
        }
        UUID id = UUID.randomUUID();
        repository.insertComment(id, goalId, viewer.personId(), body.strip(), now);
        return id;
    }

    /** The goal's discussion, oldest first. */
    public List<GoalComment> comments(UUID goalId) {
        return guard.read(viewer -> {
            guard.visible(viewer, goalId);
            return repository.comments(goalId);
        });
    }
}
