package io.kadens.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.people.PersonProfile;
import io.kadens.people.PrivateDetails;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

/**
 * One person's profile. Ids of other tenants, of people who never existed and malformed ids all
 * end in the same "not found" page.
 */
@Route("people/:id")
@RolesAllowed(Role.EMPLOYEE_NAME)
class ProfileView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PeopleService people;
    private String title = "Kadens";

    ProfileView(PeopleService people) {
        this.people = people;
        addClassName("k-page");
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
        title = person.fullName() + " · Kadens";
        H1 name = new H1(person.fullName());
        Paragraph jobTitle = new Paragraph(person.jobTitle() == null ? "" : person.jobTitle());
        jobTitle.addClassName("k-muted");

        DescriptionList fields = new DescriptionList();
        fields.addClassName("k-profile-fields");
        fields.setId("profile-fields");
        field(fields, "profile.email", new Anchor("mailto:" + person.email(), person.email()));
        field(fields, "profile.department", text(person.departmentName()));
        field(fields, "profile.manager", person.managerId() == null ? text(null)
                : new Anchor("people/" + person.managerId(), person.managerName()));
        field(fields, "profile.location", text(person.location()));
        profile.privateDetails().ifPresent(details -> privateFields(fields, details));
        add(name, jobTitle, fields);

        if (!profile.directReports().isEmpty()) {
            Div reports = new Div();
            reports.setId("profile-reports");
            profile.directReports().forEach(report -> {
                Div row = new Div(new Anchor("people/" + report.id(), report.fullName()),
                        new Span(report.jobTitle() == null ? "" : " · " + report.jobTitle()));
                row.addClassName("k-person");
                reports.add(row);
            });
            add(new H2(getTranslation("profile.reports", profile.directReports().size())), reports);
        }
    }

    private void privateFields(DescriptionList fields, PrivateDetails details) {
        field(fields, "profile.phone", text(details.phone()));
        field(fields, "profile.start", text(details.startDate() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(details.startDate())));
        field(fields, "profile.status", text(getTranslation("profile.status." + details.status())));
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
        return title;
    }
}
