package io.kadens.organisation;

import java.time.OffsetDateTime;

/** What the operator sees of a tenant: its registry entry and a head count, never its people. */
public record OrganisationOverview(Organisation organisation, long activePeople, OffsetDateTime createdAt) {
}
