package io.kadens.ai.plans;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.AiSettings;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plan drafting capability, on the answering service and the deployment's grounding threshold. */
@Configuration(proxyBeanMethods = false)
class PlanDraftConfiguration {

    @Bean
    PlanDrafts planDrafts(AiAnswers answers, EmbeddingModel embeddingModel, AiSettings settings) {
        return new PlanDrafts(answers, embeddingModel, settings.grounding().minSupport());
    }
}
