package io.kadens.goals;

import java.util.List;

/**
 * A node of the alignment tree. {@code matched} is false for an ancestor shown only to keep the shape
 * of the tree around goals that match the filter.
 */
public record GoalTreeNode(GoalSummary goal, boolean matched, List<GoalTreeNode> children) {

    public GoalTreeNode {
        children = children == null ? List.of() : List.copyOf(children);
    }
}
