package io.kadens.ai.grounding;

import io.kadens.ai.Draft;
import io.kadens.ai.DraftStatement;
import io.kadens.ai.Evidence;
import io.kadens.ai.SourceRef;
import io.kadens.ai.Statement;
import io.kadens.ai.VerifiedDraft;
import io.kadens.ai.VerifiedDraft.DropReason;
import io.kadens.ai.VerifiedDraft.Dropped;
import io.kadens.ai.embedding.MiniLmEmbeddingModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * Drops every statement that is not grounded: no citation, a citation that does not resolve to the
 * prompt's evidence, a cited source the requester may not see now, text too far in meaning from
 * all it cites (cosine similarity of the embeddings below the threshold), or text whose facts (numbers,
 * dates, named people, negation, absolutes) disagree with what it cites ({@link FactCheck}).
 */
public final class StatementVerifier {

    private final EmbeddingModel embeddings;
    private final Function<Collection<SourceRef>, Set<SourceRef>> visible;
    private final double minSupport;

    /**
     * @param visible of the sources it is given, those the requester may see now: the application passes
     *                {@code SearchAccessRules::visible}, asked once per draft with every cited source
     */
    public StatementVerifier(EmbeddingModel embeddings, Function<Collection<SourceRef>, Set<SourceRef>> visible,
                             double minSupport) {
        this.embeddings = embeddings;
        this.visible = visible;
        this.minSupport = minSupport;
    }

    public VerifiedDraft verify(Draft draft, List<Evidence> evidence) {
        Map<String, Evidence> byLabel = new HashMap<>();
        evidence.forEach(item -> byLabel.put(item.label(), item));
        List<Statement> kept = new ArrayList<>();
        List<Dropped> dropped = new ArrayList<>();
        Set<SourceRef> cited = new LinkedHashSet<>();
        for (DraftStatement statement : draft.statements()) {
            for (String label : statement.sources()) {
                Evidence item = byLabel.get(label == null ? "" : label.strip());
                if (item != null) {
                    cited.add(item.source());
                }
            }
        }
        // One visibility check for the whole draft, not one per citation.
        Set<SourceRef> visibility = cited.isEmpty() ? Set.of() : visible.apply(List.copyOf(cited));
        List<DraftStatement> toMeasure = new ArrayList<>();
        List<List<Evidence>> citedPerStatement = new ArrayList<>();
        for (DraftStatement statement : draft.statements()) {
            if (statement.text().isBlank()) {
                dropped.add(new Dropped(statement, DropReason.EMPTY));
                continue;
            }
            if (statement.sources().isEmpty()) {
                dropped.add(new Dropped(statement, DropReason.NO_CITATION));
                continue;
            }
            Set<Evidence> sources = new LinkedHashSet<>();
            DropReason reason = null;
            for (String label : statement.sources()) {
                Evidence item = byLabel.get(label == null ? "" : label.strip());
                if (item == null) {
                    reason = DropReason.UNRESOLVED_CITATION;
                    break;
                }
                if (!visibility.contains(item.source())) {
                    reason = DropReason.NOT_VISIBLE;
                    break;
                }
                sources.add(item);
            }
            if (reason != null) {
                dropped.add(new Dropped(statement, reason));
                continue;
            }
            toMeasure.add(statement);
            citedPerStatement.add(List.copyOf(sources));
        }
        if (!toMeasure.isEmpty()) {
            List<String> evidenceTexts = evidence.stream().map(Evidence::text).toList();
            List<float[]> evidenceVectors = embeddings.embed(evidenceTexts);
            Map<String, float[]> vectorByLabel = new HashMap<>();
            for (int i = 0; i < evidence.size(); i++) {
                vectorByLabel.put(evidence.get(i).label(), evidenceVectors.get(i));
            }
            List<float[]> statementVectors = embeddings.embed(toMeasure.stream().map(DraftStatement::text).toList());
            for (int i = 0; i < toMeasure.size(); i++) {
                double support = -1;
                for (Evidence source : citedPerStatement.get(i)) {
                    support = Math.max(support,
                            MiniLmEmbeddingModel.cosine(statementVectors.get(i), vectorByLabel.get(source.label())));
                }
                if (support < minSupport) {
                    dropped.add(new Dropped(toMeasure.get(i), DropReason.UNSUPPORTED));
                } else if (FactCheck.disagreement(toMeasure.get(i).text(),
                        citedPerStatement.get(i).stream().map(Evidence::text).toList()).isPresent()) {
                    // Similar in meaning is not the same in fact: "92 %" is close to "82 %" as a vector.
                    dropped.add(new Dropped(toMeasure.get(i), DropReason.CONTRADICTS_SOURCE));
                } else {
                    kept.add(new Statement(toMeasure.get(i).text(),
                            citedPerStatement.get(i).stream().map(Evidence::source).distinct().toList(), support));
                }
            }
        }
        return new VerifiedDraft(kept, dropped);
    }
}
