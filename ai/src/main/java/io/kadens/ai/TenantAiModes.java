package io.kadens.ai;

/**
 * Port the application implements: the AI mode the bound tenant's people get now (the tenant's own
 * choice in its settings, capped by the deployment's {@link AiSettings#deploymentMode()}). The ai
 * module cannot read tenant settings itself, since it must not depend on the application.
 * Without an implementation every tenant gets the deployment's mode.
 */
@FunctionalInterface
public interface TenantAiModes {

    AiMode effectiveMode();
}
