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

    @Test
    void eveningsOfHolidaysSpansSwedishDatesAndBeforeAYear() {
        // Midsummer's Eve is the Friday between 19 and 25 June; Christmas Eve keeps the year it is given.
        assertThat(deadline("Open the new ferry pier by Midsummer's Eve 2028")).contains(LocalDate.of(2028, 6, 23));
        assertThat(deadline("Öppna den nya färjeterminalen senast midsommarafton 2028")).contains(LocalDate.of(2028, 6, 23));
        assertThat(deadline("Have the ice rink open by Christmas Eve 2028")).contains(LocalDate.of(2028, 12, 24));
        assertThat(deadline("Ha isbanan öppen före julafton")).contains(LocalDate.of(2026, 12, 23));
        // A span between two months ends with the second.
        assertThat(deadline("Cut the gritting runs from 90 to 70 between November 2027 and February 2028"))
                .contains(LocalDate.of(2028, 2, 29));
        // Swedes write the day first: "1/9 2027" is 1 September.
        assertThat(deadline("Sälja säsongskort för parkeringen från och med 1/9 2027")).contains(LocalDate.of(2027, 9, 1));
        // Before a year ends with the year before it.
        assertThat(deadline("Halvera svinnet i kaféet innan 2029")).contains(LocalDate.of(2028, 12, 31));
        assertThat(deadline("Halve the waste in the café before 2029")).contains(LocalDate.of(2028, 12, 31));
        assertThat(deadline("Halve the waste in the café by 2029")).contains(LocalDate.of(2029, 12, 31));
    }
}
