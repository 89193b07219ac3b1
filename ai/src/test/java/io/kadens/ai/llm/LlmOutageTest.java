package io.kadens.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.kadens.ai.AiAnswers;
import io.kadens.ai.AiMode;
import io.kadens.ai.AiResult;
import io.kadens.ai.AiSettings;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.Draft;
import io.kadens.ai.DraftStatement;
import io.kadens.ai.Evidence;
import io.kadens.ai.FallbackReason;
import io.kadens.ai.GroundedPrompt;
import io.kadens.ai.PersonalDataRedactor.People;
import io.kadens.ai.SourceRef;
import io.kadens.ai.VerifiedDraft;
import io.kadens.ai.grounding.StatementVerifier;
import io.kadens.ai.testing.FakeOpenAiServer;
import io.kadens.ai.testing.SharedEmbeddings;
import io.kadens.tenants.CurrentTenantResolver;
import io.kadens.tenants.TenantId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The language model failing for an hour (issue 17, "faults survived"), on a clock the test moves instead
 * of waiting: every answer in the hour comes from the offline engine with the reason the person is shown;
 * the circuit breaker keeps the failing server from being asked for every answer; and once the server is
 * back, the model answers again as soon as the breaker's pause is over, with no restart.
 */
class LlmOutageTest {

    static final String DRAFT_JSON = """
            {"statements": [
              {"text": "Give feedback early and describe the situation, the behaviour and its impact.", "sources": ["S1"]}
            ]}""";

    final GroundedPrompt prompt = new GroundedPrompt("test-capability",
            "Suggest how the employee can improve their feedback.", "How do I give better feedback?",
            List.of(new Evidence("S1", new SourceRef("content", "handbook"),
                    "Give feedback early and often: describe the situation, the behaviour and its impact.")));

    FakeOpenAiServer server;
    MovableClock clock;
    ResilientChat chat;
    AiAnswers answers;
    AiSettings.Llm llm;

    @BeforeEach
    void start() {
        server = new FakeOpenAiServer().answering(DRAFT_JSON);
        clock = new MovableClock(Instant.parse("2026-12-06T09:00:00Z"));
        // As deployed by default: three attempts per answer, the breaker looks at four answers and pauses a minute.
        llm = new AiSettings.Llm("openai", server.baseUrl(), "test-key", "fake-model", Duration.ofSeconds(5), 3,
                Duration.ofMillis(10), 500, 4, 50, Duration.ofMinutes(1));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        chat = new ResilientChat(ChatModels.create(llm).orElseThrow(), llm, meters, clock);
        TenantId tenant = TenantId.random();
        answers = new AiAnswers(new AiSettings("llm", llm, null), () -> AiMode.LLM, chat,
                new StatementVerifier(SharedEmbeddings.get(), java.util.Set::copyOf, 0.35),
                () -> Optional.of(tenant), meters, io.kadens.ai.PeopleDirectory.NONE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AiResult<VerifiedDraft> ask() {
        return answers.draft(prompt, () -> new Draft(List.of(new DraftStatement(
                "Describe the situation, the behaviour and its impact when you give feedback.", List.of("S1")))),
                People.none());
    }

    @Test
    void anHourOfServerErrorsIsAnsweredOfflineWithTheReasonAndTheModelAnswersAgainAfterwards() {
        assertThat(ask().mode()).isEqualTo(AnswerMode.LLM);
        server.clear();
        server.failing(Integer.MAX_VALUE, 503);

        // An answer asked for every 30 seconds for an hour.
        Map<FallbackReason, Integer> reasons = new EnumMap<>(FallbackReason.class);
        int asked = 0;
        for (Duration passed = Duration.ZERO; passed.compareTo(Duration.ofHours(1)) <= 0;
             passed = passed.plusSeconds(30)) {
            AiResult<VerifiedDraft> result = ask();
            asked++;
            assertThat(result.mode()).isEqualTo(AnswerMode.OFFLINE);
            assertThat(result.fellBack()).isTrue();
            // The person sees the draft and, beside it, why it was written offline.
            assertThat(result.value().statements()).isNotEmpty();
            assertThat(result.messageKey()).startsWith("ai.answer.fallback.");
            reasons.merge(result.fallbackReason(), 1, Integer::sum);
            clock.advance(Duration.ofSeconds(30));
        }
        assertThat(reasons.keySet()).containsOnly(FallbackReason.UNAVAILABLE, FallbackReason.CIRCUIT_OPEN);
        // The breaker answered most of them at once: after the first four failed answers the model was asked only
        // by one trial answer (three attempts) per minute's pause, and each trial failed.
        assertThat(reasons.get(FallbackReason.CIRCUIT_OPEN)).isGreaterThan(asked / 3);
        assertThat(server.requestCount()).isLessThanOrEqualTo(3 * (4 + 61)).isLessThan(3 * asked);
        assertThat(chat.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);

        // The server is back. Within the breaker's pause the offline engine still answers, saying so ...
        server.healthy().answering(DRAFT_JSON);
        AiResult<VerifiedDraft> paused = ask();
        assertThat(paused.fallbackReason()).isEqualTo(FallbackReason.CIRCUIT_OPEN);
        assertThat(paused.messageKey()).isEqualTo("ai.answer.fallback.CIRCUIT_OPEN");

        // ... and once it is over, one trial answer closes the breaker and the model answers from then on.
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        AiResult<VerifiedDraft> back = ask();
        assertThat(back.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(back.fallbackReason()).isNull();
        assertThat(back.messageKey()).isEqualTo("ai.answer.mode.LLM");
        assertThat(chat.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(ask().mode()).isEqualTo(AnswerMode.LLM);
    }

    @Test
    void anUnreachableServerFallsBackLikeAFailingOne() {
        AiSettings.Llm nowhere = new AiSettings.Llm("openai", "http://127.0.0.1:9/v1", "test-key", "fake-model",
                Duration.ofSeconds(2), 3, Duration.ofMillis(10), 500, 4, 50, Duration.ofMinutes(1));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ResilientChat unreachable = new ResilientChat(ChatModels.create(nowhere).orElseThrow(), nowhere, meters, clock);
        AiAnswers offlineAnswers = new AiAnswers(new AiSettings("llm", nowhere, null), () -> AiMode.LLM, unreachable,
                new StatementVerifier(SharedEmbeddings.get(), java.util.Set::copyOf, 0.35),
                CurrentTenantResolver.NONE, meters, io.kadens.ai.PeopleDirectory.NONE);

        AiResult<VerifiedDraft> result = offlineAnswers.draft(prompt, () -> new Draft(List.of(new DraftStatement(
                "Describe the situation, the behaviour and its impact when you give feedback.", List.of("S1")))),
                People.none());
        assertThat(result.mode()).isEqualTo(AnswerMode.OFFLINE);
        assertThat(result.fallbackReason()).isIn(FallbackReason.UNAVAILABLE, FallbackReason.TIMEOUT);
        assertThat(result.value().statements()).isNotEmpty();
    }

    /** The application's clock as tests move it. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
