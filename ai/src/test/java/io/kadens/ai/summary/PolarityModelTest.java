package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The structure features of {@link PolarityModel}: what a sentence does, in English and Swedish alike. */
class PolarityModelTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            I'd really like the agenda a day earlier.                              | en | x:request
            I wish you would tell us before the plan changes.                      | en | x:request
            Maybe a fixed slot each day for reviews could help.                    | en | x:request
            Jag skulle vilja att du svarade tidigare på mejlen.                    | sv | x:request
            Det vore skönt om agendan kom dagen innan.                             | sv | x:request
            Dela gärna upp stora uppgifter innan du uppskattar dem.                | sv | x:request
            New engineers should be able to handle the common alerts alone.        | en | x:should
            Du borde ta upp det med teamet direkt.                                 | sv | x:should
            Kan du låta någon läsa igenom offerterna innan de skickas?             | sv | x:question
            I get that everything is urgent for everyone.                          | en | x:concession
            Även om kunden var sen hann du klart i tid.                            | sv | x:concession
            It works, but nobody else can follow the spreadsheet.                  | en | x:contrast-inside
            The reports don't match the calculator.                                | en | x:negation
            Inte en enda faktura har fastnat sedan uppgraderingen.                 | sv | x:negation
            Month-end close now finishes on the fourth working day.                | en | x:better-now
            För första gången vet hela teamet vad som kommer.                      | sv | x:better-now
            The order still sat in the queue for nine days.                        | en | x:lasting
            Helgpassen har gått på övertid sedan september.                        | sv | x:lasting
            You moved the release again.                                           | en | x:lasting
            We only heard about the price change after the launch.                 | en | x:late
            Vi fick budgetmallen först i slutet av november.                       | sv | x:late
            """)
    void aSentenceThatDoesThisCarriesTheFeature(String sentence, String language, String feature) {
        assertThat(PolarityModel.features(sentence, language, false)).containsKey(feature);
    }

    @ParameterizedTest(name = "{0} -/-> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Her presentations are clear and very well structured.                  | en | x:request
            The notes say a great deal about the customer.                         | en | x:should
            Hon gör alltid ett noggrant jobb.                                      | sv | x:negation
            Knowledge of the product is deep.                                      | en | x:better-now
            Hon är nu ansvarig för lagret.                                         | sv | x:lasting
            Ninety percent of the tickets are closed within a day.                 | en | x:late
            """)
    void aSentenceThatDoesNotDoesNot(String sentence, String language, String feature) {
        assertThat(PolarityModel.features(sentence, language, false)).doesNotContainKey(feature);
    }
}
