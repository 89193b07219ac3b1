package io.kadens.ai;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The deployment's AI settings ({@code kadens.ai.*}, or environment variables such as
 * {@code KADENS_AI_MODE}, {@code KADENS_AI_LLM_BASE_URL}).
 *
 * @param mode      the most the deployment offers; {@code offline} by default, so nothing leaves it
 * @param llm       the language model used where a tenant's effective mode is {@code llm}
 * @param grounding how strictly AI statements must be supported by what they cite
 */
@ConfigurationProperties("kadens.ai")
public record AiSettings(String mode, Llm llm, Grounding grounding) {

    @ConstructorBinding
    public AiSettings {
        llm = llm == null ? Llm.defaults() : llm;
        grounding = grounding == null ? Grounding.defaults() : grounding;
    }

    public AiSettings(String mode) {
        this(mode, null, null);
    }

    public AiMode deploymentMode() {
        return AiMode.parse(mode);
    }

    /**
     * @param provider           {@code openai} (any OpenAI-compatible server: OpenAI, Azure OpenAI, vLLM, Ollama)
     *                           or {@code anthropic}
     * @param baseUrl            used exactly as given; for OpenAI-compatible servers it includes {@code /v1}
     * @param apiKey             may be empty for local servers
     * @param model              the model name the server knows
     * @param timeout            per attempt
     * @param maxAttempts        attempts per answer, the first included
     * @param backoff            wait before the second attempt; doubles for each further one
     * @param maxTokens          completion budget per answer
     * @param breakerMinimumCalls answers the circuit breaker looks at before it may open
     * @param breakerFailureRate  percentage of failed answers that opens it
     * @param breakerOpenFor     how long it stays open before letting one trial answer through
     */
    public record Llm(String provider, String baseUrl, String apiKey, String model, Duration timeout,
                      Integer maxAttempts, Duration backoff, Integer maxTokens, Integer breakerMinimumCalls,
                      Integer breakerFailureRate, Duration breakerOpenFor) {

        public Llm {
            provider = provider == null || provider.isBlank() ? "openai" : provider.trim().toLowerCase(Locale.ROOT);
            if (!provider.equals("openai") && !provider.equals("anthropic")) {
                throw new IllegalArgumentException("Unknown LLM provider '" + provider + "': use openai or anthropic");
            }
            baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.trim();
            apiKey = apiKey == null ? "" : apiKey.trim();
            model = model == null || model.isBlank() ? null : model.trim();
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
            maxAttempts = maxAttempts == null ? 3 : Math.max(1, maxAttempts);
            backoff = backoff == null ? Duration.ofMillis(500) : backoff;
            maxTokens = maxTokens == null ? 1500 : maxTokens;
            breakerMinimumCalls = breakerMinimumCalls == null ? 4 : Math.max(1, breakerMinimumCalls);
            breakerFailureRate = breakerFailureRate == null ? 50 : Math.clamp(breakerFailureRate, 1, 100);
            breakerOpenFor = breakerOpenFor == null ? Duration.ofSeconds(60) : breakerOpenFor;
        }

        public static Llm defaults() {
            return new Llm(null, null, null, null, null, null, null, null, null, null, null);
        }

        /** Whether enough is configured to call a model at all. */
        public boolean configured() {
            return baseUrl != null && model != null || provider.equals("anthropic") && model != null;
        }
    }

    /**
     * @param minSupport least cosine similarity between a statement and the best of the sources it
     *                   cites; statements below are dropped as unsupported
     */
    public record Grounding(Double minSupport) {

        public Grounding {
            minSupport = minSupport == null ? 0.35 : minSupport;
        }

        public static Grounding defaults() {
            return new Grounding(null);
        }
    }
}
