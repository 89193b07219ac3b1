package io.kadens.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DatabasePreflightTest {

    @Test
    void aReachableDatabaseWithPgvectorPasses() {
        TestDatabase db = TestDatabase.get();
        DatabasePreflight.verify(db.jdbcUrl(), db.ownerUser(), db.ownerPassword());
    }

    @Test
    void anUnreachableDatabaseNamesTheProblemAndTheFix() {
        assertThatThrownBy(() -> DatabasePreflight.verify("jdbc:postgresql://127.0.0.1:1/kadens", "kadens_owner", "x"))
                .isInstanceOfSatisfying(DatabaseNotReadyException.class,
                        e -> assertThat(e.problem()).isEqualTo(DatabaseNotReadyException.Problem.UNREACHABLE))
                .hasMessageContaining("unreachable")
                .hasMessageContaining(DatabasePreflight.FIX_COMMAND);
    }

    @Test
    void aDatabaseWithoutTheVectorExtensionNamesPgvectorAndTheFix() throws Exception {
        TestDatabase db = TestDatabase.get();
        String name = "kadens_novector_" + Long.toHexString(System.nanoTime());
        try (Connection owner = db.openAsOwner(); Statement sql = owner.createStatement()) {
            sql.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        }
        String url = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + name;
        try {
            assertThatThrownBy(() -> DatabasePreflight.verify(url, db.appUser(), db.appPassword()))
                    .isInstanceOfSatisfying(DatabaseNotReadyException.class,
                            e -> assertThat(e.problem()).isEqualTo(DatabaseNotReadyException.Problem.PGVECTOR_MISSING))
                    .hasMessageContaining("pgvector")
                    .hasMessageContaining(DatabasePreflight.FIX_COMMAND);
        } finally {
            try (Connection owner = db.openAsOwner(); Statement sql = owner.createStatement()) {
                sql.execute("DROP DATABASE " + name + " WITH (FORCE)");
            }
        }
    }

    @Test
    void pgvectorVersionsAreComparedNumerically() {
        assertThat(DatabasePreflight.atLeast("0.8.0", 0, 8)).isTrue();
        assertThat(DatabasePreflight.atLeast("0.10.1", 0, 8)).isTrue();
        assertThat(DatabasePreflight.atLeast("1.0", 0, 8)).isTrue();
        assertThat(DatabasePreflight.atLeast("0.7.4", 0, 8)).isFalse();
        assertThat(DatabasePreflight.atLeast("0.5", 0, 8)).isFalse();
    }
}
