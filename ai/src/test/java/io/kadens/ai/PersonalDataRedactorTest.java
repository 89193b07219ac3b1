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

    @Test
    void theSubjectStaysWhenTheDirectoryListsThemAgainAndNamesMatchAsWholeWords() {
        Person saraInDirectory = new Person("Sara", "Nilsson", "SARA.NILSSON@acme.example", null);
        Person anneMarie = new Person("Anne-Marie", "O'Brien", null, null);
        People withDirectory = people.including(List.of(saraInDirectory, anneMarie));
        String redacted = PersonalDataRedactor.redact("Sara Nilsson met Anne-Marie O'Brien, then anne-marie\n"
                + "o\u2019brien met Erik. Johansson's notes: erik.johansson@acme.example", withDirectory);
        assertThat(redacted).isEqualTo("Sara Nilsson met [person 1], then [person 1] met [person 2]. [person 2]'s notes:"
                + " [email]");
    }

    @Test
    void aDirectoryOfThousandsIsRedactedWordByWord() {
        List<Person> directory = java.util.stream.IntStream.range(0, 5000)
                .mapToObj(i -> new Person("Gi" + letters(i), "Fa" + letters(i), null, null)).toList();
        People everyone = new People(null, directory);
        String text = ("Gi" + letters(4999) + " Fa" + letters(4999) + " praised Fa" + letters(17) + " and gi"
                + letters(2) + ". ").repeat(200);
        String redacted = PersonalDataRedactor.redact(text, everyone);
        assertThat(redacted).doesNotContainIgnoringCase("Fa" + letters(4999)).doesNotContain("Fa" + letters(17))
                .startsWith("[person 1] praised [person 2] and [person 3]. [person 1]");
    }

    /** 0 is "aaa", 1 is "aab", ...: names of letters only, as names are. */
    private static String letters(int i) {
        return "" + (char) ('a' + i / 676 % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }
}
