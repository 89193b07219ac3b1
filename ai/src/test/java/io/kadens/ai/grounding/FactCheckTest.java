package io.kadens.ai.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.grounding.FactCheck.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactCheckTest {

    static final String SOURCE = "Ingrid Dahl runs the quarterly planning day. In Q2 the team shipped 14 of 16"
            + " planned items, and most retros ended on time. The office does not open on Saturdays.";
    static final String SWEDISH = "Kenneth Ås leder arbetsmiljögruppen. Gruppen träffas oftast i början av"
            + " varje månad och har inte haft något möte i juli.";

    private static Optional<Kind> kind(String statement, String source) {
        return FactCheck.disagreement(statement, List.of(source)).map(FactCheck.Disagreement::kind);
    }

    @Test
    void faithfulParaphrasesAgree() {
        assertThat(kind("The team shipped 14 of the 16 planned items in Q2.", SOURCE)).isEmpty();
        assertThat(kind("Ingrid Dahl is in charge of the quarterly planning day.", SOURCE)).isEmpty();
        assertThat(kind("The office is not open on Saturdays.", SOURCE)).isEmpty();
        assertThat(kind("Arbetsmiljögruppen leds av Kenneth Ås.", SWEDISH)).isEmpty();
        assertThat(kind("Gruppen har inte träffats i juli.", SWEDISH)).isEmpty();
        assertThat(kind("Gruppen träffas i början av varje månad.", SWEDISH)).isEmpty();
    }

    @Test
    void aWrongNumberOrDateDisagrees() {
        assertThat(kind("The team shipped 15 of 16 planned items in Q2.", SOURCE)).contains(Kind.NUMBER);
        assertThat(kind("The team shipped fifteen planned items.", SOURCE)).contains(Kind.NUMBER);
        assertThat(kind("The team shipped 14 of 16 planned items in Q3.", SOURCE)).contains(Kind.DATE);
        assertThat(kind("Gruppen har inte haft något möte i augusti.", SWEDISH)).contains(Kind.DATE);
    }

    @Test
    void aNegatedOrUnNegatedClaimDisagrees() {
        assertThat(kind("The office opens on Saturdays.", SOURCE)).contains(Kind.NEGATION);
        assertThat(kind("The team did not ship 14 of 16 planned items in Q2.", SOURCE)).contains(Kind.NEGATION);
        assertThat(kind("Gruppen har haft möte i juli.", SWEDISH)).contains(Kind.NEGATION);
    }

    @Test
    void aPersonNotInTheSourceDisagrees() {
        assertThat(kind("Peter Holm runs the quarterly planning day.", SOURCE)).contains(Kind.NAME);
        assertThat(kind("The planning day is run by Peter.", SOURCE)).contains(Kind.NAME);
        assertThat(kind("Arbetsmiljögruppen leds av Åsa Lind.", SWEDISH)).contains(Kind.NAME);
    }

    @Test
    void anAbsoluteTheSourceDoesNotClaimDisagrees() {
        assertThat(kind("Retros always end on time.", SOURCE)).contains(Kind.ABSOLUTE);
        assertThat(kind("Every retro ended on time.", SOURCE)).contains(Kind.ABSOLUTE);
        assertThat(kind("Gruppen träffas alltid i början av månaden.", SWEDISH)).contains(Kind.ABSOLUTE);
        assertThat(kind("Alla i gruppen leder arbetsmiljöarbetet.", SWEDISH)).contains(Kind.ABSOLUTE);
    }

    @Test
    void numbersWrittenWithEitherSeparatorAgree() {
        String tickets = "The team handled 12,000 tickets in 2026 and grew revenue by 4.5%.";
        assertThat(kind("The team handled 12 000 tickets.", tickets)).isEmpty();
        assertThat(kind("Revenue grew by 4,5 %.", tickets)).isEmpty();
        assertThat(kind("The team handled 15 000 tickets.", tickets)).contains(Kind.NUMBER);
        assertThat(kind("Teamet hanterade 1 200 000 ärenden.", "They handled 1,200,000 tickets.")).isEmpty();
    }

    @Test
    void anIsoDateSaysItsMonth() {
        String source = "The migration finished on 2027-03-14.";
        assertThat(kind("The migration finished in March 2027.", source)).isEmpty();
        assertThat(kind("The migration finished in April 2027.", source)).contains(Kind.DATE);
    }

    @Test
    void aNameStartingASentenceInPlaceOfTheSourcesPersonDisagrees() {
        String source = "Åsa Lindström led the migration in March.";
        assertThat(kind("Örjan led the migration.", source)).contains(Kind.NAME);
        assertThat(kind("Lindström led the migration.", source)).isEmpty();
        assertThat(kind("She led the migration.", source)).isEmpty();
        assertThat(kind("Hon led the migration.", source)).isEmpty();
        // The sentence's first word is no name when nothing in the source had one in its place.
        assertThat(kind("Planning went well.", "Planning with Åsa went well.")).isEmpty();
    }
}
