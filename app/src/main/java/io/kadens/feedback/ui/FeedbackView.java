package io.kadens.feedback.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.feedback.AnonymousGroup;
import io.kadens.feedback.AnswerToRequest;
import io.kadens.feedback.Feedback;
import io.kadens.feedback.FeedbackFilter;
import io.kadens.feedback.FeedbackItem;
import io.kadens.feedback.FeedbackNotFoundException;
import io.kadens.feedback.FeedbackRequest;
import io.kadens.feedback.FeedbackReports;
import io.kadens.feedback.FeedbackRequests;
import io.kadens.feedback.FeedbackSource;
import io.kadens.feedback.FeedbackVisibility;
import io.kadens.feedback.NewFeedback;
import io.kadens.feedback.NewFeedbackRequest;
import io.kadens.feedback.ReceivedFeedback;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.Toast;
import io.kadens.goals.GoalSummary;
import io.kadens.goals.GoalQueries;
import io.kadens.feedback.RequestRecipient;
import io.kadens.feedback.RequestStatus;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.PeopleService;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The person's feedback: received (named items, then anonymous groups once they reach the threshold),
 * given, and requests (to answer, and asked); dialogs to give feedback and to ask for it. Managers pick one
 * of their reports under "Whose feedback" to read what the organisation lets them read.
 */
@Route("feedback")
@Menu(order = 6, title = "feedback.nav", icon = "vaadin:comments-o")
@RolesAllowed(Role.EMPLOYEE_NAME)
class FeedbackView extends Main implements PageTitles.Translated, BeforeEnterObserver {

    private final transient Feedback feedback;
    private final transient FeedbackReports reports;
    private final transient FeedbackRequests requests;
    private final transient PeopleService people;
    private final transient TenantSettingsService tenantSettings;
    private final transient GoalQueries goals;
    private final KadensUser me;
    private final FeedbackItems.Texts texts = this::getTranslation;

    private final Select<UUID> whose = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<String> competency = new Select<>();
    private final VerticalLayout receivedList = new VerticalLayout();
    private final VerticalLayout givenList = new VerticalLayout();
    // Sections switched by a row of toggle buttons: Vaadin's tab sheet fails axe's ARIA rule for tab lists here.
    private final Div section = new Div();
    private final List<Button> sectionButtons = new ArrayList<>();
    private final List<Component> sections = new ArrayList<>();
    private final List<String> sectionKeys = new ArrayList<>();
    private static final int GIVEN_TAB = 1;
    private final Grid<FeedbackRequest> toAnswer = new Grid<>();
    private final Grid<FeedbackRequest> asked = new Grid<>();
    // The two request lists as cards on a phone (set up with the requests tab, before the first refresh).
    private ResponsiveList<FeedbackRequest> toAnswerList;
    private ResponsiveList<FeedbackRequest> askedList;
    private final Map<UUID, String> readable = new LinkedHashMap<>();

    FeedbackView(Feedback feedback, FeedbackRequests requests, PeopleService people,
                 TenantSettingsService tenantSettings, CurrentUser currentUser, GoalQueries goals, FeedbackReports reports) {
        this.feedback = feedback;
        this.reports = reports;
        this.goals = goals;
        this.requests = requests;
        this.people = people;
        this.tenantSettings = tenantSettings;
        this.me = currentUser.require();
        addClassName("k-page");

        Button give = new Button(getTranslation("feedback.give"), click -> openGive());
        give.setId("feedback-give");
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button ask = new Button(getTranslation("feedback.ask"), click -> openAsk());
        ask.setId("feedback-ask");
        HorizontalLayout actions = new HorizontalLayout(give, ask);

        HorizontalLayout sectionBar = new HorizontalLayout();
        sectionBar.setId("feedback-tabs");
        sectionBar.getElement().setAttribute("role", "group");
        sectionBar.getElement().setAttribute("aria-label", getTranslation("feedback.heading"));
        addSection(sectionBar, "received", getTranslation("feedback.tab.received"), receivedTab());
        addSection(sectionBar, "given", getTranslation("feedback.tab.given"), givenTab());
        addSection(sectionBar, "requests", getTranslation("feedback.tab.requests"), requestsTab());
        section.setWidthFull();
        showSection(0);
        add(new H1(getTranslation("feedback.heading")), actions, sectionBar, section);
        refresh();
    }

    private void addSection(HorizontalLayout bar, String key, String label, Component content) {
        int index = sections.size();
        Button button = new Button(label, click -> showSection(index));
        button.setId("feedback-tab-" + key);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sectionButtons.add(button);
        sections.add(content);
        sectionKeys.add(key);
        bar.add(button);
    }

    /** {@code feedback?section=requests} opens a section directly (the home page links to requests to answer). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("section")
                .map(sectionKeys::indexOf).filter(index -> index >= 0).ifPresent(this::showSection);
    }

    private void showSection(int index) {
        section.removeAll();
        section.add(sections.get(index));
        for (int i = 0; i < sectionButtons.size(); i++) {
            Button button = sectionButtons.get(i);
            boolean shown = i == index;
            button.getElement().setAttribute("aria-pressed", String.valueOf(shown));
            if (shown) {
                button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_CONTRAST);
            }
        }
    }

    // ------------------------------------------------------------------ received

    private Component receivedTab() {
        readable.put(me.personId(), getTranslation("feedback.whose.me"));
        if (me.has(Role.MANAGER)) {
            // One question for everyone below (it was three transactions per person).
            readable.putAll(feedback.readableAmong(people.everyoneUnder(me.personId()).stream()
                    .filter(id -> !id.equals(me.personId())).toList()));
        }
        whose.setLabel(getTranslation("feedback.whose"));
        whose.setId("feedback-whose");
        whose.setItems(readable.keySet());
        whose.setItemLabelGenerator(readable::get);
        whose.setValue(me.personId());
        whose.setVisible(readable.size() > 1);
        whose.addValueChangeListener(change -> refreshReceived());

        from.setLabel(getTranslation("feedback.filter.from"));
        from.setId("feedback-from");
        from.setLocale(getLocale());
        from.setClearButtonVisible(true);
        from.addValueChangeListener(change -> refreshReceived());
        to.setLabel(getTranslation("feedback.filter.to"));
        to.setId("feedback-to");
        to.setLocale(getLocale());
        to.setClearButtonVisible(true);
        to.addValueChangeListener(change -> refreshReceived());

        competency.setLabel(getTranslation("feedback.filter.competency"));
        competency.setId("feedback-competency-filter");
        List<String> competencies = new ArrayList<>();
        competencies.add("");
        competencies.addAll(feedback.competencies());
        competency.setItems(competencies);
        competency.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("feedback.filter.any") : c);
        competency.setValue("");
        competency.addValueChangeListener(change -> refreshReceived());

        HorizontalLayout filters = new HorizontalLayout(whose, from, to, competency);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        receivedList.setId("feedback-received");
        receivedList.setPadding(false);
        return new Div(filters, receivedList);
    }

    private void refreshReceived() {
        receivedList.removeAll();
        UUID person = whose.getValue() == null ? me.personId() : whose.getValue();
        String chosen = competency.getValue();
        ReceivedFeedback received;
        try {
            received = feedback.received(person, new FeedbackFilter(from.getValue(), to.getValue(),
                    chosen == null || chosen.isEmpty() ? null : chosen, null));
        } catch (FeedbackNotFoundException gone) {
            receivedList.add(new Span(getTranslation("feedback.not-found")));
            return;
        }
        for (FeedbackItem item : received.named()) {
            receivedList.add(FeedbackItems.card(item, false, feedback, reports, texts, getLocale(), this::refreshReceived));
        }
        for (AnonymousGroup group : received.anonymousGroups()) {
            Div section = new Div();
            section.addClassName("k-feedback-group");
            section.setId("feedback-group-" + group.source().name().toLowerCase(Locale.ROOT));
            section.add(new H2(getTranslation(group.source() == FeedbackSource.REPORT ? "feedback.group.report"
                    : "feedback.group.peer")));
            Paragraph hint = new Paragraph(getTranslation("feedback.group.hint"));
            hint.addClassName("k-muted");
            section.add(hint);
            group.items().forEach(item -> section.add(FeedbackItems.card(item, false, feedback, reports, texts, getLocale(),
                    this::refreshReceived)));
            receivedList.add(section);
        }
        if (received.hiddenAnonymous() != null && received.hiddenAnonymous() > 0) {
            Paragraph hidden = new Paragraph(getTranslation("feedback.hidden", received.hiddenAnonymous()));
            hidden.setId("feedback-hidden");
            hidden.addClassName("k-muted");
            receivedList.add(hidden);
        }
        if (received.named().isEmpty() && received.anonymousGroups().isEmpty()) {
            receivedList.addComponentAsFirst(new Paragraph(getTranslation("feedback.received.empty")));
        }
    }

    // ------------------------------------------------------------------ given

    private Component givenTab() {
        givenList.setId("feedback-given");
        givenList.setPadding(false);
        return givenList;
    }

    private void refreshGiven() {
        givenList.removeAll();
        List<FeedbackItem> given = feedback.given(FeedbackFilter.ALL);
        if (given.isEmpty()) {
            givenList.add(new Paragraph(getTranslation("feedback.given.empty")));
        }
        given.forEach(item -> givenList.add(FeedbackItems.card(item, true, feedback, texts, getLocale(),
                this::refreshGiven)));
    }

    // ------------------------------------------------------------------ requests

    private Component requestsTab() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        toAnswer.setId("feedback-to-answer");
        toAnswer.getElement().setAttribute("aria-label", getTranslation("feedback.requests.to-answer"));
        toAnswer.addColumn(FeedbackRequest::subjectName).setHeader(getTranslation("feedback.requests.about"));
        toAnswer.addColumn(FeedbackRequest::requesterName).setHeader(getTranslation("feedback.requests.from"));
        toAnswer.addColumn(FeedbackRequest::question).setHeader(getTranslation("feedback.requests.question"))
                .setFlexGrow(3);
        toAnswer.addColumn(r -> dates.format(r.dueDate())).setHeader(getTranslation("feedback.requests.due"));
        toAnswer.addComponentColumn(this::answerActions).setFlexGrow(2);
        toAnswer.setEmptyStateText(getTranslation("feedback.requests.to-answer.empty"));
        toAnswer.setAllRowsVisible(true);

        asked.setId("feedback-asked");
        asked.getElement().setAttribute("aria-label", getTranslation("feedback.requests.mine"));
        asked.addColumn(FeedbackRequest::subjectName).setHeader(getTranslation("feedback.requests.about"));
        asked.addColumn(FeedbackRequest::question).setHeader(getTranslation("feedback.requests.question"))
                .setFlexGrow(3);
        asked.addColumn(r -> dates.format(r.askedOn())).setHeader(getTranslation("feedback.requests.asked"));
        asked.addColumn(r -> dates.format(r.dueDate())).setHeader(getTranslation("feedback.requests.due"));
        asked.addColumn(this::statusSummary).setHeader(getTranslation("feedback.requests.status")).setFlexGrow(2);
        asked.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(request -> {
            VerticalLayout list = new VerticalLayout();
            list.setPadding(false);
            for (RequestRecipient recipient : request.recipients()) {
                list.add(new Span(recipient.name() + ": " + getTranslation("feedback.request.status."
                        + recipient.status().name().toLowerCase(Locale.ROOT))));
            }
            return list;
        }));
        asked.setEmptyStateText(getTranslation("feedback.requests.mine.empty"));
        asked.setAllRowsVisible(true);
        toAnswerList = new ResponsiveList<>(toAnswer, getTranslation("feedback.requests.to-answer"))
                .cardTitle(FeedbackRequest::question)
                .cardFact("about", getTranslation("feedback.requests.about"), FeedbackRequest::subjectName)
                .cardFact("from", getTranslation("feedback.requests.from"), FeedbackRequest::requesterName)
                .cardFact("due", getTranslation("feedback.requests.due"), r -> dates.format(r.dueDate()))
                .cardActions(this::answerActions);
        askedList = new ResponsiveList<>(asked, getTranslation("feedback.requests.mine"))
                .cardTitle(FeedbackRequest::question)
                .cardFact("about", getTranslation("feedback.requests.about"), FeedbackRequest::subjectName)
                .cardFact("due", getTranslation("feedback.requests.due"), r -> dates.format(r.dueDate()))
                .cardFact("status", getTranslation("feedback.requests.status"), this::statusSummary);
        return new Div(new H2(getTranslation("feedback.requests.to-answer")), toAnswerList,
                new H2(getTranslation("feedback.requests.mine")), askedList);
    }

    private Component answerActions(FeedbackRequest request) {
        Button answer = new Button(getTranslation("feedback.requests.answer"), click -> openAnswer(request));
        answer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        answer.getElement().setAttribute("aria-label",
                getTranslation("feedback.requests.answer") + ": " + request.question());
        Button decline = new Button(getTranslation("feedback.requests.decline"), click -> {
            try {
                requests.decline(request.id());
                Toast.success(getTranslation("feedback.requests.declined"));
            } catch (FeedbackNotFoundException gone) {
                Toast.error(getTranslation("feedback.not-found"));
            }
            refreshRequests();
        });
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        decline.getElement().setAttribute("aria-label",
                getTranslation("feedback.requests.decline") + ": " + request.question());
        return new HorizontalLayout(answer, decline);
    }

    private String statusSummary(FeedbackRequest request) {
        long answered = request.recipients().stream().filter(r -> r.status() == RequestStatus.ANSWERED).count();
        long declined = request.recipients().stream().filter(r -> r.status() == RequestStatus.DECLINED).count();
        long open = request.recipients().size() - answered - declined;
        return getTranslation("feedback.requests.status.summary", answered, declined, open);
    }

    private void refreshRequests() {
        toAnswerList.setItems(requests.toAnswer());
        askedList.setItems(requests.askedByMe());
    }

    private void refresh() {
        refreshReceived();
        refreshGiven();
        refreshRequests();
    }

    // ------------------------------------------------------------------ dialogs

    private ComboBox<DirectoryEntry> personPicker(String labelKey, String id) {
        ComboBox<DirectoryEntry> picker = new ComboBox<>(getTranslation(labelKey));
        picker.setId(id);
        picker.setPlaceholder(getTranslation("feedback.recipient.placeholder"));
        picker.setItems(query -> people.search(query.getFilter().orElse("")).stream()
                .filter(person -> !person.id().equals(me.personId()))
                .skip(query.getOffset()).limit(query.getLimit()));
        picker.setItemLabelGenerator(person -> person.fullName()
                + (person.jobTitle() == null ? "" : " · " + person.jobTitle()));
        picker.setWidthFull();
        return picker;
    }

    private void openGive() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("feedback.give.heading"));
        dialog.setWidth("min(640px, 95vw)");
        ComboBox<DirectoryEntry> recipient = personPicker("feedback.recipient", "feedback-recipient");
        TextArea text = new TextArea(getTranslation("feedback.text"));
        text.setId("feedback-text");
        text.setHelperText(getTranslation("feedback.text.helper"));
        text.setMaxLength(4000);
        text.setWidthFull();
        ComboBox<String> competencyField = new ComboBox<>(getTranslation("feedback.competency"));
        competencyField.setId("feedback-competency");
        competencyField.setItems(feedback.competencies());
        competencyField.setClearButtonVisible(true);
        competencyField.setWidthFull();
        // goals the giver can see (the service checks again)
        ComboBox<GoalSummary> goal = new ComboBox<>(getTranslation("feedback.goal"));
        goal.setId("feedback-goal");
        goal.setItems(query -> goals.parentCandidates(query.getFilter().orElse(""), 50).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        goal.setItemLabelGenerator(GoalSummary::title);
        goal.setClearButtonVisible(true);
        goal.setWidthFull();
        RadioButtonGroup<FeedbackVisibility> visibility = new RadioButtonGroup<>(getTranslation("feedback.visibility"));
        visibility.setId("feedback-visibility");
        visibility.setItems(FeedbackVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v == FeedbackVisibility.RECEIVER_ONLY
                ? "feedback.visibility.receiver-only" : "feedback.visibility.receiver-and-managers"));
        visibility.setValue(FeedbackVisibility.RECEIVER_AND_MANAGERS);
        Checkbox anonymous = new Checkbox(getTranslation("feedback.anonymous"));
        anonymous.setId("feedback-anonymous");
        anonymous.setHelperText(getTranslation("feedback.anonymous.helper",
                tenantSettings.current().anonymityThreshold() - 1));
        anonymous.setEnabled(false);
        recipient.addValueChangeListener(change -> {
            boolean allowed = change.getValue() != null && feedback.anonymousAllowedFor(change.getValue().id());
            anonymous.setEnabled(allowed);
            if (!allowed) {
                anonymous.setValue(false);
            }
        });
        // anonymous feedback links no goal
        anonymous.addValueChangeListener(change -> {
            goal.setEnabled(!change.getValue());
            if (change.getValue()) {
                goal.clear();
            }
        });
        Map<String, HasValidation> fields = Map.of("receiverId", recipient, "text", text, "competency",
                competencyField, "anonymous", anonymous, "goalId", goal);
        Button send = new Button(getTranslation("feedback.send"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                feedback.give(new NewFeedback(recipient.getValue() == null ? null : recipient.getValue().id(),
                        text.getValue(), competencyField.getValue(),
                        goal.getValue() == null ? null : goal.getValue().id(), visibility.getValue(),
                        anonymous.getValue()));
                dialog.close();
                Toast.success(getTranslation("feedback.sent"));
                refreshGiven();
                // Show the giver what they just sent, where they would look for it.
                showSection(GIVEN_TAB);
            } catch (InvalidInputException refused) {
                showErrors(refused, fields);
            }
        });
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("feedback.cancel"), click -> dialog.close());
        dialog.add(new VerticalLayout(recipient, text, competencyField, goal, visibility, anonymous));
        dialog.getFooter().add(cancel, send);
        dialog.open();
        recipient.focus();
    }

    private void openAsk() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("feedback.request.heading"));
        dialog.setWidth("min(640px, 95vw)");
        Select<UUID> subject = new Select<>();
        subject.setLabel(getTranslation("feedback.request.subject"));
        subject.setId("feedback-request-subject");
        subject.setItems(readable.keySet());
        subject.setItemLabelGenerator(readable::get);
        subject.setValue(me.personId());
        subject.setVisible(readable.size() > 1);
        MultiSelectComboBox<DirectoryEntry> recipients = new MultiSelectComboBox<>(
                getTranslation("feedback.request.recipients"));
        recipients.setId("feedback-request-recipients");
        recipients.setItems(query -> people.search(query.getFilter().orElse("")).stream()
                .filter(person -> !person.id().equals(me.personId()))
                .skip(query.getOffset()).limit(query.getLimit()));
        recipients.setItemLabelGenerator(DirectoryEntry::fullName);
        recipients.setWidthFull();
        TextArea question = new TextArea(getTranslation("feedback.request.question"));
        question.setId("feedback-request-question");
        question.setMaxLength(1000);
        question.setWidthFull();
        DatePicker due = new DatePicker(getTranslation("feedback.request.due"));
        due.setId("feedback-request-due");
        due.setLocale(getLocale());
        due.setValue(LocalDate.now(tenantSettings.zone()).plusWeeks(1));
        Map<String, HasValidation> fields = Map.of("subjectId", subject, "recipientIds", recipients,
                "question", question, "dueDate", due);
        Button send = new Button(getTranslation("feedback.send"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                requests.request(new NewFeedbackRequest(subject.getValue(),
                        recipients.getValue().stream().map(DirectoryEntry::id).filter(Objects::nonNull).toList(),
                        question.getValue(), due.getValue()));
                dialog.close();
                Toast.success(getTranslation("feedback.request.sent"));
                refreshRequests();
            } catch (InvalidInputException refused) {
                showErrors(refused, fields);
            }
        });
        send.setId("feedback-request-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("feedback.cancel"), click -> dialog.close());
        dialog.add(new VerticalLayout(subject, recipients, question, due));
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private void openAnswer(FeedbackRequest request) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("feedback.answer.heading", request.subjectName()));
        dialog.setWidth("min(640px, 95vw)");
        Paragraph question = new Paragraph(request.question());
        TextArea text = new TextArea(getTranslation("feedback.text"));
        text.setId("feedback-answer-text");
        text.setMaxLength(4000);
        text.setWidthFull();
        ComboBox<String> competencyField = new ComboBox<>(getTranslation("feedback.competency"));
        competencyField.setItems(feedback.competencies());
        competencyField.setClearButtonVisible(true);
        Map<String, HasValidation> fields = Map.of("text", text, "competency", competencyField);
        Button send = new Button(getTranslation("feedback.send"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                requests.answer(request.id(), new AnswerToRequest(text.getValue(), competencyField.getValue(), null));
                dialog.close();
                Toast.success(getTranslation("feedback.sent"));
                refreshRequests();
                refreshGiven();
            } catch (InvalidInputException refused) {
                showErrors(refused, fields);
            } catch (FeedbackNotFoundException gone) {
                dialog.close();
                Toast.error(getTranslation("feedback.not-found"));
                refreshRequests();
            }
        });
        send.setId("feedback-answer-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("feedback.cancel"), click -> dialog.close());
        dialog.add(new VerticalLayout(question, text, competencyField));
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private void showErrors(InvalidInputException refused, Map<String, HasValidation> fields) {
        new FieldErrors().bindAll(fields).showOrToast(refused.fieldErrors(), this::getTranslation);
    }

    @Override
    public String titleKey() {
        return "feedback.heading";
    }
}
