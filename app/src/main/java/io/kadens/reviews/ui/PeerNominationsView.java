package io.kadens.reviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.reviews.NominationStatus;
import io.kadens.reviews.PeerNomination;
import io.kadens.reviews.PeerNominationPage;
import io.kadens.reviews.PeerNominations;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Peer nominations of one cycle: the participant nominates peers for their own review within the cap; their
 * manager sees each report's nominations and approves, rejects or adds peers. The service decides who may do what;
 * this page shows what the caller may see and tells why an action was refused.
 */
@Route("reviews/cycle/:cycleId/peers")
@RolesAllowed(Role.EMPLOYEE_NAME)
class PeerNominationsView extends Main implements BeforeEnterObserver, PageTitles.Translated {

    private static final int PICKER_LIMIT = 50;

    private final transient PeerNominations nominations;
    private final transient OrgFacts org;
    private final transient CurrentUser currentUser;
    private final Div content = new Div();
    private UUID cycleId;

    PeerNominationsView(PeerNominations nominations, OrgFacts org, CurrentUser currentUser) {
        this.nominations = nominations;
        this.org = org;
        this.currentUser = currentUser;
        addClassName("k-page");
        add(content);
    }

    @Override
    public String titleKey() {
        return "ui360.peers.title";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            cycleId = UUID.fromString(event.getRouteParameters().get("cycleId").orElse(""));
            show();
        } catch (IllegalArgumentException | ResourceNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show() {
        Optional<PeerNominationPage> mine = mine();
        List<PeerNominationPage> reports = nominations.forApproval(cycleId);
        content.removeAll();
        String cycleName = mine.map(PeerNominationPage::cycleName)
                .orElse(reports.isEmpty() ? "" : reports.getFirst().cycleName());
        content.add(new H1(getTranslation("ui360.peers.heading", cycleName)));
        if (mine.isEmpty() && reports.isEmpty()) {
            content.add(new EmptyState(getTranslation("ui360.peers.empty"), getTranslation("ui360.peers.empty.text")));
            return;
        }
        mine.ifPresent(page -> content.add(ownSection(page)));
        if (!reports.isEmpty()) {
            H2 heading = new H2(getTranslation("ui360.peers.reports"));
            heading.setId("peer-reports-heading");
            content.add(heading);
            reports.forEach(page -> content.add(reportSection(page)));
        }
    }

    private Optional<PeerNominationPage> mine() {
        try {
            return Optional.of(nominations.page(cycleId, currentUser.require().personId()));
        } catch (ResourceNotFoundException | AccessDeniedException notAParticipant) {
            // a manager outside the cycle still decides for their reports; the cycle itself must exist
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------ the participant

    private Section ownSection(PeerNominationPage page) {
        Section section = new Section();
        section.setId("peer-own");
        H2 heading = new H2(getTranslation("ui360.peers.own"));
        heading.setId("peer-own-heading");
        section.getElement().setAttribute("aria-labelledby", "peer-own-heading");
        section.add(heading, new Paragraph(getTranslation("ui360.peers.own.intro", page.placesTaken(), page.peerCap(),
                date(page.nominationDeadline()))));
        if (page.nominationOpen()) {
            ComboBox<OrgPerson> picker = picker("peer-nominee", page);
            Button nominate = new Button(getTranslation("ui360.peers.nominate"));
            nominate.setId("peer-nominate");
            nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            nominate.addClickListener(click -> act(picker,
                    () -> nominations.nominate(cycleId, picker.isEmpty() ? null : picker.getValue().id()),
                    "ui360.peers.nominated"));
            section.add(row(picker, nominate));
        } else {
            section.add(new Paragraph(getTranslation("ui360.peers.own.closed")));
        }
        section.add(list("peer-own-list", page, false));
        return section;
    }

    // ------------------------------------------------------------------ the manager

    private Section reportSection(PeerNominationPage page) {
        Section section = new Section();
        String headingId = "peer-report-heading-" + page.subjectId();
        section.setId("peer-report-" + page.subjectId());
        section.getElement().setAttribute("aria-labelledby", headingId);
        com.vaadin.flow.component.html.H3 heading = new com.vaadin.flow.component.html.H3(page.subjectName());
        heading.setId(headingId);
        section.add(heading, new Paragraph(getTranslation("ui360.peers.report.intro", page.placesTaken(),
                page.peerCap(), date(page.peerReviewDeadline()))));
        section.add(list("peer-report-list-" + page.subjectId(), page, page.decisionsOpen()));
        if (page.decisionsOpen()) {
            ComboBox<OrgPerson> picker = picker("peer-add-" + page.subjectId(), page);
            picker.setLabel(getTranslation("ui360.peers.add.label", page.subjectName()));
            Button add = new Button(getTranslation("ui360.peers.add"));
            add.setId("peer-add-button-" + page.subjectId());
            add.getElement().setAttribute("aria-label", getTranslation("ui360.peers.add.aria", page.subjectName()));
            add.addClickListener(click -> act(picker,
                    () -> nominations.add(cycleId, page.subjectId(), picker.isEmpty() ? null : picker.getValue().id()),
                    "ui360.peers.added"));
            section.add(row(picker, add));
        } else {
            section.add(new Paragraph(getTranslation("ui360.peers.report.closed")));
        }
        return section;
    }

    // ------------------------------------------------------------------ shared parts

    private Component list(String id, PeerNominationPage page, boolean decide) {
        if (page.nominations().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("ui360.peers.none"));
            none.setId(id);
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("k-peer-list");
        for (PeerNomination n : page.nominations()) {
            ListItem item = new ListItem();
            item.getElement().setAttribute("data-nominee", n.nomineeId().toString());
            item.getElement().setAttribute("data-status", n.status().name());
            Span name = new Span(n.nomineeName());
            name.getStyle().set("font-weight", "600");
            Span status = new Span(" · " + getTranslation("ui360.status." + n.status().name())
                    + (n.addedByManager() ? " · " + getTranslation("ui360.peers.added-by-manager") : "")
                    + (n.declineReason() != null ? " · " + getTranslation("ui360.peers.reason", n.declineReason()) : ""));
            item.add(name, status);
            if (decide && n.status() == NominationStatus.PENDING) {
                Button approve = new Button(getTranslation("ui360.peers.approve"), click -> act(null,
                        () -> nominations.approve(n.id(), n.version()), "ui360.peers.approved"));
                approve.setId("peer-approve-" + n.id());
                approve.getElement().setAttribute("aria-label",
                        getTranslation("ui360.peers.approve.aria", n.nomineeName(), n.subjectName()));
                approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                Button reject = new Button(getTranslation("ui360.peers.reject"), click -> act(null,
                        () -> nominations.reject(n.id(), n.version()), "ui360.peers.rejected"));
                reject.setId("peer-reject-" + n.id());
                reject.getElement().setAttribute("aria-label",
                        getTranslation("ui360.peers.reject.aria", n.nomineeName(), n.subjectName()));
                reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
                HorizontalLayout buttons = new HorizontalLayout(approve, reject);
                buttons.getStyle().set("display", "inline-flex").set("margin-inline-start", "var(--lumo-space-m)");
                item.add(buttons);
            }
            list.add(item);
        }
        return list;
    }

    private ComboBox<OrgPerson> picker(String id, PeerNominationPage page) {
        ComboBox<OrgPerson> picker = new ComboBox<>(getTranslation("ui360.peers.nominee"));
        picker.setId(id);
        picker.setHelperText(getTranslation("ui360.peers.nominee.help"));
        picker.setItemLabelGenerator(OrgPerson::fullName);
        // the subject cannot review themselves; the service tells about every other rule
        Set<UUID> excluded = Set.of(page.subjectId());
        picker.setItems(query -> org.activePeopleMatching(query.getFilter().orElse(""), excluded,
                Math.min(PICKER_LIMIT, query.getOffset() + query.getLimit())).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        picker.setWidth("20rem");
        return picker;
    }

    private static HorizontalLayout row(Component field, Button button) {
        HorizontalLayout row = new HorizontalLayout(field, button);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void act(ComboBox<OrgPerson> field, Supplier<PeerNomination> action, String doneKey) {
        if (field != null) {
            field.setInvalid(false);
        }
        try {
            PeerNomination done = action.get();
            Toast.success(getTranslation(doneKey, done.nomineeName()));
            show();
        } catch (ConcurrentEditException stale) {
            Toast.error(getTranslation("ui360.stale"));
            show();
        } catch (InvalidInputException invalid) {
            if (field != null) {
                // the picker keeps its choice so the person can correct it
                field.setErrorMessage(FieldErrors.joined(invalid.fieldErrors(), this::getTranslation));
                field.setInvalid(true);
            }
            Toast.error(FieldErrors.joined(invalid.fieldErrors(), this::getTranslation));
        } catch (AccessDeniedException | ResourceNotFoundException refused) {
            Toast.error(getTranslation("ui360.refused"));
            show();
        }
    }

    private String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(day);
    }
}
