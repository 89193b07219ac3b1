package io.kadens.ai.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.AiMode;
import io.kadens.ai.AiResult;
import io.kadens.ai.AiSettings;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.FallbackReason;
import io.kadens.ai.PeopleDirectory;
import io.kadens.ai.PersonalDataRedactor.People;
import io.kadens.ai.grounding.StatementVerifier;
import io.kadens.ai.llm.ChatModels;
import io.kadens.ai.llm.ResilientChat;
import io.kadens.ai.testing.FakeOpenAiServer;
import io.kadens.ai.testing.SharedEmbeddings;
import io.kadens.tenants.CurrentTenantResolver;
import io.kadens.tenants.TenantId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The plan drafting capability by AI mode, the LLM path against a fake server speaking the real protocol. */
class PlanDraftsTest {

    static final TenantId TENANT = TenantId.random();

    final FakeOpenAiServer server = new FakeOpenAiServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private PlanDrafts drafts(AiMode mode) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        AiSettings.Llm llm = new AiSettings.Llm("openai", server.baseUrl(), "test-key", "fake-model",
                Duration.ofSeconds(5), 1, Duration.ofMillis(20), 500, 4, 50, Duration.ofMinutes(5));
        AiSettings settings = new AiSettings(AiMode.LLM.name(), llm, null);
        ResilientChat chat = ChatModels.create(llm).map(model -> new ResilientChat(model, llm, meters)).orElse(null);
        StatementVerifier unused = new StatementVerifier(SharedEmbeddings.get(), Set::copyOf, 0.35);
        CurrentTenantResolver resolver = () -> Optional.of(TENANT);
        AiAnswers answers = new AiAnswers(settings, () -> mode, chat, unused, resolver, meters, PeopleDirectory.NONE);
        return new PlanDrafts(answers, SharedEmbeddings.get(), 0.35);
    }

    private static PlanDraftRequest request() {
        return PlanDraftEngineTest.request(PlanDraftEngineTest.THEMES, PlanDraftEngineTest.MENTORS, 6, "en");
    }

    @Test
    void offlineModeAnswersWithTheEngineAndOffModeWithNothing() {
        AiResult<PlanDraftOutcome> offline = drafts(AiMode.OFFLINE).draft(request(), People.none());
        assertThat(offline.mode()).isEqualTo(AnswerMode.OFFLINE);
        assertThat(offline.value()).isEqualTo(new PlanDraftEngine().draft(request()));
        assertThat(server.requestCount()).isZero();

        AiResult<PlanDraftOutcome> off = drafts(AiMode.OFF).draft(request(), People.none());
        assertThat(off.mode()).isEqualTo(AnswerMode.OFF);
        assertThat(off.value()).isNull();
    }

    @Test
    void theModelMayOnlyRewordAndRewordingsThatDoNotVerifyAreDropped() {
        server.answering("""
                {"statements": [
                  {"text": "By 6 February 2027 I raise my Stakeholder communication rating from 1 to 3 by tailoring my messages to each stakeholder group, so that I meet the expectations for Analyst.", "sources": ["S1", "S2", "P1"]},
                  {"text": "Raise my Data analysis rating from 2 to 4 by 6 April 2027, so that I meet the expectations for Analyst.", "sources": ["S1", "S3", "P2"]},
                  {"text": "Complete the Harvard leadership programme by 6 June 2027.", "sources": ["S99"]}
                ]}""");
        PlanDraft offline = (PlanDraft) new PlanDraftEngine().draft(request());

        AiResult<PlanDraftOutcome> result = drafts(AiMode.LLM).draft(request(), People.none());

        assertThat(result.mode()).isEqualTo(AnswerMode.LLM);
        PlanDraft draft = (PlanDraft) result.value();
        assertThat(draft.objectives().getFirst().text()).startsWith("By 6 February 2027 I raise");
        assertThat(draft.objectives().getFirst().smart().missing()).isEmpty();
        // A level the sources do not hold, and a citation that does not resolve: the engine's wording stays.
        assertThat(draft.objectives().get(1).text()).isEqualTo(offline.objectives().get(1).text());
        assertThat(draft.objectives().get(2).text()).isEqualTo(offline.objectives().get(2).text());
        assertThat(draft.leftOut()).filteredOn(n -> n.reason() == LeftOut.Reason.REWORDING_DROPPED)
                .extracting(LeftOut::competencyId).containsExactly("c-data", "c-coach");
        // Nothing but wording changes: gaps, actions, dates and citations are the engine's.
        assertThat(draft.gaps()).isEqualTo(offline.gaps());
        assertThat(draft.citedSources()).isEqualTo(offline.citedSources());
        assertThat(draft.objectives()).extracting(DraftObjective::actions)
                .isEqualTo(offline.objectives().stream().map(DraftObjective::actions).toList());
        assertThat(FakeOpenAiServer.message(server.requests().getFirst(), "user")).contains("<source label=\"P1\"");
    }

    @Test
    void aFailingModelFallsBackToTheEngineSayingWhy() {
        server.failing(Integer.MAX_VALUE, 503);

        AiResult<PlanDraftOutcome> result = drafts(AiMode.LLM).draft(request(), People.none());

        assertThat(result.mode()).isEqualTo(AnswerMode.OFFLINE);
        assertThat(result.fallbackReason()).isEqualTo(FallbackReason.UNAVAILABLE);
        assertThat(result.value()).isEqualTo(new PlanDraftEngine().draft(request()));
    }

    @Test
    void aRedraftedObjectiveIsRewordedUnderTheSameRules() {
        server.answering("""
                {"statements": [{"text": "Reach a manager rating of 3 in Stakeholder communication, up from 1, by 6 February 2027 — so that I meet the expectations for Analyst.", "sources": ["S1", "P1"]}]}""");

        AiResult<Optional<DraftObjective>> result = drafts(AiMode.LLM).redraft(request(), "c-comm", 1, People.none());

        assertThat(result.mode()).isEqualTo(AnswerMode.LLM);
        assertThat(result.value()).hasValueSatisfying(o -> assertThat(o.alternative()).isEqualTo(1));
        assertThat(drafts(AiMode.OFFLINE).redraft(request(), "nope", 1, People.none()).value()).isEmpty();
    }
}
