package io.kadens.knowledge;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.SearchAccessRules;
import org.junit.jupiter.api.Test;

/**
 * Application code reads knowledge hits only through {@link SearchAccessRules}, which passes every hit
 * through its source type's access rule: no production class but the registry (and the index itself)
 * calls or refers to the index's raw searches. Tests and benchmarks of the index may.
 */
class KnowledgeReadsTest {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
            .importPackages("io.kadens");

    static final DescribedPredicate<JavaAccess<?>> RAW_SEARCH = DescribedPredicate.describe(
            "a raw search of the knowledge index", access -> access.getTarget().getName().equals("search")
                    && access.getTargetOwner().isAssignableTo(KnowledgeIndex.class));

    @Test
    void onlyTheAccessRuleRegistryReadsRawHits() {
        noClasses().that().doNotHaveFullyQualifiedName(SearchAccessRules.class.getName())
                .and().resideOutsideOfPackage("io.kadens.ai.knowledge")
                .should().accessTargetWhere(RAW_SEARCH)
                .because("every hit must pass the access rule of its source type")
                .check(PRODUCTION);
    }
}
