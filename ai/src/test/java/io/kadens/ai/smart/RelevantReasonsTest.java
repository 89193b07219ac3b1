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
}
