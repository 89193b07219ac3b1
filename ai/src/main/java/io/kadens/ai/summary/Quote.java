package io.kadens.ai.summary;

/**
 * A representative sentence of a theme, linked to the item it comes from.
 *
 * @param itemId     the feedback item quoted
 * @param text       the sentence as written
 * @param centrality mean cosine similarity with the theme's other sentences (higher = more typical)
 * @param anonymous  whether the item is anonymous (shown without author or date)
 */
public record Quote(String itemId, String text, double centrality, boolean anonymous) {
}
