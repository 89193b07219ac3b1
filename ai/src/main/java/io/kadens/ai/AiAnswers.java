package io.kadens.ai;

import io.kadens.ai.grounding.StatementVerifier;
import io.kadens.ai.llm.LlmFailure;
import io.kadens.ai.llm.ResilientChat;
import io.kadens.tenants.CurrentTenantResolver;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every AI capability gets its answer. The tenant's effective mode decides: {@code off}
 * answers nothing, {@code offline} runs the capability's offline engine in process, {@code llm}
 * asks the language model (names and contact details of everyone in the tenant but the subject redacted, retrieved
 * content fenced as data) and falls back to the offline engine when the model fails, saying why.
 * Drafts are verified either way: statements without resolvable, visible, supporting citations
 * are dropped before anyone sees them.
 */
public class AiAnswers {

    private static final Logger log = LoggerFactory.getLogger(AiAnswers.class);

    private final AiSettings settings;
    private final TenantAiModes modes;
    private final ResilientChat chat;
    private final StatementVerifier verifier;
    private final CurrentTenantResolver tenants;
    private final MeterRegistry meters;
    private final PeopleDirectory directory;

    /**
     * @param chat      null when the deployment configured no language model
     * @param directory everyone of the bound tenant: their names never reach the model
     */
    public AiAnswers(AiSettings settings, TenantAiModes modes, ResilientChat chat, StatementVerifier verifier,
                     CurrentTenantResolver tenants, MeterRegistry meters, PeopleDirectory directory) {
        this.directory = directory;
        this.settings = settings;
        this.modes = modes;
        this.chat = chat;
        this.verifier = verifier;
        this.tenants = tenants;
        this.meters = meters;
    }

    /** The mode the bound tenant's people get now. */
    public AiMode effectiveMode() {
        return modes.effectiveMode().cappedBy(settings.deploymentMode());
    }

    /**
     * One structured answer.
     *
     * @param prompt  instructions, the person's request and the evidence (only what the requester may see)
     * @param type    the record the model is asked to fill
     * @param offline the offline engine's answer, used in offline mode and whenever the model fails
     * @param people  the subject, whose own data may stay, and people the capability knows to be mentioned;
     *                everyone else of the tenant's directory is redacted as well
     */
    public <T> AiResult<T> answer(GroundedPrompt prompt, Class<T> type, Supplier<T> offline,
                                  PersonalDataRedactor.People people) {
        AiMode mode = effectiveMode();
        String tenant = tenantTag();
        if (mode == AiMode.OFF) {
            count(prompt.capability(), tenant, AnswerMode.OFF, null);
            return AiResult.off();
        }
        if (mode == AiMode.OFFLINE) {
            count(prompt.capability(), tenant, AnswerMode.OFFLINE, null);
            return new AiResult<>(offline.get(), AnswerMode.OFFLINE, null);
        }
        FallbackReason reason;
        if (chat == null) {
            reason = FallbackReason.NOT_CONFIGURED;
        } else {
            PersonalDataRedactor.People everyone = (people == null ? PersonalDataRedactor.People.none() : people)
                    .including(directory.everyone());
            GroundedPrompt safe = prompt.redacted(PersonalDataRedactor.forPrompt(everyone));
            try {
                T value = chat.call(prompt.capability(), tenant, safe.system(), safe.user(), type);
                count(prompt.capability(), tenant, AnswerMode.LLM, null);
                return new AiResult<>(value, AnswerMode.LLM, null);
            } catch (LlmFailure failure) {
                reason = failure.reason();
                log.warn("LLM answer for {} failed ({}): the offline engine answers", prompt.capability(), reason);
            }
        }
        count(prompt.capability(), tenant, AnswerMode.OFFLINE, reason);
        return new AiResult<>(offline.get(), AnswerMode.OFFLINE, reason);
    }

    /** A draft of cited statements, verified whoever wrote it. */
    public AiResult<VerifiedDraft> draft(GroundedPrompt prompt, Supplier<Draft> offline,
                                         PersonalDataRedactor.People people) {
        return answer(prompt, Draft.class, offline, people).map(draft -> verify(draft, prompt));
    }

    /** Verifies a draft against the evidence of its prompt. */
    public VerifiedDraft verify(Draft draft, GroundedPrompt prompt) {
        return verifier.verify(draft, prompt.evidence());
    }

    private String tenantTag() {
        return TenantScope.explicitTenant().or(tenants::currentTenant).map(TenantId::toString).orElse("none");
    }

    private void count(String capability, String tenant, AnswerMode mode, FallbackReason reason) {
        Counter.builder("kadens.ai.answers").description("AI answers by who answered and why")
                .tag("capability", capability)
                .tag("mode", mode.name().toLowerCase(Locale.ROOT))
                .tag("fallback", reason == null ? "none" : reason.name().toLowerCase(Locale.ROOT))
                .register(meters).increment();
    }
}
