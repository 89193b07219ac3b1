package io.kadens.people.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.Card;
import io.kadens.frontend.PageTitles;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.people.PersonProfile;
import io.kadens.people.PrivateDetails;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One person's profile. Ids of other tenants, of people who never existed and malformed ids all
 * end in the same "not found" page.
 */
@StyleSheet("context://kadens/people-admin.css")
@Route("people/:id")
@RolesAllowed(Role.EMPLOYEE_NAME)
class ProfileView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The personal access token page (feature apitokens), linked from one's own profile only. */
    private static final String API_TOKENS_ROUTE = "profile/api-tokens";

    private final transient PeopleService people;
    private final transient CurrentUser currentUser;
    private String title;

    ProfileView(PeopleService people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
        addClassName("k-page");
        AdminFields.useStyles(this);
        setId("profile");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PersonProfile> profile = event.getRouteParameters().get("id")
                .flatMap(ProfileView::parse)
                .flatMap(people::profile);
        if (profile.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(profile.get());
    }

    private void show(PersonProfile profile) {
        removeAll();
        DirectoryEntry person = profile.person();
        title = person.fullName();

        Avatar avatar = AdminFields.avatar(people, person);
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        H1 name = new H1(person.fullName());
        Paragraph jobTitle = new Paragraph(String.join(" · ", nonBlank(person.jobTitle(), person.departmentName())));
        jobTitle.addClassName("k-muted");
        Div heading = new Div(name, jobTitle);
        // The feedback summary (its own feature) for those who may ask: the person, their managers, HR admins.
        if (currentUser.get().filter(me -> me.personId().equals(person.id()) || me.has(Role.HR_ADMIN)
                || profile.reportingLine().stream().anyMatch(manager -> manager.id().equals(me.personId()))).isPresent()) {
            Anchor summary = new Anchor("feedback-summary/" + person.id(), getTranslation("summary.profile.link"));
            summary.setId("profile-feedback-summary");
            heading.add(new Div(summary));
        }
        Div header = new Div(avatar, heading);
        header.addClassName("k-profile-header");

        DescriptionList fields = new DescriptionList();
        fields.addClassName("k-profile-fields");
        fields.setId("profile-fields");
        field(fields, "profile.email", new Anchor("mailto:" + person.email(), person.email()));
        field(fields, "profile.department", text(person.departmentName()));
        field(fields, "people-admin.profile.team", text(person.teamName()));
        if (person.jobFamilyName() != null) {
            field(fields, "people-admin.profile.job", text(person.jobFamilyName()
                    + (person.jobLevelName() == null ? "" : " · " + person.jobLevelName())));
        }
        field(fields, "profile.manager", person.managerId() == null ? text(null)
                : new Anchor("people/" + person.managerId(), person.managerName()));
        field(fields, "profile.location", text(person.location()));
        profile.privateDetails().ifPresent(details -> privateFields(fields, details));

        Div cards = new Div(new Card(getTranslation("profile.details"), fields));
        cards.addClassName("k-grid-cards");
        if (!profile.reportingLine().isEmpty()) {
            Div line = new Div();
            line.setId("profile-reporting-line");
            // Top of the organisation first, down to the person's own manager.
            List<DirectoryEntry> topDown = new java.util.ArrayList<>(profile.reportingLine());
            java.util.Collections.reverse(topDown);
            topDown.forEach(manager -> line.add(personRow(manager)));
            cards.add(new Card(getTranslation("profile.reporting-line"), line));
        }
        if (!profile.directReports().isEmpty()) {
            Div reports = new Div();
            reports.setId("profile-reports");
            profile.directReports().forEach(report -> reports.add(personRow(report)));
            cards.add(new Card(getTranslation("profile.reports", profile.directReports().size()), reports));
        }
        if (currentUser.get().map(me -> me.personId().equals(person.id())).orElse(false)) {
            Anchor tokens = new Anchor(API_TOKENS_ROUTE, getTranslation("api-tokens.profile.link"));
            tokens.setId("profile-api-tokens");
            cards.add(new Card(getTranslation("api-tokens.profile.card"),
                    new Div(new Paragraph(getTranslation("api-tokens.profile.intro")), tokens)));
        }
        add(header, cards);
    }

    private Div personRow(DirectoryEntry person) {
        Span role = new Span(person.jobTitle() == null ? "" : person.jobTitle());
        role.addClassName("k-muted");
        Div row = new Div(new Anchor("people/" + person.id(), person.fullName()), role);
        row.addClassName("k-person");
        return row;
    }

    private static List<String> nonBlank(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private void privateFields(DescriptionList fields, PrivateDetails details) {
        field(fields, "profile.phone", text(details.phone()));
        field(fields, "profile.start", text(details.startDate() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(details.startDate())));
        field(fields, "profile.status", text(getTranslation("profile.status." + details.status())));
        if (details.employmentType() != null) {
            field(fields, "people-admin.profile.employment",
                    text(getTranslation("people-admin.employment." + details.employmentType().name())));
        }
    }

    private void field(DescriptionList list, String labelKey, Component value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    private Component text(String value) {
        return new Span(value == null || value.isBlank() ? "—" : value);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
