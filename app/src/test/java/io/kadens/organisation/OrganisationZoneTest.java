package io.kadens.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.tenants.TenantId;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganisationZoneTest {

    @Test
    void aKnownZoneIsTheOrganisationsZone() {
        assertThat(organisationIn("Europe/Stockholm").zone()).isEqualTo(ZoneId.of("Europe/Stockholm"));
        assertThat(Organisation.zoneOf(" America/New_York ")).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void aMissingOrUnknownZoneIsUtcNeverTheServersZone() {
        ZoneId utc = ZoneId.of("UTC");
        assertThat(Organisation.zoneOf(null)).isEqualTo(utc);
        assertThat(Organisation.zoneOf("  ")).isEqualTo(utc);
        assertThat(Organisation.zoneOf("Europe/Atlantis")).isEqualTo(utc);
        assertThat(Organisation.zoneOf("not a zone!")).isEqualTo(utc);
        assertThat(organisationIn(null).zone()).isEqualTo(utc);
    }

    private static Organisation organisationIn(String timeZone) {
        return new Organisation(new TenantId(UUID.randomUUID()), "acme", "Acme", "sv", timeZone,
                Organisation.Status.ACTIVE);
    }
}
