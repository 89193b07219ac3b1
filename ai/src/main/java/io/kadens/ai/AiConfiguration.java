package io.kadens.ai;

import io.kadens.ai.embedding.MiniLmEmbeddingModel;
import io.kadens.ai.knowledge.JdbcKnowledgeIndex;
import java.nio.file.Path;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The ai module's beans: the in-process embedding model (loaded once) and the knowledge index. */
@Configuration(proxyBeanMethods = false)
class AiConfiguration {

    @Bean(destroyMethod = "close")
    MiniLmEmbeddingModel embeddingModel(@Value("${kadens.data-dir:./data}") String dataDir) {
        return new MiniLmEmbeddingModel(Path.of(dataDir, "models"));
    }

    @Bean
    KnowledgeIndex knowledgeIndex(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                  EmbeddingModel embeddingModel) {
        return new JdbcKnowledgeIndex(jdbc, transactions, embeddingModel);
    }
}
