package io.kadens.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NextStepTimesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void aStepDueOnADayShowsTheDayAloneInTheOrganisationsZone() {
        Instant startOfDay = LocalDate.of(2027, 1, 9).atStartOfDay(STOCKHOLM).toInstant();
        assertThat(new NextStepTimes(Locale.forLanguageTag("sv"), STOCKHOLM).format(startOfDay))
                .isEqualTo("9 jan. 2027");
        assertThat(new NextStepTimes(Locale.ENGLISH, STOCKHOLM).format(startOfDay)).isEqualTo("Jan 9, 2027");
    }

    @Test
    void aStepAtATimeKeepsItsTimeAndMidnightIsReadInTheOrganisationsZoneNotUtc() {
        Instant meeting = LocalDateTime.of(2026, 12, 14, 10, 0).atZone(STOCKHOLM).toInstant();
        assertThat(new NextStepTimes(Locale.forLanguageTag("sv"), STOCKHOLM).format(meeting))
                .isEqualTo("14 dec. 2026 10:00");
        // Stockholm's midnight is 23:00 in UTC the day before: it is a day only for Stockholm.
        Instant stockholmMidnight = LocalDate.of(2027, 1, 9).atStartOfDay(STOCKHOLM).toInstant();
        assertThat(new NextStepTimes(Locale.forLanguageTag("sv"), ZoneId.of("UTC")).format(stockholmMidnight))
                .isEqualTo("8 jan. 2027 23:00");
        assertThat(new NextStepTimes(Locale.ENGLISH, STOCKHOLM).format(null)).isEmpty();
    }
}
