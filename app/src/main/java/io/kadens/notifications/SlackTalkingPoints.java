package io.kadens.notifications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

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
    Outcome add(UUID personId, Optional<UUID> counterpartId, String text) {
        return new Unavailable();
    }

}
