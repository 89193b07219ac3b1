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
        // Swedish "jul" is julafton, English "Christmas" Christmas Day; "före" ends the day before.
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar till jul")).contains(LocalDate.of(2026, 12, 24));
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar före julen")).contains(LocalDate.of(2026, 12, 23));
        assertThat(deadline("Reduce lead time from 10 to 7 days by Christmas", LocalDate.of(2026, 12, 27)))
                .contains(LocalDate.of(2027, 12, 25));
        assertThat(deadline("Reduce lead time from 10 to 7 days before Christmas")).contains(LocalDate.of(2026, 12, 24));
        // The month, when a year follows or the whole word is written.
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar till juli")).contains(LocalDate.of(2027, 7, 31));
    }

    @Test
    void easterAndMidsummerMoveWithTheYear() {
        assertThat(Deadlines.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Deadlines.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        // Swedish "påsk" is påskafton, English "Easter" Easter Sunday.
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar till påsk")).contains(LocalDate.of(2027, 3, 27));
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar före påsk")).contains(LocalDate.of(2027, 3, 26));
        assertThat(deadline("Cut the lead time from 10 to 7 days before Easter", LocalDate.of(2027, 4, 1)))
                .contains(LocalDate.of(2028, 4, 15));
        assertThat(deadline("Cut the lead time from 10 to 7 days by Easter 2028")).contains(LocalDate.of(2028, 4, 16));
        // Midsummer Eve 2027 is Friday 25 June.
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar före midsommar")).contains(LocalDate.of(2027, 6, 24));
        assertThat(deadline("Minska ledtiden från 10 till 7 dagar till midsommar")).contains(LocalDate.of(2027, 6, 25));
        assertThat(deadline("Cut the lead time from 10 to 7 days by Midsummer 2028")).contains(LocalDate.of(2028, 6, 23));
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

    @Test
    void namedDaysAreComputedForTheirYear() {
        // Fixed days: Lucia 13 December, valborg 30 April, the national day 6 June, Epiphany 6 January.
        assertThat(deadline("Stäng anmälan till skidresan före lucia 2027")).contains(LocalDate.of(2027, 12, 12));
        assertThat(deadline("Close the sign-up for the ski trip by St Lucia's Day")).contains(LocalDate.of(2026, 12, 13));
        assertThat(deadline("Öppna uteserveringen vid hamnen till valborg")).contains(LocalDate.of(2027, 4, 30));
        assertThat(deadline("Hissa de nya flaggorna på torget senast på nationaldagen 2028")).contains(LocalDate.of(2028, 6, 6));
        assertThat(deadline("Plocka ner julbelysningen på torget före trettondagen")).contains(LocalDate.of(2027, 1, 5));
        assertThat(deadline("Serve the winter menu in all cafés until Boxing Day 2027")).contains(LocalDate.of(2027, 12, 26));
        assertThat(deadline("Have the ferry timetable printed by New Year's Day 2028")).contains(LocalDate.of(2028, 1, 1));
        // Days that move with Easter (Easter Sunday 2028 is 16 April) and with the weekday.
        assertThat(deadline("Open the cable car by Ascension Day 2028")).contains(LocalDate.of(2028, 5, 25));
        assertThat(deadline("Öppna linbanan senast till Kristi himmelsfärd 2028")).contains(LocalDate.of(2028, 5, 25));
        assertThat(deadline("Repair the pier before Easter Monday 2028")).contains(LocalDate.of(2028, 4, 16));
        assertThat(deadline("Laga bryggan till annandag påsk 2028")).contains(LocalDate.of(2028, 4, 17));
        assertThat(deadline("Paint the kiosk by Whitsun 2028")).contains(LocalDate.of(2028, 6, 4));
        assertThat(deadline("Tända ljusen i minneslunden före alla helgons dag 2027")).contains(LocalDate.of(2027, 11, 5));
        assertThat(deadline("Sell 400 gift boxes from 1 March to Black Friday 2028")).contains(LocalDate.of(2028, 11, 24));
        // A name alone may be a person's: "Lucia" without a deadline word or a year says no day.
        assertThat(deadline("Ge Lucia ansvaret för kassan")).contains(LocalDate.MIN);
    }

    @Test
    void weekSpansFiscalHalvesWorkSeasonsAndAnEventOnADay() {
        // A span of weeks ends on its last week's Sunday.
        assertThat(deadline("Keep the outdoor pool open during weeks 30-32")).contains(LocalDate.of(2027, 8, 15));
        assertThat(deadline("Hålla utomhusbadet öppet under vecka 30–32")).contains(LocalDate.of(2027, 8, 15));
        assertThat(deadline("Sign 3 new resellers by week 12 and 40 new customers by week 30"))
                .contains(LocalDate.of(2027, 8, 1));
        // Halves of the fiscal year (here from 1 May): the second ends with the year, the first after six months.
        assertThat(fiscal("Öka antalet sålda årskort med 300 under andra halvan av räkenskapsåret"))
                .contains(LocalDate.of(2027, 4, 30));
        assertThat(fiscal("Sell 300 more season passes in the first half of the fiscal year"))
                .contains(LocalDate.of(2026, 10, 31));
        // Before an event whose day is given: the day before.
        assertThat(deadline("Hang the new signs before the spring fair on 12 March 2027")).contains(LocalDate.of(2027, 3, 11));
        assertThat(deadline("Sätta upp de nya skyltarna innan vårmässan den 12 mars 2027")).contains(LocalDate.of(2027, 3, 11));
        // A season of work of a named year is said, without a day.
        assertThat(deadline("Plant 3,000 saplings on the north slope during the 2027 planting season")).isEmpty();
        assertThat(deadline("Plantera 3 000 plantor på norra sluttningen under planteringssäsongen 2027")).isEmpty();
    }

    @Test
    void shroveTuesdayAndQuartersOfTheFiscalYear() {
        // Shrove Tuesday is 47 days before Easter Sunday (28 March 2027).
        assertThat(deadline("Baka 500 semlor till caféet senast fettisdagen")).contains(LocalDate.of(2027, 2, 9));
        assertThat(deadline("Sell 500 pancakes at the kiosk by Shrove Tuesday 2028")).contains(LocalDate.of(2028, 2, 29));
        // Quarters of the fiscal year (here from 1 May): the third ends after nine months.
        assertThat(fiscal("Få in vårt garn i 30 nya butiker under tredje kvartalet i vårt räkenskapsår"))
                .contains(LocalDate.of(2027, 1, 31));
        assertThat(fiscal("Sign 12 new resellers in the first quarter of our fiscal year")).contains(LocalDate.of(2026, 7, 31));
        // The calendar quarter without the fiscal year.
        assertThat(deadline("Sign 12 new resellers in the third quarter")).contains(LocalDate.of(2027, 9, 30));
    }

    @Test
    void anEventHeldOnANamedDayIsMeasurableOnceItsYearIsTheDeadline() {
        // The year belongs to the deadline, not to a target: the event held on the day is the measure.
        SmartAssessment party = checker.check(new SmartInput("Ordna en grillkväll för kundtjänst på midsommardagen 2027",
                null, null, null, null, null, TODAY));
        assertThat(party.passes(SmartCriterion.MEASURABLE)).isTrue();
        assertThat(party.deadline()).contains(LocalDate.of(2027, 6, 26));
        SmartAssessment lucia = checker.check(new SmartInput("Hold the warehouse team's dinner on Lucia 2027",
                null, null, null, null, null, TODAY));
        assertThat(lucia.passes(SmartCriterion.MEASURABLE)).isTrue();
        assertThat(lucia.deadline()).contains(LocalDate.of(2027, 12, 13));
        // Without an event to hold, a named day takes nothing away that was a measure, and adds none.
        SmartAssessment vague = checker.check(new SmartInput("Bli bättre på att planera till valborg 2027",
                null, null, null, null, null, TODAY));
        assertThat(vague.passes(SmartCriterion.MEASURABLE)).isFalse();
        assertThat(vague.deadline()).contains(LocalDate.of(2027, 4, 30));
    }

    @Test
    void aRiseFromOneCountToAnotherIsNoYear() {
        // "till 2000" after "från 50" is the count the rise ends at, not a deadline in the year 2000.
        SmartAssessment rise = checker.check(new SmartInput("Öka antalet sålda glassar i kiosken från 50 till 2000 i veckan",
                null, null, null, null, null, TODAY));
        assertThat(rise.passes(SmartCriterion.TIME_BOUND)).isFalse();
        assertThat(rise.passes(SmartCriterion.ACHIEVABLE)).isFalse();
        assertThat(deadline("Öka antalet sålda glassar i kiosken från 50 till 2000 i veckan före sommaren"))
                .contains(LocalDate.of(2027, 5, 31));
        assertThat(deadline("Grow the kiosk's weekly ice-cream sales from 50 to 2000 by the end of May"))
                .contains(LocalDate.of(2027, 5, 31));
    }

    @Test
    void namedDaysAndBeforeFollowTheRubric() {
        // "Trettondedagen" with or without "jul"; "före" ends the day before.
        assertThat(deadline("Byta ut dörrmattorna i entrén före trettondedagen")).contains(LocalDate.of(2027, 1, 5));
        // A quarter of the fiscal year said in the genitive (here from 1 May).
        assertThat(fiscal("Sälja 900 presentkort under räkenskapsårets fjärde kvartal")).contains(LocalDate.of(2027, 4, 30));
        // "Before" a date written in digits ends the day before it; "by" keeps the day.
        assertThat(deadline("Order new aprons for the bakery before 2027-03-01")).contains(LocalDate.of(2027, 2, 28));
        assertThat(deadline("Order new aprons for the bakery by 2027-03-01")).contains(LocalDate.of(2027, 3, 1));
        assertThat(deadline("Byta skyltar vid infarten före 1/3 2027")).contains(LocalDate.of(2027, 2, 28));
        // A weekday too: today is Monday 7 December 2026, so "before Friday" ends on Thursday.
        assertThat(deadline("Paint the loading dock before Friday")).contains(LocalDate.of(2026, 12, 10));
        assertThat(deadline("Paint the loading dock by Friday")).contains(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aBareYearIsNoMeasure() {
        // A year that only says when is no target value: nothing here is counted.
        SmartAssessment contracts = checker.check(new SmartInput("Handle the bakery's supplier contracts 2027", null, null,
                null, null, null, TODAY));
        assertThat(contracts.passes(SmartCriterion.MEASURABLE)).isFalse();
        // A count of that size is still a count.
        assertThat(checker.check(new SmartInput("Sell 2000 tickets for the autumn fair in Skövde", null, null, null,
                null, null, TODAY)).passes(SmartCriterion.MEASURABLE)).isTrue();
        // Once the year is the named day's, a concrete action on named things by that day is done or not, and
        // "Good" in "Good Friday" is no vague word.
        SmartAssessment railing = checker.check(new SmartInput(
                "Mount a steel railing along the loading ramp at the bakery by Good Friday 2027", null, null, null, null,
                null, TODAY));
        assertThat(railing.passes(SmartCriterion.SPECIFIC)).isTrue();
        assertThat(railing.passes(SmartCriterion.MEASURABLE)).isTrue();
        assertThat(railing.deadline()).contains(LocalDate.of(2027, 3, 26));
        assertThat(checker.check(new SmartInput("Gravera loggan på bageriets brödknivar till jul", null, null, null, null,
                null, TODAY)).passes(SmartCriterion.MEASURABLE)).isTrue();
        // Writing a document or improving something by that day stays unmeasured, as does the action without a day.
        for (String unmeasured : java.util.List.of("Draft a packing plan for the bakery by Good Friday 2027",
                "Improve the loading ramp at the bakery by Good Friday 2027",
                "Mount a steel railing along the loading ramp at the bakery")) {
            assertThat(checker.check(new SmartInput(unmeasured, null, null, null, null, null, TODAY))
                    .passes(SmartCriterion.MEASURABLE)).as(unmeasured).isFalse();
        }
    }

    @Test
    void adventSundaysAndFiscalYearsByTheirStartOrTheirYears() {
        // The fourth Sunday of Advent is the last Sunday before Christmas Day (19 December 2027).
        assertThat(deadline("Sälja 400 adventsljusstakar senast första advent")).contains(LocalDate.of(2027, 11, 28));
        assertThat(deadline("Glaze 300 ceramic bowls by the first Sunday of Advent 2027")).contains(LocalDate.of(2027, 11, 28));
        assertThat(deadline("Sälja 200 granar före fjärde advent 2027")).contains(LocalDate.of(2027, 12, 18));
        assertThat(fiscal("Cut the boatyard's diesel use by 15 % in the fiscal year starting 1 July 2027"))
                .contains(LocalDate.of(2028, 6, 30));
        assertThat(fiscal("Öka antalet uthyrda kanoter till 900 under räkenskapsåret 2027/28")).contains(LocalDate.of(2028, 4, 30));
        assertThat(fiscal("Raise the ferry's ticket revenue by 8 % in FY2027/28")).contains(LocalDate.of(2028, 4, 30));
    }

    @Test
    void aRiseToMoreThanThreeTimesTheStartIsExtreme() {
        assertThat(checker.check(new SmartInput("Grow the choir from 30 to 100 singers by June 2027", null, null, null,
                null, null, TODAY)).passes(SmartCriterion.ACHIEVABLE)).isFalse();
        assertThat(checker.check(new SmartInput("Grow the choir from 30 to 85 singers by June 2027", null, null, null,
                null, null, TODAY)).passes(SmartCriterion.ACHIEVABLE)).isTrue();
    }

    @Test
    void aFrequencyPerEventIsARecurringActivity() {
        for (String recurring : java.util.List.of("Weigh every pallet of flour at every handover to the bakery",
                "Kontrollera temperaturen i kylbilen vid varje leverans till skolköken",
                "Check the burrs of the espresso grinder after each shift")) {
            assertThat(checker.check(new SmartInput(recurring, null, null, null, null, null, TODAY))
                    .passes(SmartCriterion.MEASURABLE)).as(recurring).isTrue();
        }
    }

    @Test
    void careAndCleaningAtAFrequencyPerEventOrWeekdayIsARecurringActivity() {
        for (String recurring : java.util.List.of("Tvätta alla flytvästar efter varje uthyrning",
                "Disinfect every rental helmet after each use", "Wash the delivery vans every Friday")) {
            assertThat(checker.check(new SmartInput(recurring, null, null, null, null, null, TODAY))
                    .passes(SmartCriterion.MEASURABLE)).as(recurring).isTrue();
        }
    }

    private Optional<LocalDate> fiscal(String text) {
        SmartAssessment assessment = checker.check(new SmartInput(text, null, null, null, null,
                java.time.MonthDay.of(5, 1), TODAY));
        return assessment.passes(SmartCriterion.TIME_BOUND) ? assessment.deadline() : Optional.of(LocalDate.MIN);
    }
}
