package io.kadens.oneonones.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.oneonones.MyOneOnOne;
import io.kadens.oneonones.OneOnOnes;
import io.kadens.oneonones.PairKind;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * My 1:1s: as a manager (or mentor) one row per report with the next meeting, open action items and
 * the last check-in pulse; as a report, my manager (and mentors). Opening a row opens its next meeting.
 */
@Route("one-on-ones")
@Menu(order = 3, title = "oneonones.nav", icon = "vaadin:handshake")
@RolesAllowed(Role.EMPLOYEE_NAME)
class OneOnOnesView extends Main implements PageTitles.Translated {

    OneOnOnesView(OneOnOnes oneOnOnes, TenantSettingsService settings) {
        addClassName("k-page");
        MeetingTimes times = new MeetingTimes(getLocale(), MeetingTimes.zoneOf(settings.current().timeZone()));
        add(new H1(getTranslation("oneonones.heading")));
        List<MyOneOnOne> mine = oneOnOnes.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(getTranslation("oneonones.empty.title"), getTranslation("oneonones.empty.text")));
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
    }

    private Grid<MyOneOnOne> grid(String id, List<MyOneOnOne> rows, MeetingTimes times, boolean lead) {
        Grid<MyOneOnOne> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.other().name()).setHeader(getTranslation("oneonones.col.person")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.pair().kind() == PairKind.MANAGER
                        ? (lead ? "oneonones.kind.report" : "oneonones.kind.manager")
                        : (lead ? "oneonones.kind.mentee" : "oneonones.kind.mentor")))
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
        grid.addComponentColumn(r -> {
            Button open = new Button(getTranslation("oneonones.open"), click -> open(r));
            open.setEnabled(r.nextMeeting() != null);
            open.getElement().setAttribute("aria-label", getTranslation("oneonones.open.with", r.other().name()));
            open.addClassName("oneonones-open");
            return open;
        }).setHeader(getTranslation("oneonones.col.meeting"));
        grid.setItems(rows);
        return grid;
    }

    private void open(MyOneOnOne row) {
        getUI().ifPresent(ui -> ui.navigate("one-on-ones/" + row.nextMeeting().id()));
    }

    @Override
    public String titleKey() {
        return "oneonones.heading";
    }
}
