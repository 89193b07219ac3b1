package io.kadens.content;

import io.kadens.organisation.Organisations;
import io.kadens.platform.ClusterTask;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Indexing jobs outlive the node that ran them: once per cluster, every {@code kadens.content.recovery-interval},
 * each tenant's jobs whose node went away are taken over ({@link ContentLibrary#resumeAbandonedInBoundTenant}).
 * This is also how a single instance finishes its own jobs after it was killed and restarted.
 */
@Configuration(proxyBeanMethods = false)
class ContentIndexingRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(ContentIndexingRecovery.class);

    @Bean
    ClusterTask contentIndexingRecoveryTask(ContentLibrary library, Organisations organisations,
                                            @Value("${kadens.content.recovery-interval:PT1M}") Duration interval) {
        return new ClusterTask("content-indexing-recovery", interval, () -> {
            for (TenantId tenant : organisations.activeTenants()) {
                try {
                    TenantScope.run(tenant, library::resumeAbandonedInBoundTenant);
                } catch (RuntimeException e) {
                    LOG.warn("resuming indexing jobs of tenant {} failed; the next round tries again", tenant, e);
                }
            }
        });
    }
}
