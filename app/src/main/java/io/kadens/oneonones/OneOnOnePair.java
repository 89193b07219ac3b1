package io.kadens.oneonones;

import io.kadens.settings.CheckInCadence;
import java.util.UUID;

/**
 * A 1:1 series between two people.
 *
 * @param lead              the manager (or mentor)
 * @param member            the report (or mentee)
 * @param cadence           the effective cadence: the pair's override, else the tenant's default
 * @param cadenceOverridden whether the pair chose its own cadence
 * @param active            false once a reporting line ended (history stays readable) or a mentorship ended
 */
public record OneOnOnePair(UUID id, PairKind kind, Participant lead, Participant member, CheckInCadence cadence,
                           boolean cadenceOverridden, boolean active, long version) {

    public boolean includes(UUID personId) {
        return lead.id().equals(personId) || member.id().equals(personId);
    }

    /** The other person of the pair, seen from {@code personId}. */
    public Participant other(UUID personId) {
        return lead.id().equals(personId) ? member : lead;
    }
}
