package io.kadens.ai.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.Draft;
import io.kadens.ai.DraftStatement;
import io.kadens.ai.Evidence;
import io.kadens.ai.SourceRef;
import io.kadens.ai.VerifiedDraft;
import io.kadens.ai.VerifiedDraft.DropReason;
import io.kadens.ai.testing.SharedEmbeddings;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatementVerifierTest {

    final SourceRef handbook = new SourceRef("content", "handbook");
    final SourceRef secretGoal = new SourceRef("goal", "ceo-goal");
    final List<Evidence> evidence = List.of(
            new Evidence("S1", handbook, "Give feedback early and often: describe the situation, the behaviour and"
                    + " its impact."),
            new Evidence("S2", secretGoal, "Reduce staff costs by ten percent before the merger."));

    final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    final StatementVerifier verifier = new StatementVerifier(SharedEmbeddings.get(),
            sources -> {
                // Asked once per draft, with every cited source at once.
                calls.incrementAndGet();
                return sources.stream().filter(source -> !source.equals(secretGoal)).collect(
                        java.util.stream.Collectors.toSet());
            }, 0.35);

    @Test
    void eachKindOfUngroundedStatementIsDroppedWithItsReason() {
        VerifiedDraft result = verifier.verify(new Draft(List.of(
                new DraftStatement("When giving feedback, describe the situation, behaviour and impact.", List.of("S1")),
                new DraftStatement("Feedback works best early.", List.of()),
                new DraftStatement("Give feedback early.", List.of("S7")),
                new DraftStatement("Staff costs will be cut before the merger.", List.of("S2")),
                new DraftStatement("Quarterly revenue grew by forty percent in Asia.", List.of("S1")),
                new DraftStatement("  ", List.of("S1")))), evidence);

        assertThat(result.statements()).singleElement().satisfies(kept -> {
            assertThat(kept.citations()).containsExactly(handbook);
            assertThat(kept.support()).isGreaterThan(0.5);
        });
        Map<String, DropReason> dropped = result.dropped().stream()
                .collect(Collectors.toMap(d -> d.statement().text(), VerifiedDraft.Dropped::reason));
        assertThat(dropped).containsEntry("Feedback works best early.", DropReason.NO_CITATION)
                .containsEntry("Give feedback early.", DropReason.UNRESOLVED_CITATION)
                .containsEntry("Staff costs will be cut before the merger.", DropReason.NOT_VISIBLE)
                .containsEntry("Quarterly revenue grew by forty percent in Asia.", DropReason.UNSUPPORTED)
                .containsEntry("", DropReason.EMPTY);
        assertThat(calls).as("one visibility check for the whole draft").hasValue(1);
    }

    @Test
    void oneInvisibleCitationSinksTheWholeStatement() {
        VerifiedDraft result = verifier.verify(new Draft(List.of(new DraftStatement(
                "Describe the situation and impact when giving feedback.", List.of("S1", "S2")))), evidence);
        assertThat(result.statements()).isEmpty();
        assertThat(result.dropped()).extracting(VerifiedDraft.Dropped::reason).containsExactly(DropReason.NOT_VISIBLE);
    }
}
