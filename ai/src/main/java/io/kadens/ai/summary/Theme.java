package io.kadens.ai.summary;

import io.kadens.ai.Statement;
import java.util.List;

/**
 * One theme: what several feedback sentences have in common.
 *
 * @param name          what it is called and after what
 * @param polarity      strength or growth area
 * @param polarityScore mean lexicon score of its sentences (positive = praise, negative = growth)
 * @param quotes        1–3 representative sentences of the theme's own polarity, most central first, from distinct
 *                      items (a group with none is not shown as a theme)
 * @param itemIds       every item with a sentence in the theme
 * @param sentenceCount how many sentences the theme holds
 * @param sentences     every sentence of the theme with its item, most central first (what LLM prose may rest on)
 * @param prose         in LLM mode, the model's verified sentences about this theme; empty offline
 */
public record Theme(ThemeName name, Polarity polarity, double polarityScore, List<Quote> quotes,
                    List<String> itemIds, int sentenceCount, List<Quote> sentences, List<Statement> prose) {

    public Theme {
        quotes = List.copyOf(quotes);
        itemIds = List.copyOf(itemIds);
        sentences = sentences == null ? List.of() : List.copyOf(sentences);
        prose = prose == null ? List.of() : List.copyOf(prose);
    }

    public Theme withProse(List<Statement> statements) {
        return new Theme(name, polarity, polarityScore, quotes, itemIds, sentenceCount, sentences, statements);
    }
}
