package io.kadens.ai.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Deadlines people write that name a holiday, the middle of a year, or a date in digits. */
class DeadlineHolidaysAndDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final SmartChecker checker = new SmartChecker();

    private Optional<LocalDate> deadline(String text) {
        return deadline(text, TODAY);
    }

    private Optional<LocalDate> deadline(String text, LocalDate today) {
        SmartAssessment assessment = checker.check(new SmartInput(text, null, null, null, null, null, today));
        return assessment.passes(SmartCriterion.TIME_BOUND) ? assessment.deadline() : Optional.of(LocalDate.MIN);
    }

    @Test
    void tillJulIsChristmasNotJuly() {
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar till jul")).contains(LocalDate.of(2026, 12, 23));
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar före julen")).contains(LocalDate.of(2026, 12, 23));
        assertThat(deadline("Reduce lead time from 10 to 7 days by Christmas", LocalDate.of(2026, 12, 27)))
                .contains(LocalDate.of(2027, 12, 23));
        // The month, when a year follows or the whole word is written.
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar till juli")).contains(LocalDate.of(2027, 7, 31));
    }

    @Test
    void easterAndMidsummerMoveWithTheYear() {
        assertThat(Deadlines.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Deadlines.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar till påsk")).contains(LocalDate.of(2027, 3, 25));
        assertThat(deadline("Cut the lead time from 10 to 7 days before Easter", LocalDate.of(2027, 4, 1)))
                .contains(LocalDate.of(2028, 4, 13));
        // Midsummer Eve 2027 is Friday 25 June.
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar före midsommar")).contains(LocalDate.of(2027, 6, 24));
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar före sommarsemestern"))
                .contains(LocalDate.of(2027, 6, 30));
    }

    @Test
    void theMiddleOfAYear() {
        assertThat(deadline("Increase NPS from 30 to 40 by mid-2027")).contains(LocalDate.of(2027, 6, 30));
        assertThat(deadline("Öka NPS från 30 till 40 till mitten av 2028")).contains(LocalDate.of(2028, 6, 30));
        assertThat(deadline("Öka NPS från 30 till 40 till halvårsskiftet")).contains(LocalDate.of(2027, 6, 30));
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar till sista mars")).contains(LocalDate.of(2027, 3, 31));
        assertThat(deadline("Reduce lead time from 10 to 7 days by the last day of March"))
                .contains(LocalDate.of(2027, 3, 31));
    }

    @Test
    void numericDatesAreReadDayFirstUnlessOnlyMonthFirstCanBeRight() {
        assertThat(deadline("Reduce lead time from 10 to 7 days by 31/3/2027")).contains(LocalDate.of(2027, 3, 31));
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar senast 31/3")).contains(LocalDate.of(2027, 3, 31));
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar senast 31.3.2027")).contains(LocalDate.of(2027, 3, 31));
        assertThat(deadline("Reduce lead time from 10 to 7 days by 3/31/2027")).contains(LocalDate.of(2027, 3, 31));
        // Both readings possible: a deadline, on a day nobody can know from the digits.
        SmartAssessment ambiguous = checker.check(new SmartInput("Reduce lead time from 10 to 7 days by 5/6/2027", null,
                null, null, null, null, TODAY));
        assertThat(ambiguous.passes(SmartCriterion.TIME_BOUND)).isTrue();
        assertThat(ambiguous.deadline()).isEmpty();
    }
}
