package io.kadens;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages talk only through each other's root-package APIs, without cycles.
 * The jOOQ classes generated from the schema ({@code io.kadens.db}) are infrastructure that every
 * feature's repository uses, so they are left out of the module model.
 */
class ModularityTests {

    private final ApplicationModules modules =
            ApplicationModules.of(KadensApplication.class, resideInAPackage("io.kadens.db.."));

    @Test
    void featurePackagesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModulesAreTheFeaturePackages() {
        org.assertj.core.api.Assertions.assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("people", "security", "organisation", "operator", "shell", "demo", "platform", "tenants");
    }
}
