package io.kadens.knowledge;

import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SearchAccessRules;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Search over the signed-in person's tenant knowledge (company content, training, goals, ...). The
 * index binds every query to the transaction's tenant by row-level security; every hit then passes
 * the access rule of its source type ({@link SearchAccessRules}), so the search shows exactly what the
 * feature's own pages show the person. This service checks the input and that someone of a tenant is
 * signed in (the operator belongs to none and finds nothing).
 */
@Service
public class KnowledgeSearch {

    public static final int DEFAULT_K = 10;
    public static final int MAX_QUERY_LENGTH = 500;

    private final SearchAccessRules knowledge;
    private final CurrentUser currentUser;

    KnowledgeSearch(SearchAccessRules knowledge, CurrentUser currentUser) {
        this.knowledge = knowledge;
        this.currentUser = currentUser;
    }

    /**
     * @throws InvalidInputException for an empty or too long query, k outside 1..50, or a malformed source type
     */
    public List<KnowledgeHit> search(String query, Integer k, List<String> sourceTypes) {
        int count = k == null ? DEFAULT_K : k;
        Set<String> types = new HashSet<>(sourceTypes == null ? List.of() : sourceTypes);
        new InvalidInputException.Collector()
                .check(query != null && !query.isBlank(), "query", "ai.knowledge.error.query.required")
                .check(query == null || query.length() <= MAX_QUERY_LENGTH, "query", "ai.knowledge.error.query.long")
                .check(count >= 1 && count <= KnowledgeQuery.MAX_K, "k", "ai.knowledge.error.k.range")
                .check(types.stream().allMatch(t -> t != null && t.matches("[a-z][a-z0-9_]{0,39}")), "sourceTypes",
                        "ai.knowledge.error.sourceTypes.invalid")
                .throwIfAny();
        if (currentUser.require().tenantId() == null) {
            return List.of();
        }
        return knowledge.search(new KnowledgeQuery(query.strip(), count, types, null, null));
    }
}
