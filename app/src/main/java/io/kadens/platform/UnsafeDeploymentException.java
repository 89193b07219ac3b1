package io.kadens.platform;

/**
 * Kadens refuses to start in a configuration that would expose it: demo mode (public passwords) on an
 * address other machines can reach, or the database passwords everybody knows from the repository.
 */
public class UnsafeDeploymentException extends RuntimeException {

    private final String action;

    UnsafeDeploymentException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    /** What the operator should set to start safely. */
    public String action() {
        return action;
    }
}
