package io.kadens.ai.summary;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.SearchAccessRules;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feedback summary capability, named after the tenant's own competencies and content. */
@Configuration(proxyBeanMethods = false)
class SummaryConfiguration {

    /** A theme closer than this (cosine) to a competency or content chunk is named after it. */
    static final double NAMING_SIMILARITY = 0.30;

    @Bean
    FeedbackSummaries feedbackSummaries(EmbeddingModel embeddings, SearchAccessRules knowledge, AiAnswers answers) {
        return new FeedbackSummaries(new FeedbackSummarizer(embeddings, new KnowledgeThemeNamer(knowledge::search, NAMING_SIMILARITY),
                FeedbackSummarizer.Options.defaults()), answers);
    }
}
