package io.kadens.ai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrossLanguageTermsTest {

    @Test
    void aSwedishQuestionGetsTheEnglishWordsOfItsWorkplaceTerms() {
        assertThat(CrossLanguageTerms.terms("ersättning för utlägg")).isEqualTo(
                "reimbursed or reimbursement or expenses or expense");
        assertThat(CrossLanguageTerms.terms("hur fungerar befordringar")).isEqualTo("promotion or promotions");
        assertThat(CrossLanguageTerms.terms("mål och nyckelresultaten")).isEqualTo("key results");
    }

    @Test
    void anEnglishQuestionGetsTheSwedishWords() {
        assertThat(CrossLanguageTerms.terms("can I work from home")).isEqualTo("hemifrån or distansarbete");
        assertThat(CrossLanguageTerms.terms("who decides promotions")).isEqualTo("befordran");
    }

    @Test
    void shortKeysMatchWholeWordsOnlyAndUnlistedQuestionsGetNothing() {
        assertThat(CrossLanguageTerms.terms("homepage redesign")).isNull();
        assertThat(CrossLanguageTerms.terms("tåg eller flyg på resor")).isNull();
        assertThat(CrossLanguageTerms.terms("  ")).isNull();
    }

    @Test
    void joinsTwoExpansionsEitherOfWhichMayBeMissing() {
        assertThat(CrossLanguageTerms.join(null, null)).isNull();
        assertThat(CrossLanguageTerms.join("a", null)).isEqualTo("a");
        assertThat(CrossLanguageTerms.join(null, "b")).isEqualTo("b");
        assertThat(CrossLanguageTerms.join("a", "b")).isEqualTo("a or b");
    }
}
