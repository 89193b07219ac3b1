package io.kadens.oneonones.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.Toast;
import io.kadens.oneonones.MyOneOnOne;
import io.kadens.oneonones.OneOnOneNotFoundException;
import io.kadens.oneonones.OneOnOnes;
import io.kadens.oneonones.PairKind;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * My 1:1s: as a manager (or mentor) one row per report with the next meeting, open action items and
 * the last check-in pulse; as a report, my manager (and mentors). Opening a row opens its next meeting.
 */
@Route("one-on-ones")
@Menu(order = 3, title = "oneonones.nav", icon = "vaadin:handshake")
@RolesAllowed(Role.EMPLOYEE_NAME)
class OneOnOnesView extends Main implements PageTitles.Translated {

    private final transient OneOnOnes oneOnOnes;
    private final transient PeopleService people;
    private final KadensUser me;
    private final MeetingTimes times;

    OneOnOnesView(OneOnOnes oneOnOnes, TenantSettingsService settings, PeopleService people, CurrentUser currentUser) {
        this.oneOnOnes = oneOnOnes;
        this.people = people;
        this.me = currentUser.require();
        this.times = new MeetingTimes(getLocale(), settings.zone());
        addClassName("k-page");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("oneonones.heading")));
        List<MyOneOnOne> mine = oneOnOnes.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(getTranslation("oneonones.empty.title"), getTranslation("oneonones.empty.text")));
            add(mentoring());
            return;
        }
        List<MyOneOnOne> leading = mine.stream().filter(MyOneOnOne::iLead).toList();
        List<MyOneOnOne> with = mine.stream().filter(r -> !r.iLead()).toList();
        if (!leading.isEmpty()) {
            add(new H2(getTranslation("oneonones.as-lead")));
            add(grid("oneonones-lead-grid", leading, times, true));
        }
        if (!with.isEmpty()) {
            add(new H2(getTranslation("oneonones.as-member")));
            add(grid("oneonones-member-grid", with, times, false));
        }
        Paragraph hint = new Paragraph(getTranslation("oneonones.hint"));
        hint.addClassName("k-muted");
        add(hint);
        add(mentoring());
    }

    // ------------------------------------------------------------------ mentoring

    /**
     * Starting a mentorship: people pair themselves with someone (as mentor or mentee); HR admins pair any
     * two people. Ending one is a button on its row.
     */
    private com.vaadin.flow.component.Component mentoring() {
        com.vaadin.flow.component.html.Section section = new com.vaadin.flow.component.html.Section();
        section.setId("oneonones-mentoring");
        H2 heading = new H2(getTranslation("oneonones.mentoring"));
        heading.setId("oneonones-mentoring-heading");
        section.getElement().setAttribute("aria-labelledby", "oneonones-mentoring-heading");
        Paragraph intro = new Paragraph(getTranslation(me.has(Role.HR_ADMIN) ? "oneonones.mentoring.intro.hr"
                : "oneonones.mentoring.intro"));
        intro.addClassName("k-muted");
        ComboBox<DirectoryEntry> mentor = personPicker("oneonones.mentoring.mentor", "oneonones-mentor");
        ComboBox<DirectoryEntry> mentee = personPicker("oneonones.mentoring.mentee", "oneonones-mentee");
        RadioButtonGroup<Boolean> iAmMentor = new RadioButtonGroup<>(getTranslation("oneonones.mentoring.role"));
        iAmMentor.setId("oneonones-mentoring-role");
        iAmMentor.setItems(false, true);
        iAmMentor.setItemLabelGenerator(mentorRole -> getTranslation(mentorRole
                ? "oneonones.mentoring.role.mentor" : "oneonones.mentoring.role.mentee"));
        iAmMentor.setValue(false);
        ComboBox<DirectoryEntry> other = personPicker("oneonones.mentoring.other", "oneonones-mentoring-other");
        Button start = new Button(getTranslation("oneonones.mentoring.start"));
        start.setId("oneonones-mentoring-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout();
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (me.has(Role.HR_ADMIN)) {
            form.add(mentor, mentee, start);
            start.addClickListener(click -> startMentoring(id(mentor), id(mentee), Map.of("mentor", mentor, "mentee", mentee)));
        } else {
            form.add(iAmMentor, other, start);
            start.addClickListener(click -> {
                boolean mentoring = Boolean.TRUE.equals(iAmMentor.getValue());
                UUID them = id(other);
                startMentoring(mentoring ? me.personId() : them, mentoring ? them : me.personId(),
                        Map.of("mentor", other, "mentee", other));
            });
        }
        section.add(heading, intro, form);
        return section;
    }

    private ComboBox<DirectoryEntry> personPicker(String labelKey, String id) {
        ComboBox<DirectoryEntry> picker = new ComboBox<>(getTranslation(labelKey));
        picker.setId(id);
        picker.setItems(query -> people.search(query.getFilter().orElse("")).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        picker.setItemLabelGenerator(person -> person.fullName()
                + (person.jobTitle() == null ? "" : " · " + person.jobTitle()));
        picker.setWidth("min(100%, 22em)");
        return picker;
    }

    private static UUID id(ComboBox<DirectoryEntry> picker) {
        return picker.getValue() == null ? null : picker.getValue().id();
    }

    private void startMentoring(UUID mentorId, UUID menteeId, Map<String, ComboBox<DirectoryEntry>> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            oneOnOnes.createMentorPair(mentorId, menteeId);
            Toast.success(getTranslation("oneonones.mentoring.started"));
            render();
        } catch (InvalidInputException refused) {
            new FieldErrors().bindAll(fields).showOrToast(refused.fieldErrors(), this::getTranslation);
        } catch (OneOnOneNotFoundException gone) {
            Toast.error(getTranslation("oneonones.gone"));
        }
    }

    private void confirmEnd(MyOneOnOne row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("oneonones.mentoring.end.title", row.other().name()));
        dialog.add(new Paragraph(getTranslation("oneonones.mentoring.end.text")));
        Button end = new Button(getTranslation("oneonones.mentoring.end"), click -> {
            try {
                oneOnOnes.endMentorPair(row.pairId());
                Toast.success(getTranslation("oneonones.mentoring.ended", row.other().name()));
            } catch (OneOnOneNotFoundException | InvalidInputException gone) {
                Toast.error(getTranslation("oneonones.gone"));
            }
            dialog.close();
            render();
        });
        end.setId("oneonones-mentoring-end-confirm");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("oneonones.mentoring.keep"), click -> dialog.close());
        dialog.getFooter().add(keep, end);
        dialog.open();
    }

    private ResponsiveList<MyOneOnOne> grid(String id, List<MyOneOnOne> rows, MeetingTimes times, boolean lead) {
        Grid<MyOneOnOne> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.other().name()).setHeader(getTranslation("oneonones.col.person")).setAutoWidth(true);
        grid.addColumn(r -> kind(r, lead))
                .setHeader(getTranslation("oneonones.col.kind"));
        grid.addColumn(r -> r.nextMeeting() == null ? "–" : times.dateTime(r.nextMeeting().scheduledAt()))
                .setHeader(getTranslation("oneonones.col.next")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("oneonones.cadence." + r.pair().cadence().name()))
                .setHeader(getTranslation("oneonones.col.cadence"));
        grid.addColumn(MyOneOnOne::openActionItems).setHeader(getTranslation("oneonones.col.open-actions"));
        if (lead) {
            grid.addColumn(r -> r.lastPulse() == null ? "–" : r.lastPulse() + " / 5")
                    .setHeader(getTranslation("oneonones.col.pulse"));
        }
        grid.addComponentColumn(r -> actions(r)).setHeader(getTranslation("oneonones.col.meeting"));
        // On a phone: a card per person with the next meeting's date, which the grid would cut off.
        ResponsiveList<MyOneOnOne> list = new ResponsiveList<>(grid, getTranslation(lead ? "oneonones.as-lead" : "oneonones.as-member"))
                .cardTitle(r -> r.other().name())
                .cardFact("next", getTranslation("oneonones.col.next"),
                        r -> r.nextMeeting() == null ? "–" : times.dateTime(r.nextMeeting().scheduledAt()))
                .cardFact("kind", getTranslation("oneonones.col.kind"), r -> kind(r, lead))
                .cardFact("open-actions", getTranslation("oneonones.col.open-actions"), MyOneOnOne::openActionItems)
                .cardActions(this::actions);
        list.setItems(rows);
        return list;
    }

    private String kind(MyOneOnOne r, boolean lead) {
        return getTranslation(r.pair().kind() == PairKind.MANAGER
                ? (lead ? "oneonones.kind.report" : "oneonones.kind.manager")
                : (lead ? "oneonones.kind.mentee" : "oneonones.kind.mentor"));
    }

    private com.vaadin.flow.component.Component actions(MyOneOnOne r) {
        Button open = new Button(getTranslation("oneonones.open"), click -> open(r));
        open.setEnabled(r.nextMeeting() != null);
        open.getElement().setAttribute("aria-label", getTranslation("oneonones.open.with", r.other().name()));
        open.addClassName("oneonones-open");
        if (r.pair().kind() != PairKind.MENTOR) {
            return open;
        }
        Button end = new Button(getTranslation("oneonones.mentoring.end"), click -> confirmEnd(r));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        end.getElement().setAttribute("aria-label", getTranslation("oneonones.mentoring.end.with", r.other().name()));
        end.addClassName("oneonones-mentoring-end");
        return new HorizontalLayout(open, end);
    }

    private void open(MyOneOnOne row) {
        getUI().ifPresent(ui -> ui.navigate("one-on-ones/" + row.nextMeeting().id()));
    }

    @Override
    public String titleKey() {
        return "oneonones.heading";
    }
}
