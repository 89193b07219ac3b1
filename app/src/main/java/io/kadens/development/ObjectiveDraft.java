package io.kadens.development;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An objective as entered. {@code id} is null for a new one and the objective's id to keep an existing one
 * (and its goal); likewise for milestones and actions.
 *
 * @param ownerId the accountable person; null means the plan's person
 */
public record ObjectiveDraft(UUID id, String title, String description, ObjectiveSource source, UUID competencyId,
                             UUID targetLevelId, String growthArea, UUID ownerId, LocalDate dueOn,
                             ObjectiveStatus status, List<MilestoneDraft> milestones, List<ActionDraft> actions) {

    public ObjectiveDraft {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
        growthArea = growthArea == null ? null : growthArea.strip();
        status = status == null ? ObjectiveStatus.NOT_STARTED : status;
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** The objective as it is, to be sent back with a change (its ids kept). */
    public static ObjectiveDraft of(Objective o) {
        return new ObjectiveDraft(o.id(), o.title(), o.description(), o.source(), o.competencyId(), o.targetLevelId(),
                o.growthArea(), o.ownerId(), o.dueOn(), o.status(),
                o.milestones().stream().map(m -> new MilestoneDraft(m.id(), m.title(), m.dueOn(), m.doneOn())).toList(),
                o.actions().stream().map(a -> new ActionDraft(a.id(), a.kind(), a.title(), a.mentorId(),
                        a.trainingItemId(), a.dueOn(), a.status())).toList());
    }

    public record MilestoneDraft(UUID id, String title, LocalDate dueOn, LocalDate doneOn) {
        public MilestoneDraft {
            title = title == null ? "" : title.strip();
        }
    }

    public record ActionDraft(UUID id, ActionKind kind, String title, UUID mentorId, UUID trainingItemId,
                              LocalDate dueOn, ActionStatus status) {
        public ActionDraft {
            title = title == null ? "" : title.strip();
            status = status == null ? ActionStatus.OPEN : status;
        }
    }
}
