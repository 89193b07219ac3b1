package io.kadens.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kadens.ai.ChunkDraft;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeIndex;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.knowledge.FusionWeights;
import io.kadens.ai.knowledge.JdbcKnowledgeIndex;
import io.kadens.ai.knowledge.SwedishDictionaryCheck;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.testing.TestDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Swedish full-text search (V143): with Debian's hunspell dictionary compounds split and inflections meet their
 * base form; without it the migration still succeeds and Swedish search is the snowball configuration.
 * Full-text hits are recognised by their full-text rank, so a hit the vector search alone found does not count.
 * Swedish questions rank chunks holding two of their words (V206) and any word only when those are too few.
 */
@KadensSpringTest
class SwedishTextSearchTest {

    @Autowired
    KnowledgeIndex index;
    @Autowired
    TestTenants tenants;
    @Autowired
    SwedishDictionaryCheck dictionary;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private List<KnowledgeHit> fullTextHits(TenantId tenant, String query) {
        return TenantScope.call(tenant, () -> index.search(KnowledgeQuery.of(query, 10).withLanguage("sv")))
                .stream().filter(hit -> hit.textRank() != null).toList();
    }

    @Test
    void aCompoundFindsItsPartsAndAnInflectionItsBaseForm() {
        assumeTrue(dictionary.hunspellLoaded(), "the database server has no Swedish hunspell dictionary (sv_se)");
        TenantId tenant = tenants.create("svfts").id();
        TenantScope.run(tenant, () -> index.replaceSource("content", "kundarbete", List.of(
                new ChunkDraft("Vår kundnöjdhet steg med tolv procent efter omorganisationen.", "sv"),
                new ChunkDraft("Alla chefer håller medarbetarsamtal varje höst.", "sv"),
                new ChunkDraft("Resepolicyn gäller tåg och flyg inom Norden.", "sv")), null));

        assertThat(fullTextHits(tenant, "kundnöjdhetsmätning")).extracting(KnowledgeHit::text)
                .containsExactly("Vår kundnöjdhet steg med tolv procent efter omorganisationen.");
        assertThat(fullTextHits(tenant, "nöjdhet")).as("a part of a compound the dictionary knows")
                .extracting(KnowledgeHit::text)
                .containsExactly("Vår kundnöjdhet steg med tolv procent efter omorganisationen.");
        assertThat(fullTextHits(tenant, "samtal med chefen")).extracting(KnowledgeHit::text)
                .containsExactly("Alla chefer håller medarbetarsamtal varje höst.");
    }

    @Test
    void aQuestionsWordsPairUpWithoutStopWords() {
        TenantId tenant = tenants.create("svpairs").id();
        String pairs = TenantScope.call(tenant, () -> new TransactionTemplate(transactions).execute(status ->
                jdbc.queryForObject("select kadens_word_pairs('kadens_swedish', ?)::text", String.class,
                        "hur fungerar kalibreringen av lönerna")));
        assertThat(pairs).as("three content words, three pairs").isNotNull().contains(" & ")
                .doesNotContain("'hu'").doesNotContain("'av'");
        assertThat(pairs.split("\\|").length).isGreaterThanOrEqualTo(3);
        Boolean oneWord = TenantScope.call(tenant, () -> new TransactionTemplate(transactions).execute(status ->
                jdbc.queryForObject("select kadens_word_pairs('kadens_swedish', 'hur är kvartalet') is null",
                        Boolean.class)));
        assertThat(oneWord).as("one content word makes no pair").isTrue();
    }

    @Test
    void swedishFullTextRanksChunksWithTwoOfTheWordsAndFallsBackToAnyWordWhenTooFew() {
        TenantId tenant = tenants.create("svpairs2").id();
        TenantScope.run(tenant, () -> index.replaceSource("content", "kalibrering", List.of(
                new ChunkDraft("Kalibreringen av lönerna sker i mars.", "sv"),
                new ChunkDraft("Efter kalibreringen meddelas lönerna av chefen.", "sv"),
                new ChunkDraft("Ett kvartal har tre månader.", "sv")), null));
        List<UUID> ids = TenantScope.call(tenant, () -> new TransactionTemplate(transactions).execute(status ->
                jdbc.queryForList("select id from knowledge_chunk order by ordinal", UUID.class)));
        JdbcKnowledgeIndex jdbcIndex = (JdbcKnowledgeIndex) index;
        KnowledgeQuery question = KnowledgeQuery.of("hur fungerar kalibreringen av lönerna varje kvartal", 2);

        assertThat(TenantScope.call(tenant, () -> jdbcIndex.textLeg(question, 2, FusionWeights.TUNED)))
                .as("two chunks hold two of the words: enough for two hits, the one-word chunk is not ranked")
                .containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(TenantScope.call(tenant, () -> jdbcIndex.textLeg(question, 3, FusionWeights.TUNED)))
                .as("three hits wanted, two pairs found: any word, so the one-word chunk is ranked too")
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void withoutTheDictionaryFilesTheMigrationFallsBackToSnowball() throws Exception {
        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V143__swedish_text_search.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // The migration's own text up to the table change, under other names and with files that do not exist.
        String probe = migration.substring(0, migration.indexOf("-- Swedish chunks are indexed"))
                .replace("kadens_swedish", "kadens_swedish_probe")
                .replace("DictFile = sv_se, AffFile = sv_se", "DictFile = kadens_missing, AffFile = kadens_missing")
                .replace("${app_role}", TestDatabase.get().appUser());
        assertThat(probe).contains("kadens_missing").contains("kadens_swedish_probe_websearch");
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            try {
                sql.execute(probe);
                assertThat(rows(sql, "select d.dictname from pg_ts_config_map m join pg_ts_config c on c.oid = m.mapcfg"
                        + " join pg_ts_dict d on d.oid = m.mapdict join pg_ts_parser p on p.oid = c.cfgparser"
                        + " where c.cfgname = 'kadens_swedish_probe' and m.maptokentype = 2"))
                        .as("words map to snowball only").containsExactly("swedish_stem");
                assertThat(rows(sql, "select to_tsvector('kadens_swedish_probe', 'Cheferna höll medarbetarsamtalen')::text"))
                        .containsExactly(rows(sql, "select to_tsvector('swedish', 'Cheferna höll medarbetarsamtalen')::text")
                                .getFirst());
                assertThat(rows(sql, "select kadens_swedish_probe_websearch('kundnöjdhetsmätning')"))
                        .as("no dictionary: the query is left as it is").containsExactly("kundnöjdhetsmätning");
            } finally {
                owner.rollback();
            }
        }
    }

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> result = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }
}
