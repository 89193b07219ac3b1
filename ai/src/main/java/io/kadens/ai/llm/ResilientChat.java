package io.kadens.ai.llm;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.kadens.ai.AiSettings;
import io.kadens.ai.FallbackReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ResponseEntity;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * Calls the language model with a time-out per attempt, retries with exponential backoff, and a
 * circuit breaker around the whole: when answers keep failing, the model is not asked for a while
 * and the offline engine answers at once. Token use and latency go to Micrometer per tenant
 * ({@code kadens.ai.llm.tokens}, {@code kadens.ai.llm.latency}).
 */
public final class ResilientChat {

    private final ChatClient client;
    private final RetryTemplate retries;
    private final CircuitBreaker breaker;
    private final MeterRegistry meters;

    public ResilientChat(ChatModel model, AiSettings.Llm settings, MeterRegistry meters) {
        this(model, settings, meters, Clock.systemUTC());
    }

    /**
     * @param clock the application's clock: the breaker's open period runs on it, like every other wait in
     *              Kadens, so that a test can let an hour-long outage pass without waiting for it
     */
    public ResilientChat(ChatModel model, AiSettings.Llm settings, MeterRegistry meters, Clock clock) {
        this.client = ChatClient.builder(model).build();
        this.meters = meters;
        this.retries = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(settings.maxAttempts() - 1)
                .delay(settings.backoff())
                .multiplier(2)
                .maxDelay(settings.backoff().multipliedBy(8))
                .predicate(failure -> failure instanceof LlmFailure llm && llm.retryable())
                .build());
        this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(Math.max(10, settings.breakerMinimumCalls()))
                .minimumNumberOfCalls(settings.breakerMinimumCalls())
                .failureRateThreshold(settings.breakerFailureRate())
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .clock(clock)
                // A reply in the wrong shape is the model's lapse, not a sign that the server is down.
                .recordException(failure -> !(failure instanceof LlmFailure llm
                        && llm.reason() == FallbackReason.INVALID_OUTPUT))
                .build());
    }

    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    /**
     * One answer in the requested structure.
     *
     * @throws LlmFailure when no attempt gave a usable answer or the breaker is open
     */
    public <T> T call(String capability, String tenant, String system, String user, Class<T> type) {
        long started = System.nanoTime();
        String outcome = "success";
        try {
            ResponseEntity<ChatResponse, T> reply = breaker.executeCallable(() -> retried(system, user, type));
            countTokens(capability, tenant, reply.response());
            return reply.entity();
        } catch (CallNotPermittedException open) {
            outcome = "circuit_open";
            throw new LlmFailure(FallbackReason.CIRCUIT_OPEN, false, "the language model is paused after failures",
                    open);
        } catch (LlmFailure failure) {
            outcome = failure.reason().name().toLowerCase(java.util.Locale.ROOT);
            throw failure;
        } catch (Exception unexpected) {
            outcome = "unavailable";
            throw new LlmFailure(FallbackReason.UNAVAILABLE, false, unexpected.getMessage(), unexpected);
        } finally {
            Timer.builder("kadens.ai.llm.latency").description("time for one LLM answer, retries included")
                    .tag("capability", capability).tag("outcome", outcome)
                    .register(meters).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private <T> ResponseEntity<ChatResponse, T> retried(String system, String user, Class<T> type) {
        try {
            return retries.execute(() -> attempt(system, user, type));
        } catch (RetryException exhausted) {
            Throwable last = exhausted.getLastException() != null ? exhausted.getLastException() : exhausted.getCause();
            throw last instanceof LlmFailure failure ? failure
                    : new LlmFailure(FallbackReason.UNAVAILABLE, false, String.valueOf(last), last);
        }
    }

    private <T> ResponseEntity<ChatResponse, T> attempt(String system, String user, Class<T> type) {
        ResponseEntity<ChatResponse, T> reply;
        try {
            // Messages, not template text: data in the prompt is never rendered as a template.
            reply = client.prompt().messages(new SystemMessage(system), new UserMessage(user)).call()
                    .responseEntity(type);
        } catch (RuntimeException failure) {
            throw classify(failure);
        }
        if (reply == null || reply.entity() == null) {
            throw new LlmFailure(FallbackReason.INVALID_OUTPUT, false, "the model returned no usable content", null);
        }
        return reply;
    }

    static LlmFailure classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof LlmFailure llm) {
                return llm;
            }
            if (cause instanceof InterruptedIOException || cause instanceof HttpTimeoutException
                    || cause instanceof TimeoutException) {
                return new LlmFailure(FallbackReason.TIMEOUT, true, "the language model did not answer in time", failure);
            }
            if (cause instanceof tools.jackson.core.JacksonException
                    || cause.getClass().getName().startsWith("com.fasterxml.jackson.core")) {
                return new LlmFailure(FallbackReason.INVALID_OUTPUT, false, "the model's answer had the wrong structure",
                        failure);
            }
            Integer status = statusOf(cause);
            if (status != null) {
                boolean retryable = status >= 500 || status == 408 || status == 429;
                return new LlmFailure(FallbackReason.UNAVAILABLE, retryable,
                        "the language model's server answered " + status, failure);
            }
        }
        return new LlmFailure(FallbackReason.UNAVAILABLE, true, String.valueOf(failure.getMessage()), failure);
    }

    private static Integer statusOf(Throwable cause) {
        if (cause instanceof com.openai.errors.OpenAIServiceException openAi) {
            return openAi.statusCode();
        }
        if (cause instanceof com.anthropic.errors.AnthropicServiceException anthropic) {
            return anthropic.statusCode();
        }
        return null;
    }

    private void countTokens(String capability, String tenant, ChatResponse response) {
        if (response == null || response.getMetadata() == null) {
            return;
        }
        Usage usage = response.getMetadata().getUsage();
        if (usage == null) {
            return;
        }
        count(capability, tenant, "prompt", usage.getPromptTokens());
        count(capability, tenant, "completion", usage.getCompletionTokens());
    }

    private void count(String capability, String tenant, String kind, Integer tokens) {
        if (tokens != null && tokens > 0) {
            Counter.builder("kadens.ai.llm.tokens").description("tokens sent to and received from the LLM")
                    .tag("capability", capability).tag("kind", kind)
                    .register(meters).increment(tokens);
        }
    }
}
