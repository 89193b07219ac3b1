package io.kadens.platform;

import io.kadens.tenants.CurrentTenantResolver;
import io.kadens.tenants.TenantBindingTransactionManager;
import io.kadens.tenants.TransactionTenant;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/** Every transaction binds the tenant of the signed-in user (or of an explicit scope). */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
class TenancyConfiguration {

    @Bean
    TenantBindingTransactionManager transactionManager(DataSource dataSource, CurrentTenantResolver resolver) {
        return new TenantBindingTransactionManager(dataSource, resolver);
    }

    /** The one way to read the bound tenant (for events, audit entries, errors); inserts need not. */
    @Bean
    TransactionTenant transactionTenant(DataSource dataSource) {
        return new TransactionTenant(dataSource);
    }
}
