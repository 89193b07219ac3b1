package io.kadens.ai.smart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the coach says about Relevant under a parent goal: the reason it found, never a claim the words do not show. */
class RelevantReasonsTest {

    private final SmartChecker checker = new SmartChecker();

    private SmartVerdict relevant(String goal, String parent) {
        return checker.check(new SmartInput(goal, null, parent, null)).verdict(SmartCriterion.RELEVANT);
    }

    @Test
    void housekeepingIsNamedRatherThanSaidToShareNothing() {
        SmartVerdict party = relevant("Organise a summer party for the office in June", "Increase enterprise revenue by 20% in 2027");
        assertThat(party.pass()).isFalse();
        assertThat(party.reason()).isEqualTo(SmartReason.RELEVANT_PARENT_HOUSEKEEPING);
        assertThat(party.args()).hasSize(2);
        assertThat("organise a summer party for the office in june").contains((String) party.args().getFirst());
        assertThat(party.args().get(1)).isEqualTo("Increase enterprise revenue by 20% in 2027");
    }

    @Test
    void theWritersOwnGoalIsSaidToBeTheirOwn() {
        SmartVerdict own = relevant("Improve my own Spanish by practising every evening until June",
                "Cut fuel costs per delivery by 10 % in 2027");
        assertThat(own.pass()).isFalse();
        assertThat(own.reason()).isEqualTo(SmartReason.RELEVANT_PARENT_OWN);
    }

    @Test
    void aLeverWithNoSharedWordIsTakenAsOneAndSaysSo() {
        SmartVerdict lever = relevant("Train all drivers in eco-driving by the end of May",
                "Cut fuel costs per delivery by 10 % in 2027");
        assertThat(lever.pass()).isTrue();
        assertThat(lever.reason()).isEqualTo(SmartReason.RELEVANT_PARENT_ASSUMED);
        assertThat(lever.args()).containsExactly("Cut fuel costs per delivery by 10 % in 2027");
        SmartVerdict linked = relevant("Write a testing guide for the mobile team by March",
                "Reduce mobile app crashes by 50% by year end");
        assertThat(linked.reason()).isEqualTo(SmartReason.RELEVANT_PARENT);
    }

    @Test
    void sponsoringIsNamedAsHousekeeping() {
        SmartVerdict sponsor = relevant("Sponsor the local handball club's jerseys in 2027",
                "Cut the number of late deliveries to our shops by 20 % in 2027");
        assertThat(sponsor.pass()).isFalse();
        assertThat(sponsor.reason()).isEqualTo(SmartReason.RELEVANT_PARENT_HOUSEKEEPING);
        assertThat(sponsor.args().getFirst()).isEqualTo("sponsor");
    }

    @Test
    void seeingToSomethingOfTheBusinessIsRelevantHoweverVague() {
        for (String business : java.util.List.of("Make sure not a single bakery van leaves the yard late this winter",
                "Se till att bageriets leveranser alltid kommer fram före sju",
                "Do something about the queues at the bakery's till",
                "Få ordning på bageriets beställningar från caféerna",
                "Make the bakery's shop window more inviting",
                // A short Swedish goal read as English: its "i" is "in", not the writer.
                "Kontrollera kylrummet i bageriet varje vecka")) {
            assertThat(relevant(business, null).pass()).as(business).isTrue();
        }
        for (String own : java.util.List.of("Make sure I sleep eight hours every night", "Do something about things",
                "Be 30 % more cheerful at the bakery", "Bli den mest uppskattade bagaren på bageriet")) {
            assertThat(relevant(own, null).pass()).as(own).isFalse();
        }
        assertThat(relevant("Bli 20 % bättre på kundbemötande i bageriet", null).pass()).isTrue();
    }

    @Test
    void aGiftToEachEmployeeAndTheStaffsOwnThingsAreHousekeeping() {
        String parent = "Grow the bakery's sourdough sales by 15 % in 2027";
        SmartVerdict gift = relevant("Buy a fleece jacket for every employee at the bakery by 1 March 2027", parent);
        assertThat(gift.pass()).isFalse();
        assertThat(gift.reason()).isEqualTo(SmartReason.RELEVANT_PARENT_HOUSEKEEPING);
        assertThat(relevant("Ge varje anställd på bageriet en halsduk till jul", "Öka bageriets försäljning av surdegsbröd"
                + " med 15 % under 2027").pass()).isFalse();
        assertThat(relevant("Switch the office's water cooler supplier by March 2027", parent).pass()).isFalse();
        // Training given to all staff is the workforce as an organisation, no gift.
        assertThat(relevant("Give all employees at the bakery a course in sourdough baking by 1 March 2027", parent).pass())
                .isTrue();
    }

    @Test
    void theOfficesOwnPremisesAndBackOfficeAreHousekeepingWithoutAGenitive() {
        String parent = "Sell 30 % more guided fjord tours in 2027";
        for (String housekeeping : java.util.List.of("Replace the office dishwasher before the end of March 2027",
                "Byta ut kontorsgardinerna senast i maj 2027", "Hänga nya tavlor på huvudkontoret till hösten",
                "Move the bookkeeping to another accounting firm by 1 June 2027",
                "Ge ekonomiavdelningen nya skrivbord före sommaren")) {
            SmartVerdict verdict = relevant(housekeeping, parent);
            assertThat(verdict.pass()).as(housekeeping).isFalse();
            assertThat(verdict.reason()).as(housekeeping).isEqualTo(SmartReason.RELEVANT_PARENT_HOUSEKEEPING);
        }
        // Cutting what the office buys is a cost lever; a new office is the business itself.
        assertThat(relevant("Minska kostnaden för kontorspapper med 20 % under 2027",
                "Sänka de indirekta kostnaderna med 10 % under 2027").pass()).isTrue();
        assertThat(relevant("Open a new office in Tromsø before next summer", parent).pass()).isTrue();
    }

    @Test
    void workingOnHowOneIsAndOneWordComparativesAreTheWritersOwn() {
        for (String own : java.util.List.of("Work on being more cheerful at the Monday stand-up",
                "Jobba på att bli mer tålmodig med nya kollegor", "Become a kinder and more patient person this year",
                "Bli en gladare och lugnare människa före sommaren")) {
            assertThat(checker.check(new SmartInput(own, null, null, null)).passes(SmartCriterion.RELEVANT))
                    .as(own).isFalse();
        }
    }

    @Test
    void makingSomethingOfTheBusinessTheBestOrBetterInOneWordIsRelevant() {
        for (String business : java.util.List.of("Make our rye crispbread the best in the county",
                "Göra bryggeriets ölprovningar 30 % trevligare under 2027", "Make the ferry's boarding quicker",
                "Sort out the tangled stock list of the bike workshop")) {
            assertThat(checker.check(new SmartInput(business, null, null, null)).passes(SmartCriterion.RELEVANT))
                    .as(business).isTrue();
        }
    }

    @Test
    void roomsOfThePremisesAndTheBanksAccountAreHousekeeping() {
        String parent = "Sell 30 % more guided fjord tours in 2027";
        for (String housekeeping : java.util.List.of("Renovate the bathroom next to the ceramics workshop in March 2027",
                "Byta bank för bageriets företagskonto före sommaren 2027")) {
            SmartVerdict verdict = relevant(housekeeping, parent);
            assertThat(verdict.pass()).as(housekeeping).isFalse();
            assertThat(verdict.reason()).as(housekeeping).isEqualTo(SmartReason.RELEVANT_PARENT_HOUSEKEEPING);
        }
    }

    @Test
    void aRaceByItsNameAndAJourneyBetweenNamedPlacesAreTheWritersOwn() {
        for (String own : java.util.List.of("Genomföra Vätternloppet på cykel i juni 2027",
                "Complete an Ironman in Kalmar in August 2027", "Cycle from Uppsala to Stockholm in three days next spring")) {
            assertThat(checker.check(new SmartInput(own, null, null, null)).passes(SmartCriterion.RELEVANT))
                    .as(own).isFalse();
        }
        assertThat(relevant("Genomföra Vätternloppet på cykel i juni 2027", "Sälja 20 % fler cykelservicar under 2027")
                .reason()).isEqualTo(SmartReason.RELEVANT_PARENT_OWN);
    }

    @Test
    void countingWhatTheBusinessSellsOrServesIsRelevant() {
        for (String business : java.util.List.of("Carry 9,500 cyclists on the island ferry between May and September 2027",
                "Boka in 40 guidade kajakturer i Sörmland inför sommaren 2027",
                "Hyra ut våra 8 kanoter minst 300 dagar under 2027")) {
            assertThat(checker.check(new SmartInput(business, null, null, null)).passes(SmartCriterion.RELEVANT))
                    .as(business).isTrue();
        }
    }

    @Test
    void theBestOfItsKindIsTheBusinessWhenTheKindIsNoPersonsRole() {
        assertThat(checker.check(new SmartInput("Bli Sveriges bästa surdegsbageri", null, null, null))
                .passes(SmartCriterion.RELEVANT)).isTrue();
        for (String own : java.util.List.of("Bli Sveriges bästa bagare", "Become the best waiter in Malmö")) {
            assertThat(checker.check(new SmartInput(own, null, null, null)).passes(SmartCriterion.RELEVANT))
                    .as(own).isFalse();
        }
    }
}
