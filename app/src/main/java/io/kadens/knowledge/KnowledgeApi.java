package io.kadens.knowledge;

import io.kadens.ai.KnowledgeHit;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/knowledge/search}: ranked chunks of the signed-in tenant's knowledge with scores and links. */
@RestController
@RequestMapping("/api/v1/knowledge")
class KnowledgeApi {

    private final KnowledgeSearch search;

    KnowledgeApi(KnowledgeSearch search) {
        this.search = search;
    }

    record SearchRequest(String query, Integer k, List<String> sourceTypes) {
    }

    record Hit(UUID chunkId, String sourceType, String sourceId, String title, String text, String language,
               double score, double similarity, Integer vectorRank, Integer textRank, String link) {

        static Hit of(KnowledgeHit hit) {
            return new Hit(hit.chunkId(), hit.source().type(), hit.source().id(), hit.title(), hit.text(),
                    hit.language(), hit.score(), hit.similarity(), hit.vectorRank(), hit.textRank(), hit.link());
        }
    }

    /** The hits only: the query is not echoed back. */
    record SearchResponse(List<Hit> hits) {
    }

    @PostMapping("/search")
    SearchResponse search(@RequestBody SearchRequest request) {
        return new SearchResponse(search.search(request.query(), request.k(), request.sourceTypes()).stream().map(Hit::of).toList());
    }
}
