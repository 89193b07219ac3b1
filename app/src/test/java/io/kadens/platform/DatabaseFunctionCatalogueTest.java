package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.support.KadensSpringTest;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads every function of the migrated schema from PostgreSQL's catalogue, so that a function a later
 * migration adds is held to the rules without anyone remembering a test: a SECURITY DEFINER function
 * searches pg_catalog first and pg_temp last and cannot be executed by PUBLIC; no function takes the viewer
 * (a person) as an argument, it reads the bound person (app.person_id); and the application role cannot
 * create temporary objects, with which it could shadow what a function reads.
 */
@KadensSpringTest
class DatabaseFunctionCatalogueTest {

    /** The schema's own functions (not those an extension such as pgvector brings). */
    private static final String OWN_FUNCTIONS = "from pg_proc p join pg_namespace n on n.oid = p.pronamespace"
            + " where n.nspname = 'public' and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass"
            + " and d.objid = p.oid and d.deptype = 'e')";

    /** SECURITY DEFINER functions whose search_path is not "pg_catalog, …, pg_temp". */
    private static final String UNSAFE_SEARCH_PATH = "select p.proname " + OWN_FUNCTIONS + " and p.prosecdef"
            + " and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c"
            + "   where c ~ '^search_path=\"?pg_catalog\"?,' and c ~ ',\\s*\"?pg_temp\"?$')";

    /** Functions with an argument that names a person: the viewer must come from app.person_id instead. */
    private static final String PERSON_ARGUMENTS = "select p.proname " + OWN_FUNCTIONS
            + " and exists (select 1 from unnest(coalesce(p.proargnames, '{}')) a"
            + "   where a ~* '(viewer|person|actor|employee|user|author|requester|reporter|caller)')";

    /**
     * Functions whose person argument is the subject of the work, never the caller; each reads the caller
     * from app.person_id and checks their role itself.
     */
    private static final java.util.Map<String, String> PERSON_ARGUMENT_EXCEPTIONS = java.util.Map.of(
            "privacy_erase_feedback", "the argument is the person being erased; the caller must be an HR admin of"
                    + " the bound tenant (read from app.person_id) and may not erase themselves (V152)");

    /** SECURITY DEFINER functions that PUBLIC may execute (no ACL means PUBLIC may). */
    private static final String EXECUTABLE_BY_PUBLIC = "select p.proname " + OWN_FUNCTIONS + " and p.prosecdef"
            + " and (p.proacl is null or exists (select 1 from aclexplode(p.proacl) x where x.grantee = 0))";

    private static List<String> rows(Statement sql, String query) throws Exception {
        List<String> result = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                result.add(rows.getString(1));
            }
        }
        return result;
    }

    @Test
    void everyFunctionFollowsTheRules() throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            List<String> definers = rows(sql, "select p.proname " + OWN_FUNCTIONS + " and p.prosecdef");
            assertThat(definers).as("the catalogue query finds the definer functions")
                    .contains("feedback_anonymous_author_count", "feedback_unmask_reveal", "tenant_active_people_count");
            assertThat(rows(sql, UNSAFE_SEARCH_PATH)).as("SECURITY DEFINER without a safe search_path").isEmpty();
            assertThat(rows(sql, PERSON_ARGUMENTS)).as("functions taking a person as an argument")
                    .containsExactlyInAnyOrderElementsOf(PERSON_ARGUMENT_EXCEPTIONS.keySet());
            assertThat(rows(sql, EXECUTABLE_BY_PUBLIC)).as("SECURITY DEFINER executable by PUBLIC").isEmpty();
        }
    }

    @Test
    void theChecksCatchAFunctionThatBreaksThem() throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            owner.setAutoCommit(false);
            try {
                sql.execute("create function catalogue_probe(p_viewer uuid) returns integer language sql"
                        + " security definer set search_path = public as 'select 1'");
                assertThat(rows(sql, UNSAFE_SEARCH_PATH)).contains("catalogue_probe");
                assertThat(rows(sql, PERSON_ARGUMENTS)).contains("catalogue_probe");
                assertThat(rows(sql, EXECUTABLE_BY_PUBLIC)).contains("catalogue_probe");
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void theApplicationRoleCannotCreateTemporaryObjects() throws Exception {
        TestDatabase db = TestDatabase.get();
        try (Connection owner = db.openAsOwner(); Statement sql = owner.createStatement()) {
            assertThat(rows(sql, "select has_database_privilege('" + db.appUser() + "', current_database(), 'TEMP')"))
                    .containsExactly("f");
        }
        try (Connection app = db.openAsApp(); Statement sql = app.createStatement()) {
            assertThatThrownBy(() -> sql.execute("create temporary table feedback_author (author_id uuid)"))
                    .hasMessageContaining("permission denied");
        }
    }
}
