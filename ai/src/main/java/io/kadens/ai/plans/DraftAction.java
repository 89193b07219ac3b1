package io.kadens.ai.plans;

import io.kadens.ai.SourceRef;
import java.util.List;

/**
 * One action of a drafted objective.
 *
 * @param referenceId the training item's id (FORMAL_LEARNING) or the mentor's person id
 *                    (LEARN_FROM_OTHERS); null for STRETCH
 * @param title       the training item's title or the mentor's name; for STRETCH the competency's name
 * @param citations   what it rests on; the first is the item or person it names
 */
public record DraftAction(ActionKind kind, String text, String referenceId, String title, List<SourceRef> citations) {

    public DraftAction {
        citations = List.copyOf(citations);
    }
}
