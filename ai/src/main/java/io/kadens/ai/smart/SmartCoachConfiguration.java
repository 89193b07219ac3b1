package io.kadens.ai.smart;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.CitationAccess;
import io.kadens.ai.KnowledgeIndex;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMART coach bean, built on the ai module's index, embeddings and answering service. */
@Configuration(proxyBeanMethods = false)
class SmartCoachConfiguration {

    @Bean
    SmartCoach smartCoach(KnowledgeIndex index, EmbeddingModel embeddingModel,
                          ObjectProvider<CitationAccess> accesses, AiAnswers answers) {
        return new SmartCoach(index, embeddingModel, accesses.orderedStream().toList(), answers);
    }
}
