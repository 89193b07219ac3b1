package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.KadensApplication;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The production path: the web process, holding the application role only, refuses a database that
 * is not migrated and names the step; {@code migrate} migrates as the owner and exits; the schema is then current.
 */
class MigrationStepTest {

    @Test
    void theWebProcessRefusesAnUnmigratedDatabaseAndTheMigrationStepMigratesIt() throws SQLException {
        TestDatabase database = TestDatabase.createFresh();
        String url = database.jdbcUrl();

        assertThatThrownBy(() -> new SpringApplicationBuilder(KadensApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + database.appUser(),
                        "--spring.datasource.password=" + database.appPassword(), "--spring.flyway.enabled=false",
                        "--kadens.db.allow-default-passwords=true", "--kadens.demo=false", "--server.port=0").close())
                .satisfies(failure -> {
                    Throwable cause = failure;
                    while (cause != null && !(cause instanceof UnsafeDeploymentException)) {
                        cause = cause.getCause();
                    }
                    assertThat(cause).isInstanceOf(UnsafeDeploymentException.class)
                            .hasMessageContaining("not applied").hasMessageContaining("V1");
                    assertThat(((UnsafeDeploymentException) cause).action()).contains("java -jar kadens.jar migrate");
                });

        int exit = MigrationStep.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + database.appUser(),
                "--spring.flyway.user=" + database.ownerUser(), "--spring.flyway.password=" + database.ownerPassword(),
                "--kadens.db.allow-default-passwords=true");

        assertThat(exit).isZero();
        try (Connection app = database.openAsApp(); Statement statement = app.createStatement();
             ResultSet applied = statement.executeQuery(
                     "select count(*) from flyway_schema_history where success and version = '95'")) {
            applied.next();
            assertThat(applied.getInt(1)).as("V95 applied, and readable by the application role").isEqualTo(1);
        }
    }

    @Test
    void theMigrationStepRefusesTheDefaultOwnerPasswordOutsideLocalDevelopment() {
        TestDatabase database = TestDatabase.get();
        int exit = MigrationStep.run("--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.flyway.user=" + database.ownerUser(), "--spring.flyway.password=" + DeploymentSafety.DEFAULT_OWNER_PASSWORD);
        assertThat(exit).isEqualTo(1);
    }
}
