package io.kadens.goals;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.goals.NewGoalCheckIn.KeyResultValue;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A check-in across several key results is one all-or-nothing action: with real PostgreSQL, a refusal on
 * the third key result (a stale version, a bad value) leaves the first two unchanged and no history entry.
 */
@KadensSpringTest
class GoalCheckInAllTest {

    @Autowired
    Goals goals;
    @Autowired
    GoalQueries goalQueries;
    @Autowired
    GoalTracking goalTracking;
    @Autowired
    GoalAdministration administration;
    @Autowired
    TestTenants tenants;

    Company c;
    UUID goal;
    UUID calls;
    UUID share;
    UUID signed;

    @BeforeEach
    void goalWithThreeKeyResults() {
        c = tenants.create("checkinall");
        LocalDate today = TestTenants.today();
        UUID quarter = by(c.hrAdmin(), () -> administration.createCycle(new GoalCycleData("Now", CycleKind.QUARTER,
                today.minusDays(45), today.plusDays(45), false)));
        goal = by(c.employee(), () -> goals.create(new GoalData("Grow", "", GoalLevel.INDIVIDUAL, null, null, null,
                Set.of(), null, GoalVisibility.TENANT, quarter, null, null, null, GoalKind.BUSINESS)));
        by(c.employee(), () -> {
            goals.changeStatus(goal, goalQueries.detail(goal).orElseThrow().summary().version(), GoalStatus.ACTIVE);
            return null;
        });
        calls = by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("Calls", KeyResultType.NUMERIC,
                BigDecimal.ZERO, BigDecimal.valueOf(200), null, "calls", BigDecimal.ONE, null)));
        share = by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("Share",
                KeyResultType.PERCENTAGE, BigDecimal.ZERO, BigDecimal.valueOf(100), null, null, BigDecimal.ONE, null)));
        signed = by(c.employee(), () -> goalTracking.addKeyResult(goal, new KeyResultData("Contract signed",
                KeyResultType.BOOLEAN, null, null, null, null, BigDecimal.ONE, null)));
    }

    private <T> T by(Person person, Supplier<T> work) {
        return signedIn(as(c, person), work);
    }

    private KeyResult keyResult(UUID id) {
        return by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().keyResults().stream()
                .filter(kr -> kr.id().equals(id)).findFirst().orElseThrow());
    }

    private KeyResultValue value(UUID keyResultId, String value) {
        return new KeyResultValue(keyResultId, keyResult(keyResultId).version(), new BigDecimal(value));
    }

    private void assertNothingSaved() {
        assertThat(keyResult(calls).currentValue()).isEqualByComparingTo("0");
        assertThat(keyResult(share).currentValue()).isEqualByComparingTo("0");
        assertThat(keyResult(signed).currentValue()).isEqualByComparingTo("0");
        assertThat(by(c.employee(), () -> goalTracking.checkIns(goal))).isEmpty();
        assertThat(by(c.employee(), () -> goalQueries.detail(goal).orElseThrow().summary().progress())).isZero();
    }

    @Test
    void allKeyResultsMoveTogetherWithOneHistoryEntryEach() {
        List<UUID> ids = by(c.employee(), () -> goalTracking.checkInAll(goal, new NewGoalCheckIn(
                List.of(value(calls, "100"), value(share, "50"), value(signed, "1")), null, 8, "Good week")));

        assertThat(ids).hasSize(3);
        assertThat(keyResult(calls).currentValue()).isEqualByComparingTo("100");
        assertThat(keyResult(share).currentValue()).isEqualByComparingTo("50");
        assertThat(keyResult(signed).currentValue()).isEqualByComparingTo("1");
        List<CheckIn> history = by(c.manager(), () -> goalTracking.checkIns(goal));
        assertThat(history).extracting(CheckIn::keyResultId).containsExactlyInAnyOrder(calls, share, signed);
        assertThat(history).extracting(CheckIn::confidence).containsOnly(8);
        assertThat(history).extracting(CheckIn::comment).containsOnly("Good week");
        // (0.5 + 0.5 + 1) / 3, recorded on every entry as the goal's progress after the whole check-in.
        assertThat(history).extracting(CheckIn::goalProgress).allSatisfy(p -> assertThat(p).isBetween(0.666, 0.667));
    }

    @Test
    void aKeyResultChangedMeanwhileOnTheThirdValueLeavesNoneSaved() {
        KeyResultValue first = value(calls, "100");
        KeyResultValue second = value(share, "50");
        KeyResultValue third = value(signed, "1");
        // Someone else edits the third key result after the dialog read it.
        KeyResult before = keyResult(signed);
        by(c.manager(), () -> {
            goalTracking.updateKeyResult(signed, before.version(), new KeyResultData("Contract signed by both",
                    KeyResultType.BOOLEAN, null, null, null, null, BigDecimal.ONE, null));
            return null;
        });

        assertThatThrownBy(() -> by(c.employee(), () -> goalTracking.checkInAll(goal,
                new NewGoalCheckIn(List.of(first, second, third), null, 8, "Good week"))))
                .isInstanceOf(ConcurrentEditException.class);
        assertNothingSaved();
    }

    @Test
    void aRefusedThirdValueIsNamedAndLeavesNoneSaved() {
        assertThatThrownBy(() -> by(c.employee(), () -> goalTracking.checkInAll(goal, new NewGoalCheckIn(
                List.of(value(calls, "100"), value(share, "50"), value(signed, "2")), null, 8, ""))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of(NewGoalCheckIn.valueField(2), "goals.keyresult.boolean.value"));
        assertNothingSaved();

        assertThatThrownBy(() -> by(c.employee(), () -> goalTracking.checkInAll(goal, new NewGoalCheckIn(
                List.of(value(calls, "100"), value(share, "150"), value(calls, "120")), null, 0, ""))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("confidence", "goals.checkin.confidence.range",
                        NewGoalCheckIn.valueField(1), "goals.keyresult.percentage.range",
                        NewGoalCheckIn.valueField(2), "goals.checkin.value.twice"));
        assertNothingSaved();
    }

    @Test
    void aKeyResultOfAnotherGoalRefusesTheWholeCheckIn() {
        UUID other = by(c.employee(), () -> goals.create(new GoalData("Other", "", GoalLevel.INDIVIDUAL, null, null,
                null, Set.of(), null, GoalVisibility.TENANT,
                goalQueries.detail(goal).orElseThrow().summary().cycleId(), null, null, null, GoalKind.BUSINESS)));
        UUID foreign = by(c.employee(), () -> goalTracking.addKeyResult(other, new KeyResultData("Elsewhere",
                KeyResultType.NUMERIC, BigDecimal.ZERO, BigDecimal.TEN, null, null, BigDecimal.ONE, null)));

        assertThatThrownBy(() -> by(c.employee(), () -> goalTracking.checkInAll(goal, new NewGoalCheckIn(
                List.of(value(calls, "100"), value(share, "50"), new KeyResultValue(foreign, 0, BigDecimal.ONE)),
                null, 8, ""))))
                .isInstanceOf(GoalNotFoundException.class);
        assertNothingSaved();
    }
}
