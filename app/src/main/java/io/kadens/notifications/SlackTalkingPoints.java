package io.kadens.notifications;

import io.kadens.oneonones.OneOnOneMeetings;
import io.kadens.oneonones.OneOnOnes;
import io.kadens.oneonones.PairKind;
import io.kadens.oneonones.UpcomingMeeting;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Adds a talking point from Slack to a person's next 1:1, through the one-on-ones feature's API. */
@Component
class SlackTalkingPoints {

    /** Where the point went: the other person and when the meeting is. */
    record Added(String counterpartName, Instant meetingAt) {
    }

    sealed interface Outcome permits AddedOutcome, NoMeeting, Unavailable, Refused {
    }

    record AddedOutcome(Added added) implements Outcome {
    }

    record NoMeeting() implements Outcome {
    }

    record Unavailable() implements Outcome {
    }

    record Refused(String reason) implements Outcome {
    }

    /**
     * Adds {@code text} to the next 1:1 of {@code personId}, with {@code counterpartId} when given,
     * else with their manager, else with any report.
     */
    /** How far ahead the next 1:1 is looked for. */
    static final Duration HORIZON = Duration.ofDays(92);

    private final OneOnOnes oneOnOnes;
    private final OneOnOneMeetings oneOnOneMeetings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    SlackTalkingPoints(OneOnOnes oneOnOnes, OneOnOneMeetings oneOnOneMeetings, Clock clock, PlatformTransactionManager transactionManager) {
        this.oneOnOnes = oneOnOnes;
        this.oneOnOneMeetings = oneOnOneMeetings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    Outcome add(UUID personId, Optional<UUID> counterpartId, String text) {
        try {
            return transactions.execute(status -> {
                Instant now = clock.instant();
                List<UpcomingMeeting> mine = oneOnOnes.meetingsBetween(now, now.plus(HORIZON)).stream()
                        .filter(m -> m.lead().id().equals(personId) || m.member().id().equals(personId))
                        .sorted(Comparator.comparing(UpcomingMeeting::scheduledAt))
                        .toList();
                Optional<UpcomingMeeting> next = counterpartId.isPresent()
                        ? mine.stream().filter(m -> other(m, personId).equals(counterpartId.get())).findFirst()
                        // With one's manager first; else the next 1:1 with a report (or any 1:1).
                        : mine.stream().filter(m -> m.kind() == PairKind.MANAGER && m.member().id().equals(personId))
                                .findFirst().or(() -> mine.stream().findFirst());
                if (next.isEmpty()) {
                    return new NoMeeting();
                }
                UpcomingMeeting meeting = next.get();
                oneOnOneMeetings.addTalkingPoint(meeting.meetingId(), personId, text);
                String counterpart = meeting.lead().id().equals(personId) ? meeting.member().name()
                        : meeting.lead().name();
                return new AddedOutcome(new Added(counterpart, meeting.scheduledAt()));
            });
        } catch (UnsupportedOperationException notYet) {
            return new Unavailable();
        }
    }

    private static UUID other(UpcomingMeeting meeting, UUID personId) {
        return meeting.lead().id().equals(personId) ? meeting.member().id() : meeting.lead().id();
    }

}
