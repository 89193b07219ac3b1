package io.kadens.ai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.ai.CompetencyTerms;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryExpansionTest {

    static final List<CompetencyTerms> FRAMEWORK = List.of(
            new CompetencyTerms("Kommunikation", List.of("tydlig", "lyssna", "communication")),
            new CompetencyTerms("Kundfokus", List.of("kund", "klagomål", "customer")));

    @Test
    void aQuestionNamingACompetencyGetsItsWordsAndAnInflectionCounts() {
        assertThat(QueryExpansion.terms("hur blir kommunikationen bättre", FRAMEWORK))
                .isEqualTo("kommunikation or tydlig or lyssna or communication");
        assertThat(QueryExpansion.terms("Customers who complain", FRAMEWORK))
                .isEqualTo("kundfokus or kund or klagomål or customer");
    }

    @Test
    void shortWordsMatchOnlyWholeAndAQuestionNamingNothingIsNotExpanded() {
        assertThat(QueryExpansion.terms("kundens behov", FRAMEWORK)).as("'kund' is short: whole word only").isNull();
        assertThat(QueryExpansion.terms("en kund ringde", FRAMEWORK)).startsWith("kundfokus");
        assertThat(QueryExpansion.terms("travel policy", FRAMEWORK)).isNull();
        assertThat(QueryExpansion.terms("anything", List.of())).isNull();
    }

    @Test
    void weightedFusionLetsTheHeavierRankingLead() {
        List<String> vector = List.of("a", "b");
        List<String> text = List.of("b", "c");
        assertThat(ReciprocalRankFusion.fuse(List.of(vector, text), new double[] {1, 0}, 60))
                .extracting(ReciprocalRankFusion.Fused::item).startsWith("a", "b");
        assertThat(ReciprocalRankFusion.fuse(List.of(vector, text), new double[] {1, 3}, 60))
                .extracting(ReciprocalRankFusion.Fused::item).containsExactly("b", "c", "a");
        assertThatThrownBy(() -> new FusionWeights(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FusionWeights.TUNED.textWeight("sv")).isEqualTo(FusionWeights.TUNED.swedishText());
    }

    @Test
    void anyWordJoinsTheQuestionsWordsWithOrAndDropsWebsearchOperators() {
        assertThat(JdbcKnowledgeIndex.anyWord("hur  ofta -har \"vi\" samtal")).isEqualTo("hur or ofta or har or vi or samtal");
    }
}
