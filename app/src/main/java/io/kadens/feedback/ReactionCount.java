package io.kadens.feedback;

/** How many people reacted so to a praise, and whether the caller is one of them. */
public record ReactionCount(Reaction reaction, int count, boolean mine) {
}
