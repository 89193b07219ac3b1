package io.kadens.oneonones;

import java.util.UUID;

/**
 * One row of "my 1:1s": a series seen by one of its people.
 *
 * @param iLead           whether the viewer is the manager (or mentor) of the pair
 * @param nextMeeting     the next scheduled meeting, or null
 * @param openActionItems how many action items of the pair are still open
 * @param lastPulse       the report's pulse in their latest check-in (1–5), or null
 */
public record MyOneOnOne(OneOnOnePair pair, boolean iLead, MeetingSummary nextMeeting, int openActionItems,
                         Integer lastPulse) {

    public Participant other() {
        return iLead ? pair.member() : pair.lead();
    }

    public UUID pairId() {
        return pair.id();
    }
}
