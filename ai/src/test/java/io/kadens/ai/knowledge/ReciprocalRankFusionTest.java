package io.kadens.ai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    @Test
    void anItemRankedHighByBothListsBeatsItemsTopOfOnlyOne() {
        // "b" is second in both lists; "a" and "x" each top one list and are absent from the other.
        var fused = ReciprocalRankFusion.fuse(List.of(List.of("a", "b", "c"), List.of("x", "b", "c")), 60);
        assertThat(fused).extracting(ReciprocalRankFusion.Fused::item).containsExactly("b", "c", "a", "x");
        assertThat(fused.getFirst().score()).isEqualTo(2.0 / 62);
        assertThat(fused.getFirst().ranks()).containsExactly(2, 2);
        assertThat(fused.get(2).ranks()).containsExactly(1, null);
    }

    @Test
    void tiesKeepTheOrderOfFirstAppearanceSoTheResultIsDeterministic() {
        var fused = ReciprocalRankFusion.fuse(List.of(List.of("a"), List.of("x")), 60);
        assertThat(fused).extracting(ReciprocalRankFusion.Fused::item).containsExactly("a", "x");
    }

    @Test
    void ranksNotScoresDecideAndASmallConstantFavoursTheTopMore() {
        // With c = 0, first place in one list (1/1) outweighs third place in both (2/3).
        var sharp = ReciprocalRankFusion.fuse(List.of(List.of("a", "m", "c"), List.of("x", "y", "c")), 0);
        assertThat(sharp.getFirst().item()).isEqualTo("a");
        // With the usual c = 60 consensus wins: 2/63 > 1/61.
        var usual = ReciprocalRankFusion.fuse(List.of(List.of("a", "m", "c"), List.of("x", "y", "c")), 60);
        assertThat(usual.getFirst().item()).isEqualTo("c");
    }

    @Test
    void aDuplicateInOneListCountsOnceAtItsBestRank() {
        var fused = ReciprocalRankFusion.fuse(List.of(List.of("a", "a", "b")), 60);
        assertThat(fused).extracting(ReciprocalRankFusion.Fused::item).containsExactly("a", "b");
        assertThat(fused.getFirst().score()).isEqualTo(1.0 / 61);
    }

    @Test
    void emptyListsFuseToNothing() {
        assertThat(ReciprocalRankFusion.fuse(List.of(List.of(), List.of()), 60)).isEmpty();
    }
}
