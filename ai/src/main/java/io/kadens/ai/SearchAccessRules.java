package io.kadens.ai;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.ai.embedding.EmbeddingModel;

/**
 * The registry of {@link SearchAccessRule}s and the only way application code reads knowledge hits:
 * every hit of a search and every citation of an AI statement is checked against the rule of its
 * source type, a page at a time (one call per source type, whatever the number of hits). A source type
 * without a rule is shown to nobody; {@link #requireRulesFor} lets start-up refuse an index whose
 * source types lack rules.
 *
 * <p>Searches over-fetch: they ask the raw index for several times the hits they return and ask again
 * for more when filtering left the page short, so a page is full whenever enough visible hits exist.
 */
public final class SearchAccessRules {

    /** How many raw hits a search asks for per hit it returns, before it knows how many are visible. */
    static final int OVER_FETCH = 3;

    private final KnowledgeIndex index;
    private final EmbeddingModel embeddings;
    private final Supplier<List<SearchAccessRule>> rules;
    private final CompetencyFrameworkTerms framework;
    private volatile Map<String, SearchAccessRule> byType;

    public SearchAccessRules(KnowledgeIndex index, EmbeddingModel embeddings, List<SearchAccessRule> rules) {
        this(index, embeddings, () -> rules);
        byType();
    }

    /**
     * With the rules looked up at first use: features' rules may depend on services that search through
     * this registry themselves (the training library), which a constructor argument would make a cycle.
     */
    public SearchAccessRules(KnowledgeIndex index, EmbeddingModel embeddings, Supplier<List<SearchAccessRule>> rules) {
        this(index, embeddings, rules, CompetencyFrameworkTerms.NONE);
    }

    /**
     * With the bound tenant's competency framework read once per search for query expansion (a question naming a
     * competency also finds content written with its other words).
     */
    public SearchAccessRules(KnowledgeIndex index, EmbeddingModel embeddings, Supplier<List<SearchAccessRule>> rules,
                             CompetencyFrameworkTerms framework) {
        this.index = index;
        this.embeddings = embeddings;
        this.rules = rules;
        this.framework = framework;
    }

    private Map<String, SearchAccessRule> byType() {
        Map<String, SearchAccessRule> known = byType;
        if (known == null) {
            known = index(rules.get());
            byType = known;
        }
        return known;
    }

    private static Map<String, SearchAccessRule> index(List<SearchAccessRule> rules) {
        Map<String, SearchAccessRule> types = new HashMap<>();
        for (SearchAccessRule rule : rules) {
            for (String type : rule.sourceTypes()) {
                SearchAccessRule previous = types.put(type, rule);
                if (previous != null && previous != rule) {
                    throw new IllegalStateException("two search access rules for source type " + type + ": "
                            + previous.getClass().getName() + " and " + rule.getClass().getName());
                }
            }
        }
        return Map.copyOf(types);
    }

    /** The source types that have a rule. */
    public Set<String> sourceTypes() {
        return byType().keySet();
    }

    /**
     * Refuses (with every missing type named) when one of the given source types has no rule: at start-up
     * with the types features index, so that no feature's chunks sit in the index with nobody deciding
     * who sees them.
     *
     * @throws IllegalStateException naming the types without a rule
     */
    public void requireRulesFor(Collection<String> sourceTypes) {
        Set<String> missing = new TreeSet<>(sourceTypes);
        missing.removeAll(byType().keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no search access rule for the indexed source types " + missing
                    + ": every source type in knowledge_chunk needs a SearchAccessRule bean that decides who sees it");
        }
    }

    /** Of the given sources, those the signed-in requester may see now: one rule call per source type. */
    public Set<SourceRef> visible(Collection<SourceRef> sources) {
        Map<String, List<SourceRef>> byTypeRequested = new LinkedHashMap<>();
        for (SourceRef source : sources) {
            byTypeRequested.computeIfAbsent(source.type(), type -> new ArrayList<>()).add(source);
        }
        Set<SourceRef> visible = new HashSet<>();
        byTypeRequested.forEach((type, requested) -> {
            SearchAccessRule rule = byType().get(type);
            if (rule != null) {
                Set<SourceRef> allowed = rule.visibleToRequester(List.copyOf(new java.util.LinkedHashSet<>(requested)));
                // A rule answers for what it was asked about, nothing more.
                requested.stream().filter(allowed::contains).forEach(visible::add);
            }
        });
        return Set.copyOf(visible);
    }

    /** Hybrid search of the bound tenant's knowledge, limited to what the signed-in requester may see. */
    public List<KnowledgeHit> search(KnowledgeQuery query) {
        return search(query, embeddings.embed(query.query()));
    }

    /** The same search with the query's embedding already computed. */
    public List<KnowledgeHit> search(KnowledgeQuery query, float[] queryVector) {
        int limit = Math.min(KnowledgeIndex.MAX_CANDIDATES, query.k() * OVER_FETCH);
        List<CompetencyTerms> terms = framework.ofBoundTenant();
        while (true) {
            List<KnowledgeHit> raw = index.search(query, queryVector, limit, terms);
            Set<SourceRef> visible = visible(raw.stream().map(KnowledgeHit::source).toList());
            List<KnowledgeHit> shown = raw.stream().filter(hit -> visible.contains(hit.source()))
                    .limit(query.k()).toList();
            boolean indexExhausted = raw.size() < limit;
            if (shown.size() == query.k() || indexExhausted || limit == KnowledgeIndex.MAX_CANDIDATES) {
                return shown;
            }
            limit = Math.min(KnowledgeIndex.MAX_CANDIDATES, limit * OVER_FETCH);
        }
    }
}
