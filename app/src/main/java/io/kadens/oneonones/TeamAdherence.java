package io.kadens.oneonones;

import java.util.UUID;

/**
 * Check-in adherence of one team over a period: of the manager 1:1s held or due in it, how many had
 * their check-in submitted before the meeting.
 *
 * @param teamId null for people without a team
 */
public record TeamAdherence(UUID teamId, String teamName, int due, int onTime) {

    /** Share on time, 0–1; 0 when nothing was due. */
    public double share() {
        return due == 0 ? 0 : (double) onTime / due;
    }
}
