package io.kadens.ai;

import io.kadens.ai.embedding.MiniLmEmbeddingModel;
import io.kadens.ai.grounding.StatementVerifier;
import io.kadens.ai.knowledge.JdbcKnowledgeIndex;
import io.kadens.ai.llm.ChatModels;
import io.kadens.ai.llm.ResilientChat;
import io.kadens.tenants.CurrentTenantResolver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ai module's beans: the in-process embedding model (loaded once), the knowledge index, and
 * the answering service with its language model (only when the deployment configured one).
 */
@Configuration(proxyBeanMethods = false)
class AiConfiguration {

    @Bean(destroyMethod = "close")
    MiniLmEmbeddingModel embeddingModel(@Value("${kadens.data-dir:./data}") String dataDir) {
        // The global registry: Boot adds its registries (Prometheus) to it, also those made after this bean.
        return new MiniLmEmbeddingModel(Path.of(dataDir, "models"), io.micrometer.core.instrument.Metrics.globalRegistry);
    }

    @Bean
    KnowledgeIndex knowledgeIndex(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                  EmbeddingModel embeddingModel) {
        return new JdbcKnowledgeIndex(jdbc, transactions, embeddingModel);
    }

    /** Logs at start-up whether Swedish full-text search has its hunspell dictionary (V143 falls back without). */
    @Bean
    io.kadens.ai.knowledge.SwedishDictionaryCheck swedishDictionaryCheck(JdbcTemplate jdbc) {
        return new io.kadens.ai.knowledge.SwedishDictionaryCheck(jdbc);
    }

    /**
     * The access rules of all features, checked at start-up: a source type that features index without a
     * rule stops the application here.
     */
    @Bean
    SearchAccessRules searchAccessRules(KnowledgeIndex index, EmbeddingModel embeddingModel,
                                        ObjectProvider<SearchAccessRule> rules,
                                        ObjectProvider<CompetencyFrameworkTerms> framework) {
        // Looked up at each search: the feature owning the framework may itself search through this registry.
        return new SearchAccessRules(index, embeddingModel, () -> rules.orderedStream().toList(),
                () -> framework.getIfAvailable(() -> CompetencyFrameworkTerms.NONE).ofBoundTenant());
    }

    /** Once every bean exists: the application does not start while an indexed source type lacks a rule. */
    @Bean
    IndexedSourceTypesCheck indexedSourceTypesCheck(SearchAccessRules rules) {
        return new IndexedSourceTypesCheck(rules, SourceTypes.INDEXED);
    }

    @Bean
    AiAnswers aiAnswers(AiSettings settings, ObjectProvider<TenantAiModes> modes, EmbeddingModel embeddingModel,
                        SearchAccessRules rules, ObjectProvider<PeopleDirectory> directory,
                        ObjectProvider<CurrentTenantResolver> tenants, ObjectProvider<MeterRegistry> meters,
                        ObjectProvider<Clock> clocks) {
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        Clock clock = clocks.getIfAvailable(Clock::systemUTC);
        // Only a deployment that offers LLM mode builds a client; offline deployments never open a connection.
        ResilientChat chat = settings.deploymentMode() == AiMode.LLM
                ? ChatModels.create(settings.llm())
                        .map(model -> new ResilientChat(model, settings.llm(), registry, clock)).orElse(null)
                : null;
        StatementVerifier verifier = new StatementVerifier(embeddingModel, rules::visible,
                settings.grounding().minSupport());
        return new AiAnswers(settings, modes.getIfAvailable(() -> settings::deploymentMode), chat, verifier,
                tenants.getIfAvailable(() -> CurrentTenantResolver.NONE), registry,
                directory.getIfAvailable(() -> PeopleDirectory.NONE));
    }
}
