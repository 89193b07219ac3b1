package io.kadens.ai;

import java.util.List;

/**
 * A statement that passed verification: every citation resolves to evidence the requester may see,
 * and the statement is close enough in meaning to what it cites.
 *
 * @param support cosine similarity with the best-matching cited source
 */
public record Statement(String text, List<SourceRef> citations, double support) {

    public Statement {
        citations = List.copyOf(citations);
    }
}
