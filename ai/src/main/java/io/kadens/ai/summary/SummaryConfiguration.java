package io.kadens.ai.summary;

import io.kadens.ai.AiAnswers;
import io.kadens.tenants.CurrentTenantResolver;
import io.kadens.tenants.TenantScope;
import java.util.Optional;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feedback summary capability, named after the tenant's competencies or the items' own words. Its sentence
 * vectors are kept in memory ({@code kadens.ai.summary.cached-sentences}, default 20,000: about 32 MB).
 */
@Configuration(proxyBeanMethods = false)
class SummaryConfiguration {

    @Bean
    FeedbackSummaries feedbackSummaries(EmbeddingModel embeddings, AiAnswers answers,
                                        ObjectProvider<CurrentTenantResolver> tenants,
                                        @Value("${kadens.ai.summary.cached-sentences:20000}") int cachedSentences) {
        CurrentTenantResolver resolver = tenants.getIfAvailable(() -> CurrentTenantResolver.NONE);
        SentenceVectorCache cache = new SentenceVectorCache(embeddings, () -> TenantScope.explicitTenant()
                .or(resolver::currentTenant), cachedSentences);
        return new FeedbackSummaries(new FeedbackSummarizer(cache, FeedbackSummarizer.Options.defaults()), answers);
    }
}
