package io.kadens.ai.llm;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.kadens.ai.PersonalDataRedactor.Person;
import io.kadens.ai.SourceRef;
import io.kadens.ai.VerifiedDraft;
import io.kadens.ai.grounding.StatementVerifier;
import io.kadens.ai.testing.FakeOpenAiServer;
import io.kadens.ai.testing.SharedEmbeddings;
import io.kadens.tenants.CurrentTenantResolver;
import io.kadens.tenants.TenantId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LLM path against a fake OpenAI-compatible server speaking the real protocol. */
class LlmFallbackTest {

    static final TenantId TENANT = TenantId.random();
    static final String DRAFT_JSON = """
            {"statements": [
              {"text": "Give feedback early and describe the situation, the behaviour and its impact.", "sources": ["S1"]},
              {"text": "The moon is made of green cheese.", "sources": []}
            ]}""";

    FakeOpenAiServer server;
    SimpleMeterRegistry meters;
    AtomicInteger offlineCalls;

    final GroundedPrompt prompt = new GroundedPrompt("test-capability",
            "Suggest how the employee can improve their feedback.", "How do I give better feedback?",
            List.of(new Evidence("S1", new SourceRef("content", "handbook"),
                    "Give feedback early and often: describe the situation, the behaviour and its impact.")));

    @BeforeEach
    void start() {
        server = new FakeOpenAiServer().answering(DRAFT_JSON);
        meters = new SimpleMeterRegistry();
        offlineCalls = new AtomicInteger();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AiAnswers answers(AiMode deployment, AiMode tenant, AiSettings.Llm llm) {
        AiSettings settings = new AiSettings(deployment.name(), llm, null);
        ResilientChat chat = ChatModels.create(llm).map(model -> new ResilientChat(model, llm, meters)).orElse(null);
        StatementVerifier verifier = new StatementVerifier(SharedEmbeddings.get(), java.util.Set::copyOf, 0.35);
        CurrentTenantResolver resolver = () -> Optional.of(TENANT);
        return new AiAnswers(settings, () -> tenant, chat, verifier, resolver, meters, io.kadens.ai.PeopleDirectory.NONE);
    }

    private AiSettings.Llm llm(Duration timeout, int attempts, int breakerMinimumCalls) {
        return new AiSettings.Llm("openai", server.baseUrl(), "test-key", "fake-model", timeout, attempts,
                Duration.ofMillis(20), 500, breakerMinimumCalls, 50, Duration.ofMinutes(5));
    }

    private Draft offline() {
        offlineCalls.incrementAndGet();
        return new Draft(List.of(new DraftStatement(
                "Describe the situation, the behaviour and its impact when you give feedback.", List.of("S1"))));
    }

    private AiResult<VerifiedDraft> ask(AiAnswers answers) {
        return answers.draft(prompt, this::offline, People.none());
    }

    @Test
    void theModelAnswersAndOnlyCitedSupportedStatementsSurvive() {
        AiResult<VerifiedDraft> result = ask(answers(AiMode.LLM, AiMode.LLM, llm(Duration.ofSeconds(5), 3, 4)));

        assertThat(result.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(result.fallbackReason()).isNull();
        assertThat(offlineCalls).hasValue(0);
        assertThat(result.value().statements()).singleElement().satisfies(statement -> {
            assertThat(statement.text()).startsWith("Give feedback early");
            assertThat(statement.citations()).containsExactly(new SourceRef("content", "handbook"));
        });
        assertThat(result.value().dropped()).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(VerifiedDraft.DropReason.NO_CITATION));
        // The real protocol: the system message is exactly the prompt's, the model as configured.
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(FakeOpenAiServer.message(server.requests().getFirst(), "system")).isEqualTo(prompt.system());
        assertThat(server.requests().getFirst().path("model").asString()).isEqualTo("fake-model");
        // Token use and latency by capability; never by tenant (ids stay out of metrics).
        assertThat(meters.get("kadens.ai.llm.tokens").tag("kind", "prompt")
                .counter().count()).isPositive();
        assertThat(meters.get("kadens.ai.llm.tokens").tag("kind", "completion").counter().count()).isPositive();
        assertThat(meters.get("kadens.ai.llm.latency").tag("outcome", "success")
                .timer().count()).isEqualTo(1);
    }

    @Test
    void aSlowModelTimesOutAndTheOfflineEngineAnswersSayingWhy() {
        server.slow(Duration.ofSeconds(3));
        AiResult<VerifiedDraft> result = ask(answers(AiMode.LLM, AiMode.LLM, llm(Duration.ofMillis(300), 2, 4)));

        assertThat(result.mode()).isEqualTo(AnswerMode.OFFLINE);
        assertThat(result.fallbackReason()).isEqualTo(FallbackReason.TIMEOUT);
        assertThat(result.messageKey()).isEqualTo("ai.answer.fallback.TIMEOUT");
        assertThat(offlineCalls).hasValue(1);
        assertThat(result.value().statements()).hasSize(1);
        assertThat(server.requestCount()).as("one retry after the first time-out").isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedThenTheCircuitOpensAndTheModelIsNoLongerAsked() {
        server.failing(Integer.MAX_VALUE, 503);
        AiAnswers answers = answers(AiMode.LLM, AiMode.LLM, llm(Duration.ofSeconds(5), 3, 2));

        AiResult<VerifiedDraft> first = ask(answers);
        assertThat(first.fallbackReason()).isEqualTo(FallbackReason.UNAVAILABLE);
        assertThat(server.requestCount()).as("three attempts for one answer").isEqualTo(3);
        ask(answers);
        assertThat(server.requestCount()).isEqualTo(6);

        AiResult<VerifiedDraft> third = ask(answers);
        assertThat(third.fallbackReason()).isEqualTo(FallbackReason.CIRCUIT_OPEN);
        assertThat(third.mode()).isEqualTo(AnswerMode.OFFLINE);
        assertThat(third.value().statements()).isNotEmpty();
        assertThat(server.requestCount()).as("an open circuit sends nothing").isEqualTo(6);
        assertThat(offlineCalls).hasValue(3);
    }

    @Test
    void oneServerErrorIsRetriedAndTheModelStillAnswers() {
        server.failing(1, 500);
        AiAnswers answers = answers(AiMode.LLM, AiMode.LLM, llm(Duration.ofSeconds(5), 3, 4));
        AiResult<VerifiedDraft> result = ask(answers);
        assertThat(result.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void aRefusedRequestIsNotRetried() {
        server.failing(Integer.MAX_VALUE, 401);
        AiResult<VerifiedDraft> result = ask(answers(AiMode.LLM, AiMode.LLM, llm(Duration.ofSeconds(5), 3, 4)));
        assertThat(result.fallbackReason()).isEqualTo(FallbackReason.UNAVAILABLE);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void anAnswerInTheWrongShapeFallsBackAsInvalidOutput() {
        server.answering("I am sorry, I cannot answer in JSON today.");
        AiResult<VerifiedDraft> result = ask(answers(AiMode.LLM, AiMode.LLM, llm(Duration.ofSeconds(5), 3, 4)));
        assertThat(result.fallbackReason()).isEqualTo(FallbackReason.INVALID_OUTPUT);
        assertThat(result.value().statements()).isNotEmpty();
    }

    @Test
    void theTenantsChoiceAndTheDeploymentsCapDecideWhetherTheModelIsAsked() {
        AiSettings.Llm llm = llm(Duration.ofSeconds(5), 3, 4);
        assertThat(ask(answers(AiMode.LLM, AiMode.OFFLINE, llm)).mode()).isEqualTo(AnswerMode.OFFLINE);
        assertThat(ask(answers(AiMode.OFFLINE, AiMode.LLM, llm)).mode()).isEqualTo(AnswerMode.OFFLINE);
        AiResult<VerifiedDraft> off = ask(answers(AiMode.LLM, AiMode.OFF, llm));
        assertThat(off.mode()).isEqualTo(AnswerMode.OFF);
        assertThat(off.value()).isNull();
        assertThat(server.requestCount()).isZero();
        assertThat(ask(answers(AiMode.LLM, AiMode.LLM, AiSettings.Llm.defaults())).fallbackReason())
                .isEqualTo(FallbackReason.NOT_CONFIGURED);
    }

    @Test
    void personalDataOfPeopleOtherThanTheSubjectNeverReachesTheModel() {
        GroundedPrompt withPeople = new GroundedPrompt("test-capability", "Summarise the feedback for Sara.",
                "Summarise my feedback", List.of(new Evidence("S1", new SourceRef("feedback", "f1"),
                        "Erik Johansson (erik.johansson@acme.example, +46 70 123 45 67) wrote: Sara Nilsson ran the"
                                + " retrospective well. Erik also said Sara could delegate more.")));
        People people = new People(new Person("Sara", "Nilsson", "sara.nilsson@acme.example", null),
                List.of(new Person("Erik", "Johansson", "erik.johansson@acme.example", "+46 70 123 45 67")));
        answers(AiMode.LLM, AiMode.LLM, llm(Duration.ofSeconds(5), 3, 4)).draft(withPeople, this::offline, people);

        String sent = server.requests().getFirst().toString();
        assertThat(sent).doesNotContain("Erik", "Johansson", "erik.johansson", "123 45 67");
        assertThat(sent).contains("Sara Nilsson ran the retrospective well", "[person 1]");
    }

    @Test
    void theBreakerStartsClosed() {
        AiSettings.Llm llm = llm(Duration.ofSeconds(5), 3, 4);
        ResilientChat chat = new ResilientChat(ChatModels.create(llm).orElseThrow(), llm, meters);
        assertThat(chat.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

}
