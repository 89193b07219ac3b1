package io.kadens.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.tenants.TenantScope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant's distinct competency identifiers, as pickers offer them: sorted, without duplicates, its own only. */
@KadensSpringTest
class KnowledgeCompetenciesTest {

    @Autowired
    KnowledgeIndex index;
    @Autowired
    TestTenants tenants;

    @Test
    void listsTheBoundTenantsCompetenciesOnce() {
        Company a = tenants.create("compa");
        Company b = tenants.create("compb");
        Company none = tenants.create("compn");
        TenantScope.run(a.id(), () -> index.replaceSource("content", "framework", List.of(
                new ChunkDraft("Customers come first.", "en", List.of("kundfokus"), Map.of()),
                new ChunkDraft("Listen before you answer.", "en", List.of("samarbete och kommunikation", "kundfokus"),
                        Map.of()),
                new ChunkDraft("Untagged text about lunch.", "en")), null));
        TenantScope.run(b.id(), () -> index.replaceSource("content", "framework", List.of(
                new ChunkDraft("Secret competency of B.", "en", List.of("b-only secrecy"), Map.of())), null));

        assertThat(TenantScope.call(a.id(), index::competencies))
                .containsExactly("kundfokus", "samarbete och kommunikation");
        assertThat(TenantScope.call(b.id(), index::competencies)).containsExactly("b-only secrecy");
        assertThat(TenantScope.call(none.id(), index::competencies)).isEmpty();
    }
}
