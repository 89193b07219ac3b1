package io.kadens.ai;

import java.util.List;

/** What a model returns: statements, each citing the evidence it rests on. */
public record Draft(List<DraftStatement> statements) {

    public Draft {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }
}
