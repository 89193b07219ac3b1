package io.kadens.ai;

import java.util.Objects;
import java.util.Set;

/**
 * A hybrid search over the signed-in tenant's knowledge.
 *
 * @param query       what the person asked, in any of the supported languages
 * @param k           how many hits at most (1..{@value #MAX_K})
 * @param sourceTypes only chunks of these source types; empty means all
 * @param competency  only chunks tagged with this competency identifier; null means any
 * @param language    only chunks in this language ({@code en}/{@code sv}); null means both
 */
public record KnowledgeQuery(String query, int k, Set<String> sourceTypes, String competency, String language) {

    public static final int MAX_K = 50;

    public KnowledgeQuery {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K);
        }
        sourceTypes = sourceTypes == null ? Set.of() : Set.copyOf(sourceTypes);
        sourceTypes.forEach(type -> new SourceRef(type, "-")); // the same rule for type names as everywhere
        competency = competency == null || competency.isBlank() ? null : competency.trim();
        language = language == null || language.isBlank() ? null : Languages.require(language);
    }

    public static KnowledgeQuery of(String query, int k) {
        return new KnowledgeQuery(query, k, Set.of(), null, null);
    }

    public KnowledgeQuery withSourceTypes(Set<String> types) {
        return new KnowledgeQuery(query, k, types, competency, language);
    }

    public KnowledgeQuery withCompetency(String value) {
        return new KnowledgeQuery(query, k, sourceTypes, value, language);
    }

    public KnowledgeQuery withLanguage(String value) {
        return new KnowledgeQuery(query, k, sourceTypes, competency, value);
    }
}
