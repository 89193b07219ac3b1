package io.kadens.platform;

import io.kadens.tenants.CurrentTenantResolver;
import io.kadens.tenants.TenantBindingTransactionManager;
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
}
