package io.kadens.announcements;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.TestTenants.Company;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A current announcement to everyone in a test company, named after its slug. For the isolation suite. */
@Component
public class AnnouncementsTestData {

    private final Announcements announcements;

    AnnouncementsTestData(Announcements announcements) {
        this.announcements = announcements;
    }

    public record Seeded(UUID announcement) {
    }

    public Seeded seed(Company company) {
        return new Seeded(signedIn(as(company, company.hrAdmin()), () -> announcements.post(new AnnouncementDraft(
                "News of " + company.slug(), "Secret news of " + company.slug(), null, null,
                AnnouncementAudience.EVERYONE, null, false))));
    }
}
