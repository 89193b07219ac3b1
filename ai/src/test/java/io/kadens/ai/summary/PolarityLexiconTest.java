package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

class PolarityLexiconTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Her presentations are clear and very well structured.                      | en | 1
            The status reports were often late and confusing.                          | en | -1
            The plan was not clear to anyone.                                          | en | -1
            He is never late with his deliverables.                                    | en | 1
            She is helpful, but she could delegate more.                               | en | -1
            Although the demo was rushed, the design work is excellent.                | en | 1
            It would be good if you shared the agenda earlier.                         | en | -1
            I wish the feedback came sooner.                                           | en | -1
            Thanks for the incredibly thorough code reviews!                           | en | 1
            Hon är väldigt tydlig och strukturerad på mötena.                          | sv | 1
            Statusrapporterna var otydliga och kom ofta sent.                          | sv | -1
            Planen var inte tydlig för teamet.                                         | sv | -1
            Han är hjälpsam, men han borde delegera mer.                               | sv | -1
            Det skulle vara bra om du skickade agendan tidigare.                       | sv | -1
            Tack för ett jättebra samarbete i projektet!                               | sv | 1
            Hon glömmer aldrig att följa upp.                                          | sv | 1
            Month-end close now finishes on the fourth working day instead of the eighth. | en | 1
            Returflödet tar nu en dag i stället för tre.                               | sv | 1
            Support found out from a customer instead of from you.                     | en | -1
            I'd love to see you join a few of the planning calls.                      | en | -1
            A quick thank-you in the Monday meeting would go a long way.               | en | -1
            A checklist would have saved us the second trip.                           | en | -1
            Ett par rader i ärendet hade sparat mig en förmiddag.                      | sv | -1
            """)
    void scoresPraiseAboveAndCriticismOrGrowthWishesBelowZero(String sentence, String language, int sign) {
        double score = PolarityLexicon.score(sentence, language);
        assertThat(Math.signum(score)).as("score %.2f", score).isEqualTo((double) sign);
        // The guess agrees with the annotated language, so unlabeled items are scored with the right lexicon.
        assertThat(PolarityLexicon.guessLanguage(sentence)).isEqualTo(language);
    }

    /** The first side of "X, but Y" that grants a point only to set it aside joins the criticism after it. */
    @ParameterizedTest
    @ValueSource(strings = {"Det är säkert genomtänkt", "Uppdateringen av inloggningen var säkert nödvändig",
            "Choosing the new logging vendor may have been the right call", "I get that everything is urgent for everyone",
            "The feature itself is good", "Jag förstår att det är mycket just nu", "Visserligen kom rapporten i tid",
            "The slides are fine"})
    void aConcessionBeforeAContrastIsAHedge(String firstSide) {
        assertThat(PolarityLexicon.isHedge(firstSide, PolarityLexicon.guessLanguage(firstSide))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The demos are excellent", "Hon är alltid förberedd på mötena", "You sorted the deadline out"})
    void aPlainVerdictIsNoHedge(String firstSide) {
        assertThat(PolarityLexicon.isHedge(firstSide, PolarityLexicon.guessLanguage(firstSide))).isFalse();
    }
}
