package io.kadens.ai.smart;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.SearchAccessRules;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMART coach bean, built on the access-checked knowledge search, embeddings and answering service. */
@Configuration(proxyBeanMethods = false)
class SmartCoachConfiguration {

    @Bean
    SmartCoach smartCoach(SearchAccessRules knowledge, EmbeddingModel embeddingModel, AiAnswers answers) {
        return new SmartCoach(knowledge, embeddingModel, answers);
    }
}
