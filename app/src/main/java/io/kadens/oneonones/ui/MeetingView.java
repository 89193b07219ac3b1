package io.kadens.oneonones.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.oneonones.ActionItem;
import io.kadens.oneonones.AgendaItem;
import io.kadens.oneonones.CheckIn;
import io.kadens.oneonones.CheckInAnswer;
import io.kadens.oneonones.CheckInQuestionKind;
import io.kadens.oneonones.CheckIns;
import io.kadens.oneonones.Meeting;
import io.kadens.oneonones.OneOnOneNotFoundException;
import io.kadens.oneonones.OneOnOneMeetings;
import io.kadens.oneonones.OneOnOneNotes;
import io.kadens.oneonones.PairKind;
import io.kadens.oneonones.Participant;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One meeting as one of its two people sees it: the shared agenda (carried-over and recurring points
 * marked), the report's check-in, shared notes, the viewer's own private notes, action items, and
 * "complete meeting". Anyone else, and any unknown id, gets "not found".
 */
@Route("one-on-ones/:meetingId")
@RolesAllowed(Role.EMPLOYEE_NAME)
class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OneOnOneMeetings oneOnOneMeetings;
    private final transient OneOnOneNotes oneOnOneNotes;
    private final transient CheckIns checkIns;
    private final transient CurrentUser currentUser;
    private final MeetingTimes times;
    private UUID meetingId;
    private Meeting meeting;
    private String title = "";

    MeetingView(OneOnOneMeetings oneOnOneMeetings, OneOnOneNotes oneOnOneNotes, CheckIns checkIns, CurrentUser currentUser, TenantSettingsService settings,
                io.kadens.oneonones.SuggestedTalkingPoints suggestedPoints) {
        this.suggestedPoints = suggestedPoints;
        this.oneOnOneMeetings = oneOnOneMeetings;
        this.oneOnOneNotes = oneOnOneNotes;
        this.checkIns = checkIns;
        this.currentUser = currentUser;
        this.times = new MeetingTimes(getLocale(), settings.zone());
        addClassName("k-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Meeting> found = event.getRouteParameters().get("meetingId").flatMap(MeetingView::parse)
                .flatMap(oneOnOneMeetings::meeting);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        meetingId = found.get().id();
        show(found.get());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void reload() {
        oneOnOneMeetings.meeting(meetingId).ifPresent(this::show);
    }

    private UUID me() {
        return currentUser.require().personId();
    }

    private void show(Meeting loaded) {
        meeting = loaded;
        removeAll();
        Participant other = meeting.pair().other(me());
        title = getTranslation("oneonones.meeting.title", other.name());
        Anchor back = new Anchor("one-on-ones", getTranslation("oneonones.back"));
        add(new Div(back), new H1(title));
        Paragraph facts = new Paragraph(times.dateTime(meeting.scheduledAt()) + " · "
                + getTranslation("oneonones.status." + meeting.status().name())
                + (meeting.completedAt() == null ? "" : " (" + times.date(meeting.completedAt()) + ")"));
        facts.setId("oneonones-meeting-facts");
        facts.addClassName("k-muted");
        add(facts);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (meeting.open()) {
            Button complete = new Button(getTranslation("oneonones.complete"), click -> complete());
            complete.setId("oneonones-complete");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("oneonones.cancel-meeting"), click -> cancelMeeting());
            cancel.setId("oneonones-cancel");
            Button reschedule = new Button(getTranslation("oneonones.reschedule"), click -> openReschedule());
            reschedule.setId("oneonones-reschedule");
            actions.add(complete, reschedule, cancel);
        }
        boolean managerOfReport = meeting.pair().kind() == PairKind.MANAGER && meeting.pair().lead().id().equals(me());
        if (managerOfReport) {
            Anchor summary = new Anchor("feedback-summary/" + meeting.pair().member().id(),
                    getTranslation("oneonones.feedback-summary"));
            summary.setId("oneonones-feedback-summary");
            actions.add(summary);
        }
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(actions);

        add(agenda(), checkIn(managerOfReport), sharedNotes(), privateNote(), actionItems());
    }

    /** Either of the pair moves the meeting: a date and time in the tenant's time zone, saved with the version seen. */
    private void openReschedule() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("oneonones.reschedule.title"));
        DateTimePicker when = new DateTimePicker(getTranslation("oneonones.reschedule.when"));
        when.setId("oneonones-reschedule-when");
        when.setLocale(getLocale());
        when.setStep(Duration.ofMinutes(15));
        when.setHelperText(getTranslation("oneonones.reschedule.zone", times.zone().getId()));
        when.setValue(LocalDateTime.ofInstant(meeting.scheduledAt(), times.zone()));
        long version = meeting.version();
        Button save = new Button(getTranslation("oneonones.reschedule.save"), click -> {
            Instant at = when.getValue() == null ? null : when.getValue().atZone(times.zone()).toInstant();
            when.setInvalid(false);
            try {
                oneOnOneMeetings.reschedule(meetingId, at, version);
                dialog.close();
                Toast.success(getTranslation("oneonones.reschedule.done", times.dateTime(at)));
                reload();
            } catch (InvalidInputException refused) {
                new FieldErrors().bindAll(java.util.Map.of("scheduledAt", when))
                        .showOrToast(refused.fieldErrors(), this::getTranslation);
            } catch (ConcurrentEditException conflict) {
                dialog.close();
                Toast.error(getTranslation("oneonones.conflict"));
                reload();
            } catch (OneOnOneNotFoundException gone) {
                dialog.close();
                Toast.error(getTranslation("oneonones.gone"));
            }
        });
        save.setId("oneonones-reschedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("oneonones.reschedule.close"), click -> dialog.close());
        dialog.add(when);
        dialog.getFooter().add(close, save);
        dialog.open();
        when.focus();
    }

    // ------------------------------------------------------------------ agenda

    private final transient io.kadens.oneonones.SuggestedTalkingPoints suggestedPoints;

    /** Points other features add (open development plan actions): shown on an open meeting, not stored. */
    private void suggested(Div card) {
        List<io.kadens.oneonones.SuggestedTalkingPoint> points = suggestedPoints.forMeeting(meeting.id());
        if (points.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("oneonones-suggested-points");
        for (io.kadens.oneonones.SuggestedTalkingPoint point : points) {
            Anchor link = new Anchor(point.link(), point.text());
            // Underlined: the link sits in a line of text, where colour alone would not tell it apart.
            link.getStyle().set("text-decoration", "underline");
            ListItem row = new ListItem(link, badge(getTranslation(point.sourceKey()), "oneonones-suggested"));
            row.setId(point.id());
            list.add(row);
        }
        card.add(list);
    }

    private Component agenda() {
        Div card = card("oneonones-agenda", getTranslation("oneonones.agenda"));
        suggested(card);
        UnorderedList list = new UnorderedList();
        list.setId("oneonones-agenda-list");
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        List<AgendaItem> items = meeting.agenda();
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("oneonones.agenda.empty"));
            none.addClassName("k-muted");
            card.add(none);
        }
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            ListItem row = new ListItem();
            row.addClassName("oneonones-agenda-item");
            row.getElement().setAttribute("data-carried-over", String.valueOf(item.carriedOver()));
            Checkbox covered = new Checkbox(item.text(), item.covered());
            covered.setEnabled(meeting.open());
            covered.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    act(() -> oneOnOneMeetings.setCovered(item.id(), change.getValue()), java.util.Map.of());
                }
            });
            row.add(covered);
            if (item.carriedOver()) {
                row.add(badge(getTranslation("oneonones.agenda.carried-over"), "oneonones-carried-over"));
            }
            if (item.recurring()) {
                row.add(badge(getTranslation("oneonones.agenda.recurring"), "oneonones-recurring"));
            }
            Span author = new Span(" · " + item.authorName());
            author.addClassName("k-muted");
            row.add(author);
            if (meeting.open()) {
                int index = i;
                Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("oneonones.agenda.up", item.text()),
                        () -> move(index, -1));
                up.setEnabled(i > 0);
                Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("oneonones.agenda.down", item.text()),
                        () -> move(index, 1));
                down.setEnabled(i < items.size() - 1);
                Button remove = iconButton(VaadinIcon.TRASH, getTranslation("oneonones.agenda.remove", item.text()),
                        () -> act(() -> {
                            oneOnOneMeetings.removeTalkingPoint(item.id());
                            return null;
                        }, java.util.Map.of()));
                row.add(up, down, remove);
            }
            list.add(row);
        }
        card.add(list);
        if (meeting.open()) {
            TextField text = new TextField(getTranslation("oneonones.agenda.new"));
            text.setId("oneonones-new-point");
            text.setMaxLength(500);
            text.setWidth("min(100%, 420px)");
            Checkbox recurring = new Checkbox(getTranslation("oneonones.agenda.new.recurring"));
            recurring.setId("oneonones-new-point-recurring");
            Button add = new Button(getTranslation("oneonones.agenda.add"), click -> act(
                    () -> oneOnOneMeetings.addTalkingPoint(meeting.id(), text.getValue(), recurring.getValue()),
                    java.util.Map.of("text", text)));
            add.setId("oneonones-add-point");
            add.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(text);
            HorizontalLayout form = new HorizontalLayout(text, recurring, add);
            form.setWrap(true);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            card.add(form);
        } else {
            Paragraph closed = new Paragraph(getTranslation("oneonones.agenda.meeting-closed"));
            closed.addClassName("k-muted");
            card.add(closed);
        }
        return card;
    }

    private void move(int index, int delta) {
        List<UUID> order = new ArrayList<>(meeting.agenda().stream().map(AgendaItem::id).toList());
        UUID moved = order.remove(index);
        order.add(index + delta, moved);
        act(() -> oneOnOneMeetings.reorderAgenda(meeting.id(), order), java.util.Map.of());
    }

    // ------------------------------------------------------------------ check-in

    private Component checkIn(boolean managerOfReport) {
        Div card = card("oneonones-checkin", getTranslation("oneonones.checkin"));
        if (meeting.pair().kind() != PairKind.MANAGER) {
            Paragraph none = new Paragraph(getTranslation("oneonones.checkin.mentor"));
            none.addClassName("k-muted");
            card.add(none);
            return card;
        }
        CheckIn checkIn = meeting.checkIn();
        if (checkIn == null) {
            Paragraph none = new Paragraph(getTranslation(managerOfReport
                    ? "oneonones.checkin.none.manager" : "oneonones.checkin.none.report"));
            none.addClassName("k-muted");
            card.add(none);
            if (!managerOfReport && meeting.open()) {
                card.add(new Anchor("check-ins", getTranslation("oneonones.checkin.fill-in")));
            }
            return card;
        }
        card.add(checkInAnswers(checkIn));
        if (managerOfReport) {
            TextArea reply = new TextArea(getTranslation("oneonones.checkin.reply"));
            reply.setId("oneonones-checkin-reply");
            reply.setWidthFull();
            reply.setMaxLength(5000);
            reply.setValue(checkIn.reply() == null ? "" : checkIn.reply());
            Button send = new Button(getTranslation("oneonones.checkin.reply.send"), click -> act(
                    () -> checkIns.reply(checkIn.id(), reply.getValue(), checkIn.version()),
                    java.util.Map.of("reply", reply)));
            send.setId("oneonones-checkin-reply-send");
            card.add(reply, send);
        } else if (checkIn.reply() != null) {
            card.add(new H3(getTranslation("oneonones.checkin.reply.from", checkIn.manager().name())),
                    new Paragraph(checkIn.reply()));
        }
        return card;
    }

    private Component checkInAnswers(CheckIn checkIn) {
        Div answers = new Div();
        answers.setId("oneonones-checkin-answers");
        Paragraph submitted = new Paragraph(getTranslation(checkIn.onTime() ? "oneonones.checkin.submitted"
                : "oneonones.checkin.submitted.late", times.dateTime(checkIn.submittedAt())));
        submitted.addClassName("k-muted");
        answers.add(submitted);
        for (CheckInAnswer answer : checkIn.answers()) {
            String value = answer.kind() == CheckInQuestionKind.PULSE
                    ? (answer.pulse() == null ? "–" : getTranslation("oneonones.checkin.pulse", answer.pulse()))
                    : (answer.text() == null ? "–" : answer.text());
            H3 question = new H3(answer.question(getLocale()));
            question.getStyle().set("font-size", "var(--lumo-font-size-m)");
            answers.add(question, new Paragraph(value));
        }
        return answers;
    }

    // ------------------------------------------------------------------ notes

    private Component sharedNotes() {
        Div card = card("oneonones-shared-notes", getTranslation("oneonones.notes.shared"));
        TextArea notes = new TextArea(getTranslation("oneonones.notes.shared.label"));
        notes.setId("oneonones-shared-notes-text");
        notes.setWidthFull();
        notes.setMinHeight("8em");
        notes.setMaxLength(20_000);
        notes.setValue(meeting.sharedNotes().text());
        long version = meeting.sharedNotes().version();
        Button save = new Button(getTranslation("oneonones.notes.save"), click -> act(
                () -> oneOnOneNotes.saveSharedNotes(meeting.id(), notes.getValue(), version),
                java.util.Map.of("sharedNotes", notes)));
        save.setId("oneonones-shared-notes-save");
        card.add(notes, save);
        return card;
    }

    private Component privateNote() {
        Div card = card("oneonones-private-note", getTranslation("oneonones.notes.private"));
        card.getStyle().set("border-left", "4px solid var(--lumo-contrast-50pct)");
        Paragraph explanation = new Paragraph(getTranslation("oneonones.notes.private.explanation"));
        explanation.addClassName("k-muted");
        TextArea note = new TextArea(getTranslation("oneonones.notes.private.label"));
        note.setId("oneonones-private-note-text");
        note.setWidthFull();
        note.setMinHeight("6em");
        note.setMaxLength(20_000);
        note.setValue(meeting.myPrivateNote().text());
        long version = meeting.myPrivateNote().version();
        Button save = new Button(getTranslation("oneonones.notes.private.save"), click -> act(
                () -> oneOnOneNotes.savePrivateNote(meeting.id(), note.getValue(), version),
                java.util.Map.of("privateNote", note)));
        save.setId("oneonones-private-note-save");
        card.add(explanation, note, save);
        return card;
    }

    // ------------------------------------------------------------------ action items

    private Component actionItems() {
        Div card = card("oneonones-action-items", getTranslation("oneonones.actions"));
        UnorderedList list = new UnorderedList();
        list.setId("oneonones-action-list");
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        if (meeting.actionItems().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("oneonones.actions.empty"));
            none.addClassName("k-muted");
            card.add(none);
        }
        for (ActionItem item : meeting.actionItems()) {
            ListItem row = new ListItem();
            row.addClassName("oneonones-action-item");
            Checkbox done = new Checkbox(item.text(), item.done());
            done.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    act(() -> oneOnOneNotes.setActionItemDone(item.id(), change.getValue()), java.util.Map.of());
                }
            });
            Span details = new Span(" · " + item.ownerName()
                    + (item.dueDate() == null ? "" : " · " + getTranslation("oneonones.actions.due", times.date(item.dueDate())))
                    + (item.meetingId().equals(meeting.id()) ? "" : " · " + getTranslation("oneonones.actions.earlier")));
            details.addClassName("k-muted");
            row.add(done, details);
            list.add(row);
        }
        card.add(list);

        TextField text = new TextField(getTranslation("oneonones.actions.new"));
        text.setId("oneonones-new-action");
        text.setMaxLength(500);
        text.setWidth("min(100%, 360px)");
        Select<Participant> owner = new Select<>();
        owner.setLabel(getTranslation("oneonones.actions.owner"));
        owner.setId("oneonones-new-action-owner");
        owner.setItems(meeting.pair().member(), meeting.pair().lead());
        owner.setItemLabelGenerator(Participant::name);
        owner.setValue(meeting.pair().member());
        DatePicker due = new DatePicker(getTranslation("oneonones.actions.due.label"));
        due.setId("oneonones-new-action-due");
        due.setLocale(getLocale());
        due.setMin(LocalDate.now(times.zone()));
        Button add = new Button(getTranslation("oneonones.actions.add"), click -> act(
                () -> oneOnOneNotes.addActionItem(meeting.id(), owner.getValue() == null ? null : owner.getValue().id(),
                        text.getValue(), due.getValue()),
                java.util.Map.of("text", text, "dueDate", due, "owner", owner)));
        add.setId("oneonones-add-action");
        HorizontalLayout form = new HorizontalLayout(text, owner, due, add);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(form);
        return card;
    }

    // ------------------------------------------------------------------ actions

    private void complete() {
        act(() -> {
            oneOnOneMeetings.complete(meeting.id());
            Toast.success(getTranslation("oneonones.completed"));
            return null;
        }, java.util.Map.of());
    }

    private void cancelMeeting() {
        act(() -> {
            oneOnOneMeetings.cancel(meeting.id());
            return null;
        }, java.util.Map.of());
    }

    /**
     * Runs a change and shows the meeting again. A refusal marks the field it names (when that field
     * is on the form) and otherwise says what is wrong in a message; conflicts ask to reload.
     */
    private void act(Supplier<?> change, java.util.Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.get();
            reload();
        } catch (InvalidInputException refused) {
            new FieldErrors().bindAll(fields).showOrToast(refused.fieldErrors(), this::getTranslation);
        } catch (ConcurrentEditException conflict) {
            Toast.error(getTranslation("oneonones.conflict"));
        } catch (OneOnOneNotFoundException gone) {
            Toast.error(getTranslation("oneonones.gone"));
        }
    }

    private Div card(String id, String heading) {
        Div card = new Div(new H2(heading));
        card.setId(id);
        card.addClassName("k-card");
        card.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        return card;
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassName(className);
        badge.getStyle().set("margin-inline-start", "var(--lumo-space-s)").set("padding", "0 0.5em")
                .set("border-radius", "var(--lumo-border-radius-m)").set("background", "var(--lumo-contrast-10pct)")
                .set("font-size", "var(--lumo-font-size-s)");
        return badge;
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.getElement().setAttribute("aria-label", label);
        button.getElement().setAttribute("title", label);
        return button;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
