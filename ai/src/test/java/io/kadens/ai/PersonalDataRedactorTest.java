package io.kadens.ai;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.PersonalDataRedactor.People;
import io.kadens.ai.PersonalDataRedactor.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalDataRedactorTest {

    final Person sara = new Person("Sara", "Nilsson", "sara.nilsson@acme.example", "+46 70 111 22 33");
    final Person erik = new Person("Erik", "Johansson", "erik.johansson@acme.example", "+46 70 123 45 67");
    final Person anna = new Person("Anna", "Lindqvist", "anna@acme.example", null);
    final People people = new People(sara, List.of(sara, erik, anna));

    @Test
    void othersNamesBecomeConsistentPlaceholdersAndTheSubjectStays() {
        var redact = PersonalDataRedactor.forPrompt(people);
        String first = redact.apply("Erik Johansson praised Sara Nilsson; Anna agreed with erik.");
        String second = redact.apply("Later JOHANSSON asked Sara again.");
        assertThat(first).isEqualTo("[person 1] praised Sara Nilsson; [person 2] agreed with [person 1].");
        assertThat(second).isEqualTo("Later [person 1] asked Sara again.");
    }

    @Test
    void contactDetailsOfOthersAndUnknownAddressesAreRemovedButTheSubjectsStay() {
        String text = "Mail erik.johansson@acme.example or boss@other.example, call +46 70 123 45 67;"
                + " Sara is at sara.nilsson@acme.example and +46 70 111 22 33. Due 2026-12-31, 42 goals.";
        String redacted = PersonalDataRedactor.redact(text, people);
        assertThat(redacted).doesNotContain("erik.johansson", "boss@other", "123 45 67")
                .contains("[email]", "[phone]", "sara.nilsson@acme.example", "+46 70 111 22 33", "2026-12-31",
                        "42 goals");
    }

    @Test
    void wordsThatMerelyContainANameAreLeftAlone() {
        assertThat(PersonalDataRedactor.redact("Annals of Erikson's theory", people))
                .isEqualTo("Annals of Erikson's theory");
    }
}
