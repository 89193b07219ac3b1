package io.kadens.tenants;

/** The database Kadens needs is not there or lacks pgvector; the message says how to fix it. */
public class DatabaseNotReadyException extends RuntimeException {

    public enum Problem { UNREACHABLE, PGVECTOR_MISSING }

    private final Problem problem;

    public DatabaseNotReadyException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
