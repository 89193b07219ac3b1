package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.KadensApplication;
import io.kadens.tenants.DatabaseNotReadyException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** An unreachable database stops start-up with a message that names the problem and the fix. */
class DatabaseStartupCheckTest {

    @Test
    void anUnreachableDatabaseStopsStartUpWithTheFix() {
        String url = "jdbc:postgresql://127.0.0.1:1/kadens";
        assertThatThrownBy(() -> new SpringApplicationBuilder(KadensApplication.class)
                .run("--spring.datasource.url=" + url, "--spring.flyway.url=" + url, "--server.port=0",
                        "--kadens.demo=false", "--kadens.db.allow-default-passwords=true").close())
                .satisfies(failure -> {
                    Throwable cause = failure;
                    while (cause != null && !(cause instanceof DatabaseNotReadyException)) {
                        cause = cause.getCause();
                    }
                    assertThat(cause).isInstanceOf(DatabaseNotReadyException.class)
                            .hasMessageContaining("unreachable").hasMessageContaining(".ci/start");
                    FailureAnalysis analysis = new DatabaseNotReadyFailureAnalyzer().analyze(failure);
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getAction()).contains(".ci/start");
                });
    }
}
