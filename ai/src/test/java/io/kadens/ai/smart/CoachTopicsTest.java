package io.kadens.ai.smart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoachTopicsTest {

    @Test
    void aTargetFitsOnlyAGoalOnTheSameTopic() {
        assertThat(CoachTopics.fits("Make our users happier with the service", "CSAT")).isFalse();
        assertThat(CoachTopics.fits("Raise customer satisfaction in the Nordics", "CSAT")).isTrue();
        assertThat(CoachTopics.fits("Förbättra kundnöjdheten i butikerna", "NKI")).isTrue();
        assertThat(CoachTopics.fits("Improve customer satisfaction", "operating costs")).isFalse();
        assertThat(CoachTopics.fits("Sänka driftkostnaderna", "kostnad per order")).isTrue();
        assertThat(CoachTopics.fits("Shorten the time we take to answer support mail", "first reply time")).isTrue();
        // A number with no metric is about nothing, and never fits.
        assertThat(CoachTopics.fits("Be a better communicator", null)).isFalse();
        assertThat(CoachTopics.fits("Be a better communicator", "")).isFalse();
        // No family: a shared word stem decides.
        assertThat(CoachTopics.fits("Grow the partner network in Spain", "partner count")).isTrue();
        assertThat(CoachTopics.fits("Grow the partner network in Spain", "invoice count")).isFalse();
    }

    @Test
    void theTargetKeepsItsMetricApart() {
        assertThat(SmartChecker.targetWithMetric("Raise CSAT from 78% to 85% by Q2"))
                .contains(new SmartChecker.Target("CSAT", "85%"));
        assertThat(SmartChecker.targetWithMetric("Cut operating costs by 8%"))
                .hasValueSatisfying(target -> assertThat(target.metric()).isNull());
    }

    @Test
    void theSubjectOfAQuestionIsTheGoalAfterItsVerb() {
        assertThat(CoachTopics.subject("Improve customer satisfaction.")).isEqualTo("customer satisfaction");
        assertThat(CoachTopics.subject("Bli en bättre kommunikatör")).isEqualTo("en bättre kommunikatör");
    }
}
