package io.kadens.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused configuration into Spring Boot's short "what / how to fix" report instead of a stack trace. */
class UnsafeDeploymentFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeDeploymentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeDeploymentException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
