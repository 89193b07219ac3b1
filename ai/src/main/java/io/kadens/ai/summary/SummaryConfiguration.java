package io.kadens.ai.summary;

import io.kadens.ai.AiAnswers;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feedback summary capability, named after the tenant's competencies or the items' own words. */
@Configuration(proxyBeanMethods = false)
class SummaryConfiguration {

    @Bean
    FeedbackSummaries feedbackSummaries(EmbeddingModel embeddings, AiAnswers answers) {
        return new FeedbackSummaries(new FeedbackSummarizer(embeddings, FeedbackSummarizer.Options.defaults()), answers);
    }
}
