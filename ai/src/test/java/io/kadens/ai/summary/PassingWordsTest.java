package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words that only say when or where in passing: the thirteenth-set round's candidate ({@link PassingWords}). */
class PassingWordsTest {

    @Test
    void timesOfDayWeekdaysSeasonsAndShiftsOnlySayWhen() {
        assertThat(PassingWords.isPassing("evenings", "en")).isTrue();
        assertThat(PassingWords.isPassing("thursday", "en")).isTrue();
        assertThat(PassingWords.isPassing("winter", "en")).isTrue();
        assertThat(PassingWords.isPassing("shifts", "en")).isTrue();
        assertThat(PassingWords.isPassing("upstairs", "en")).isTrue();
        assertThat(PassingWords.isPassing("förmiddagen", "sv")).isTrue();
        assertThat(PassingWords.isPassing("våras", "sv")).isTrue();
        assertThat(PassingWords.isPassing("lördagskvällarna", "sv")).isTrue();
        assertThat(PassingWords.isPassing("kvällspasset", "sv")).isTrue();
        assertThat(PassingWords.isPassing("nere", "sv")).isTrue();
    }

    @Test
    void wordsOfTheWorkItselfAreNoPassingWords() {
        // A course in the evening is still about the course; a rota is a topic; "passar" and "majs" are other words.
        assertThat(PassingWords.isPassing("kvällskursen", "sv")).isFalse();
        assertThat(PassingWords.isPassing("passar", "sv")).isFalse();
        assertThat(PassingWords.isPassing("majs", "sv")).isFalse();
        assertThat(PassingWords.isPassing("rota", "en")).isFalse();
        assertThat(PassingWords.isPassing("handover", "en")).isFalse();
        assertThat(PassingWords.isPassing("schemat", "sv")).isFalse();
    }
}
