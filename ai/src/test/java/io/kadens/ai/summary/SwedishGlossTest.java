package io.kadens.ai.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwedishGlossTest {

    @Test
    void inflectedWordsAreGlossedByTheirStem() {
        assertThat(SwedishGloss.word("kunderna")).isEqualTo("customer");
        assertThat(SwedishGloss.word("mötet")).isEqualTo("meeting");
        assertThat(SwedishGloss.word("planerade")).isEqualTo("plan");
        assertThat(SwedishGloss.word("kön")).isEqualTo("queue");
    }

    @Test
    void compoundsAreSplitIntoGlossaryParts() {
        assertThat(SwedishGloss.word("kundmötena")).isEqualTo("customer meeting");
        assertThat(SwedishGloss.word("arbetsmiljön")).isEqualTo("work environment");
        assertThat(SwedishGloss.word("veckomötet")).isEqualTo("week meeting");
    }

    @Test
    void functionWordsAreWholeWordsOnlyAndUnknownWordsAreLeftOut() {
        assertThat(SwedishGloss.gloss("Du svarar inte på mejlen från kunderna.")).isEqualTo(
                "you answer not on email from customer");
        assertThat(SwedishGloss.word("förbättringarna")).isEqualTo("improvement");
        assertThat(SwedishGloss.gloss("Qwzx blev klar 12 dagar för sent.")).isEqualTo("became ready 12 days for late");
    }
}
