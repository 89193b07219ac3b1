package io.kadens.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.demo.DemoSeeder;
import io.kadens.organisation.Organisations;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo feedback gives the AI summary material: themes for Sara, anonymous upward feedback on Erik. */
@KadensSpringTest
class FeedbackDemoDataTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    Organisations organisations;
    @Autowired
    Feedback feedback;
    @Autowired
    FeedbackRequests requests;

    private static UUID person(TenantId tenant, String email) throws Exception {
        try (Connection owner = TestDatabase.get().openAsOwner(); Statement sql = owner.createStatement()) {
            sql.execute("select set_config('app.tenant_id', '" + tenant + "', false)");
            try (ResultSet rows = sql.executeQuery("select id from employee where email = '" + email + "'")) {
                rows.next();
                return UUID.fromString(rows.getString(1));
            }
        }
    }

    private static KadensUser user(TenantId tenant, UUID person, String email, Role... roles) {
        return new KadensUser(tenant, person, email, email, "acme", "Acme AB",
                Set.copyOf(java.util.stream.Stream.concat(java.util.stream.Stream.of(Role.EMPLOYEE),
                        java.util.Arrays.stream(roles)).toList()), "sv");
    }

    @Test
    void acmeHasThemedFeedbackAnonymousUpwardFeedbackAndOpenRequests() throws Exception {
        seeder.seed();
        TenantId acme = organisations.bySlug("acme").orElseThrow().id();
        UUID erik = person(acme, "erik.johansson@acme.example");
        UUID sara = person(acme, "sara.nilsson@acme.example");
        KadensUser erikUser = user(acme, erik, "erik.johansson@acme.example", Role.MANAGER);
        KadensUser saraUser = user(acme, sara, "sara.nilsson@acme.example");

        List<FeedbackEvidence> aboutSara = TestTenants.signedIn(TestTenants.token(erikUser),
                () -> feedback.evidenceAbout(sara, TestTenants.today().minusMonths(3), TestTenants.today()));
        assertThat(aboutSara).hasSizeGreaterThanOrEqualTo(7);
        assertThat(aboutSara).extracting(FeedbackEvidence::source)
                .contains(FeedbackSource.MANAGER, FeedbackSource.PEER);
        assertThat(aboutSara).filteredOn(e -> "kundfokus".equalsIgnoreCase(e.competency())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(aboutSara).filteredOn(e -> "affärsmässighet".equalsIgnoreCase(e.competency())).hasSizeGreaterThanOrEqualTo(2);

        ReceivedFeedback erikReceived = TestTenants.signedIn(TestTenants.token(erikUser),
                () -> feedback.receivedByMe(FeedbackFilter.ALL));
        assertThat(erikReceived.anonymousGroups()).singleElement().satisfies(group -> {
            assertThat(group.source()).isEqualTo(FeedbackSource.REPORT);
            assertThat(group.items()).hasSizeGreaterThanOrEqualTo(4);
        });
        assertThat(TestTenants.signedIn(TestTenants.token(saraUser), () -> requests.toAnswer())).isNotEmpty();
        assertThat(TestTenants.signedIn(TestTenants.token(saraUser), () -> requests.askedByMe())).singleElement()
                .satisfies(request -> assertThat(request.recipients()).extracting(RequestRecipient::status)
                        .contains(RequestStatus.ANSWERED, RequestStatus.OPEN));
    }
}
