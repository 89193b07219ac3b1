package io.kadens.ai;

import java.util.Locale;

/**
 * How Kadens' AI capabilities answer. The deployment sets a default; each tenant may choose a
 * stricter one in its settings, never a looser one than the deployment allows.
 */
public enum AiMode {
    /** No AI features at all. */
    OFF,
    /** In-process models and explicit algorithms: no network, no API key, no data leaves the deployment. */
    OFFLINE,
    /** A configured LLM writes prose; the offline engine still grounds and checks what it writes. */
    LLM;

    public static AiMode parse(String value) {
        if (value == null || value.isBlank()) {
            return OFFLINE;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown AI mode '" + value + "': use off, offline or llm", e);
        }
    }

    /** The mode a tenant actually gets: its own choice, capped by what the deployment offers. */
    public AiMode cappedBy(AiMode deployment) {
        return compareTo(deployment) <= 0 ? this : deployment;
    }
}
