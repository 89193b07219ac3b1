package io.kadens.platform;

import io.kadens.tenants.DatabaseNotReadyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing database or pgvector into Spring Boot's short "what / how to fix" report. */
class DatabaseNotReadyFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseNotReadyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseNotReadyException cause) {
        String action = switch (cause.problem()) {
            case UNREACHABLE -> "Start PostgreSQL and prepare the Kadens roles and databases: "
                    + io.kadens.tenants.DatabasePreflight.FIX_COMMAND
                    + ", or set KADENS_DB_HOST/KADENS_DB_PORT to a PostgreSQL that has them.";
            case PGVECTOR_MISSING -> "Install pgvector 0.8 or newer into that PostgreSQL: "
                    + io.kadens.tenants.DatabasePreflight.FIX_COMMAND + " builds it on Debian.";
        };
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
