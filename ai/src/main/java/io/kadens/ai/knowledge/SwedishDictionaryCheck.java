package io.kadens.ai.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Says at start-up whether Swedish full-text search has its hunspell dictionary. Migration V143 creates the
 * {@code kadens_swedish} configuration either way and adds the dictionary only when the database server has the
 * files; without them Swedish search still works, with snowball stemming and no compound splitting, and this is
 * the one place an operator learns about it.
 */
public final class SwedishDictionaryCheck implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SwedishDictionaryCheck.class);

    private final JdbcTemplate jdbc;

    public SwedishDictionaryCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the Swedish configuration looks words up in the hunspell dictionary (the catalogue, no tenant). */
    public boolean hunspellLoaded() {
        Boolean loaded = jdbc.queryForObject("select exists (select 1 from pg_ts_config_map m"
                + " join pg_ts_config c on c.oid = m.mapcfg join pg_ts_dict d on d.oid = m.mapdict"
                + " where c.cfgname = ? and d.dictname = 'kadens_swedish_hunspell')", Boolean.class,
                JdbcKnowledgeIndex.SWEDISH_CONFIGURATION);
        return Boolean.TRUE.equals(loaded);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        try {
            if (hunspellLoaded()) {
                LOG.info("Swedish full-text search: hunspell dictionary loaded (compounds split)");
            } else {
                LOG.warn("Swedish full-text search without the hunspell dictionary: snowball stemming only, compounds"
                        + " are not split. Install Debian's hunspell-sv on the database server (sv_se.affix and"
                        + " sv_se.dict in PostgreSQL's tsearch_data) before migrating; see"
                        + " docs/decisions/2026-12-06-swedish-full-text-search.md");
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not check Swedish full-text search's dictionary: {}", e.getMessage());
        }
    }
}
