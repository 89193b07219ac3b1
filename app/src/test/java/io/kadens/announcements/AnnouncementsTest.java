package io.kadens.announcements;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextSteps;
import io.kadens.notifications.DeliveryRow;
import io.kadens.notifications.NotificationAdministration;
import io.kadens.notifications.NotificationKind;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.rollout.DepartmentKind;
import io.kadens.rollout.Feature;
import io.kadens.rollout.PilotGroupData;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Announcements with real PostgreSQL: audiences, languages, the outbox, dismissing, withdrawing, bad input. */
@KadensSpringTest
class AnnouncementsTest {

    @Autowired
    Announcements announcements;
    @Autowired
    NextSteps nextSteps;
    @Autowired
    RolloutPlanning rollout;
    @Autowired
    NotificationAdministration outbox;
    @Autowired
    TestTenants tenants;

    Company c;

    @BeforeEach
    void company() {
        c = tenants.create("announce");
    }

    private <T> T by(Person person, Supplier<T> work) {
        return signedIn(as(c, person), work);
    }

    private UUID post(AnnouncementDraft draft) {
        return by(c.hrAdmin(), () -> announcements.post(draft));
    }

    private List<UUID> seenBy(Person person) {
        return by(person, () -> announcements.mine().stream().map(CurrentAnnouncement::id).toList());
    }

    @Test
    void aDepartmentsAnnouncementReachesItsPeopleOnlyAndLeavesTheHomePageOnceDismissed() {
        UUID id = post(new AnnouncementDraft("New sales tools", "From Monday we use the new CRM.", null, null,
                AnnouncementAudience.DEPARTMENT, c.salesId(), false));

        assertThat(seenBy(c.employee())).containsExactly(id);
        assertThat(seenBy(c.manager())).containsExactly(id);
        assertThat(seenBy(c.hrAdmin())).as("HR works in Support").isEmpty();
        List<NextStep> home = by(c.employee(), () -> nextSteps.forMe().steps());
        assertThat(home).filteredOn(step -> step.id().equals("announcement-" + id))
                .singleElement().satisfies(step -> {
                    assertThat(step.link()).isEqualTo("announcements");
                    assertThat(step.arguments()).containsExactly("New sales tools");
                });

        by(c.employee(), () -> {
            announcements.dismiss(id);
            return null;
        });
        assertThat(seenBy(c.employee())).isEmpty();
        assertThat(by(c.employee(), () -> nextSteps.forMe().steps())).extracting(NextStep::id)
                .doesNotContain("announcement-" + id);
        assertThat(seenBy(c.manager())).as("dismissing is per person").containsExactly(id);
        Announcement listed = by(c.hrAdmin(), () -> announcements.all()).getFirst();
        assertThat(listed.dismissed()).isEqualTo(1);
        assertThat(listed.recipients()).isGreaterThanOrEqualTo(2);
        // Dismissing one not received answers like a missing one.
        assertThatThrownBy(() -> by(c.hrAdmin(), () -> {
            announcements.dismiss(id);
            return null;
        })).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void readersGetTheirLanguageWhenWrittenInItOtherwiseTheOneWritten() {
        UUID both = post(new AnnouncementDraft("Summer hours", "We close at three.", "Sommartider", "Vi stänger tre.",
                AnnouncementAudience.EVERYONE, null, false));
        UUID swedishOnly = post(new AnnouncementDraft(null, null, "Fika", "Fika i köket.",
                AnnouncementAudience.EVERYONE, null, false));

        Map<UUID, CurrentAnnouncement> english = Map.copyOf(by(c.employee(), () -> announcements.currentFor(
                c.employee().id(), false)).stream().collect(java.util.stream.Collectors.toMap(CurrentAnnouncement::id, a -> a)));
        Map<UUID, CurrentAnnouncement> swedish = Map.copyOf(by(c.employee(), () -> announcements.currentFor(
                c.employee().id(), true)).stream().collect(java.util.stream.Collectors.toMap(CurrentAnnouncement::id, a -> a)));
        assertThat(english.get(both).title()).isEqualTo("Summer hours");
        assertThat(swedish.get(both).body()).isEqualTo("Vi stänger tre.");
        assertThat(english.get(swedishOnly).title()).isEqualTo("Fika");
    }

    @Test
    void aPilotGroupsAnnouncementAlsoGoesThroughTheOutboxToEachMember() {
        UUID group = by(c.hrAdmin(), () -> rollout.createGroup(new PilotGroupData("Pilot", DepartmentKind.SALES,
                Set.of(Feature.GOALS), Set.of(), Set.of(), Set.of(c.employee().id(), c.member().id()), Set.of())));
        UUID id = post(new AnnouncementDraft("The pilot starts", "Welcome to the pilot.", null, null,
                AnnouncementAudience.PILOT_GROUP, group, true));

        assertThat(seenBy(c.employee())).containsExactly(id);
        assertThat(seenBy(c.member())).containsExactly(id);
        assertThat(seenBy(c.manager())).isEmpty();
        List<DeliveryRow> deliveries = by(c.hrAdmin(), () -> outbox.deliveries(Optional.empty()));
        assertThat(deliveries).filteredOn(d -> d.kind() == NotificationKind.ANNOUNCEMENT)
                .extracting(DeliveryRow::recipientName)
                .containsExactlyInAnyOrder(c.employee().givenName() + " " + c.employee().familyName(),
                        c.member().givenName() + " " + c.member().familyName());
    }

    @Test
    void aWithdrawnAnnouncementIsGoneAndAStaleWithdrawalIsRefused() {
        UUID id = post(new AnnouncementDraft("Oops", "Posted by mistake.", null, null, AnnouncementAudience.EVERYONE,
                null, false));
        assertThat(by(c.hrAdmin(), () -> announcements.withdraw(id, 0))).isEqualTo(1);
        assertThat(seenBy(c.employee())).isEmpty();
        assertThat(by(c.hrAdmin(), () -> announcements.all()).getFirst().current()).isFalse();
        assertThatThrownBy(() -> by(c.hrAdmin(), () -> announcements.withdraw(id, 0)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void badInputNamesItsFieldsAndPostsNothing() {
        assertThatThrownBy(() -> post(new AnnouncementDraft(" ", null, null, null, null, null, false)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("titleEn", "announcements.error.language", "audience", "announcements.error.audience"));
        assertThatThrownBy(() -> post(new AnnouncementDraft("Title", null, null, "Text without a title",
                AnnouncementAudience.TEAM, null, false)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).fieldErrors())
                .isEqualTo(Map.of("bodyEn", "announcements.error.body", "titleSv", "announcements.error.title",
                        "audienceId", "announcements.error.audience-id"));
        Company other = tenants.create("announce-other");
        assertThatThrownBy(() -> post(new AnnouncementDraft("Title", "Text", null, null,
                AnnouncementAudience.DEPARTMENT, other.salesId(), false)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(by(c.hrAdmin(), () -> announcements.all())).isEmpty();
    }
}
