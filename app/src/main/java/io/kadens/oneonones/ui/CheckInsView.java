package io.kadens.oneonones.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.Toast;
import io.kadens.oneonones.AnswerInput;
import io.kadens.oneonones.CheckIn;
import io.kadens.oneonones.CheckInAnswer;
import io.kadens.oneonones.CheckInQuestion;
import io.kadens.oneonones.CheckInQuestionKind;
import io.kadens.oneonones.CheckIns;
import io.kadens.oneonones.CurrentCheckIn;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Check-ins: fill in the one for the next 1:1 with one's manager, see one's history with the manager's
 * replies; managers see their reports' check-ins (replying on the meeting page) and adherence.
 */
@Route("check-ins")
@Menu(order = 4, title = "checkins.nav", icon = "vaadin:clipboard-check")
@RolesAllowed(Role.EMPLOYEE_NAME)
class CheckInsView extends Main implements PageTitles.Translated {

    static final int ADHERENCE_DAYS = 90;

    private final transient CheckIns checkIns;
    private final MeetingTimes times;
    private final KadensUser me;

    CheckInsView(CheckIns checkIns, CurrentUser currentUser, TenantSettingsService settings) {
        this.checkIns = checkIns;
        this.me = currentUser.require();
        this.times = new MeetingTimes(getLocale(), settings.zone());
        addClassName("k-page");
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("checkins.heading")));
        Optional<CurrentCheckIn> current = checkIns.current();
        if (current.isPresent()) {
            add(form(current.get()));
        } else {
            Paragraph none = new Paragraph(getTranslation("checkins.no-manager"));
            none.addClassName("k-muted");
            add(none);
        }
        add(history());
        if (me.has(Role.MANAGER)) {
            add(reports());
            add(new AdherencePanel(checkIns.adherenceOfLastDays(ADHERENCE_DAYS), ADHERENCE_DAYS));
        }
    }

    private Component form(CurrentCheckIn current) {
        Div card = new Div();
        card.setId("checkins-form");
        card.addClassName("k-card");
        card.add(new H2(getTranslation("checkins.form.heading", current.manager().name(),
                times.dateTime(current.meetingAt()))));
        if (current.submitted() != null) {
            Paragraph sent = new Paragraph(getTranslation("checkins.form.submitted",
                    times.dateTime(current.submitted().submittedAt())));
            sent.setId("checkins-submitted");
            sent.addClassName("k-muted");
            card.add(sent);
        }
        Map<UUID, CheckInAnswer> previous = new LinkedHashMap<>();
        if (current.submitted() != null) {
            current.submitted().answers().forEach(a -> previous.put(a.questionId(), a));
        }
        Map<UUID, TextArea> texts = new LinkedHashMap<>();
        Map<UUID, RadioButtonGroup<Integer>> pulses = new LinkedHashMap<>();
        Map<UUID, HasValidation> fields = new LinkedHashMap<>();
        int index = 0;
        for (CheckInQuestion question : current.questionnaire().questions()) {
            String label = question.text(getLocale()) + (question.required() ? " *" : "");
            CheckInAnswer answer = previous.get(question.id());
            if (question.kind() == CheckInQuestionKind.PULSE) {
                RadioButtonGroup<Integer> pulse = new RadioButtonGroup<>(label);
                pulse.setId("checkins-pulse");
                pulse.setItems(1, 2, 3, 4, 5);
                pulse.setItemLabelGenerator(v -> getTranslation("checkins.pulse." + v));
                if (answer != null && answer.pulse() != null) {
                    pulse.setValue(answer.pulse());
                }
                pulses.put(question.id(), pulse);
                fields.put(question.id(), pulse);
                card.add(pulse);
            } else {
                TextArea text = new TextArea(label);
                text.setId("checkins-answer-" + index);
                text.setWidthFull();
                text.setMaxLength(CheckIns.MAX_ANSWER);
                if (answer != null && answer.text() != null) {
                    text.setValue(answer.text());
                }
                texts.put(question.id(), text);
                fields.put(question.id(), text);
                card.add(text);
            }
            index++;
        }
        Paragraph formError = new Paragraph();
        formError.setId("checkins-form-error");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        formError.getElement().setAttribute("role", "alert");
        Button submit = new Button(getTranslation(current.submitted() == null ? "checkins.submit" : "checkins.update"),
                click -> {
                    List<AnswerInput> answers = new ArrayList<>();
                    texts.forEach((id, field) -> answers.add(new AnswerInput(id, field.getValue(), null)));
                    pulses.forEach((id, field) -> answers.add(new AnswerInput(id, null, field.getValue())));
                    fields.values().forEach(f -> f.setInvalid(false));
                    formError.setText("");
                    try {
                        checkIns.submit(current.meetingId(), answers);
                        Toast.success(getTranslation("checkins.submitted"));
                        show();
                    } catch (InvalidInputException refused) {
                        refused.fieldErrors().forEach((field, key) -> {
                            HasValidation target = field.startsWith("answers.")
                                    ? fields.get(parse(field.substring("answers.".length()))) : null;
                            if (target != null) {
                                target.setInvalid(true);
                                target.setErrorMessage(getTranslation(key));
                            } else {
                                formError.setText(getTranslation(key));
                            }
                        });
                    }
                });
        submit.setId("checkins-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(formError, submit);
        return card;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private Component history() {
        Div card = new Div(new H2(getTranslation("checkins.history")));
        card.setId("checkins-history");
        card.addClassName("k-card");
        List<CheckIn> mine = checkIns.mine();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("checkins.history.empty"));
            none.addClassName("k-muted");
            card.add(none);
            return card;
        }
        Grid<CheckIn> grid = new Grid<>();
        grid.setId("checkins-history-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> times.date(c.meetingAt())).setHeader(getTranslation("checkins.col.meeting")).setAutoWidth(true);
        grid.addColumn(c -> c.pulse() == null ? "–" : c.pulse() + " / 5").setHeader(getTranslation("checkins.col.pulse"));
        grid.addColumn(c -> getTranslation(c.onTime() ? "checkins.on-time" : "checkins.late"))
                .setHeader(getTranslation("checkins.col.on-time"));
        grid.addColumn(c -> c.reply() == null ? "–" : c.reply()).setHeader(getTranslation("checkins.col.reply"));
        // on a phone each check-in is a card: the meeting date, pulse, on time or late, and the manager's reply
        ResponsiveList<CheckIn> list = new ResponsiveList<>(grid, getTranslation("checkins.history"))
                .cardTitle(c -> times.date(c.meetingAt()))
                .cardFact("pulse", getTranslation("checkins.col.pulse"), c -> c.pulse() == null ? "–" : c.pulse() + " / 5")
                .cardFact("on-time", getTranslation("checkins.col.on-time"),
                        c -> getTranslation(c.onTime() ? "checkins.on-time" : "checkins.late"))
                .cardFact("reply", getTranslation("checkins.col.reply"), c -> c.reply());
        list.setItems(mine);
        card.add(list);
        return card;
    }

    private Component reports() {
        Div card = new Div(new H2(getTranslation("checkins.reports")));
        card.setId("checkins-reports");
        card.addClassName("k-card");
        List<CheckIn> theirs = checkIns.ofMyReports();
        if (theirs.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("checkins.reports.empty"));
            none.addClassName("k-muted");
            card.add(none);
            return card;
        }
        Grid<CheckIn> grid = new Grid<>();
        grid.setId("checkins-reports-grid");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> c.employee().name()).setHeader(getTranslation("checkins.col.person")).setAutoWidth(true);
        grid.addColumn(c -> times.date(c.meetingAt())).setHeader(getTranslation("checkins.col.meeting"));
        grid.addColumn(c -> c.pulse() == null ? "–" : c.pulse() + " / 5").setHeader(getTranslation("checkins.col.pulse"));
        grid.addColumn(c -> getTranslation(c.reply() == null ? "checkins.reply.missing" : "checkins.reply.done"))
                .setHeader(getTranslation("checkins.col.reply"));
        grid.addComponentColumn(c -> new Anchor("one-on-ones/" + c.meetingId(),
                getTranslation("checkins.open-meeting", c.employee().name())))
                .setHeader(getTranslation("checkins.col.meeting-link"));
        ResponsiveList<CheckIn> list = new ResponsiveList<>(grid, getTranslation("checkins.reports"))
                .cardTitle(c -> new Anchor("one-on-ones/" + c.meetingId(),
                        getTranslation("checkins.open-meeting", c.employee().name())))
                .cardFact("meeting", getTranslation("checkins.col.meeting"), c -> times.date(c.meetingAt()))
                .cardFact("pulse", getTranslation("checkins.col.pulse"), c -> c.pulse() == null ? "–" : c.pulse() + " / 5")
                .cardFact("reply", getTranslation("checkins.col.reply"),
                        c -> getTranslation(c.reply() == null ? "checkins.reply.missing" : "checkins.reply.done"));
        list.setItems(theirs.size() > 50 ? theirs.subList(0, 50) : theirs);
        card.add(list);
        return card;
    }

    @Override
    public String titleKey() {
        return "checkins.heading";
    }
}
