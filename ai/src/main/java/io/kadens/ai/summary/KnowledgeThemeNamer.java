package io.kadens.ai.summary;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SourceTypes;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Names a theme after the nearest chunk of the bound tenant's company content or training library:
 * its competency identifier when the chunk belongs to a competency framework, else its heading or
 * title. A competency wins over plain content that is only slightly closer, since competencies are
 * what people talk about in reviews. Nothing closer than {@code minSimilarity}: no name.
 */
public final class KnowledgeThemeNamer implements ThemeNamer {

    private static final double COMPETENCY_PREFERENCE = 0.05;

    private final BiFunction<KnowledgeQuery, float[], List<KnowledgeHit>> search;
    private final double minSimilarity;

    /**
     * @param search the knowledge search with a precomputed query vector: in the application
     *               {@code SearchAccessRules::search}, so names come only from what the requester may see
     */
    public KnowledgeThemeNamer(BiFunction<KnowledgeQuery, float[], List<KnowledgeHit>> search, double minSimilarity) {
        this.search = search;
        this.minSimilarity = minSimilarity;
    }

    @Override
    public Optional<ThemeName> name(float[] centroid, List<String> typicalSentences) {
        String query = String.join(" ", typicalSentences);
        if (query.isBlank()) {
            return Optional.empty();
        }
        query = query.length() > 400 ? query.substring(0, 400) : query;
        List<KnowledgeHit> hits = search.apply(new KnowledgeQuery(query, 10, SourceTypes.COMPANY_KNOWLEDGE, null, null), centroid)
                .stream().filter(hit -> hit.similarity() >= minSimilarity)
                .sorted(Comparator.comparingDouble(KnowledgeHit::similarity).reversed()).toList();
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        KnowledgeHit best = hits.getFirst();
        KnowledgeHit chosen = hits.stream().filter(hit -> !hit.competencies().isEmpty())
                .filter(hit -> hit.similarity() >= best.similarity() - COMPETENCY_PREFERENCE)
                .findFirst().orElse(best);
        if (!chosen.competencies().isEmpty()) {
            String competency = chosen.competencies().getLast();
            return Optional.of(new ThemeName(label(competency), competency, ThemeName.Kind.COMPETENCY,
                    chosen.source(), chosen.link(), chosen.similarity()));
        }
        String heading = chosen.metadata().getOrDefault(ChunkDraft.HEADING, "");
        String[] path = heading.split("\\s*›\\s*");
        String label = path.length > 0 && !path[path.length - 1].isBlank() ? path[path.length - 1] : chosen.title();
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ThemeName(label.strip(), null, ThemeName.Kind.CONTENT, chosen.source(), chosen.link(),
                chosen.similarity()));
    }

    /** "giving feedback" becomes "Giving feedback". */
    static String label(String competency) {
        String text = competency.strip();
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
