package io.kadens.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.learning.LearningPlans;
import io.kadens.learning.Progress;
import io.kadens.learning.ProgressStatus;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingItemData;
import io.kadens.learning.TrainingLibrary;
import io.kadens.people.DirectoryEntry;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One training item: what it is, the person's progress on it, and for managers, assigning it to a report. */
@Route("learning/:id")
@RolesAllowed(Role.EMPLOYEE_NAME)
class TrainingItemView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TrainingLibrary library;
    private final transient LearningPlans plans;
    private final transient CurrentUser currentUser;
    private String title;
    private TrainingItem item;
    private Progress progress;

    private final Select<ProgressStatus> status = new Select<>();
    private final IntegerField percent = new IntegerField();
    private final DatePicker completedOn = new DatePicker();

    TrainingItemView(TrainingLibrary library, LearningPlans plans, CurrentUser currentUser) {
        this.library = library;
        this.plans = plans;
        this.currentUser = currentUser;
        addClassName("k-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<TrainingItem> found = event.getRouteParameters().get("id").flatMap(TrainingItemView::parse)
                .flatMap(library::item);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        item = found.get();
        title = item.title();
        show();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void show() {
        removeAll();
        TrainingItemData data = item.data();
        Anchor back = new Anchor("learning", getTranslation("learning.back"));
        back.getStyle().set("text-decoration", "underline");
        add(new Div(back), new H1(data.title()));
        Paragraph facts = new Paragraph(String.join(" · ", List.of(
                getTranslation(data.format().labelKey()), getTranslation(data.level().labelKey()),
                getTranslation("learning.language." + data.language()),
                getTranslation(data.providerKind().labelKey())
                        + (data.providerName() == null ? "" : " (" + data.providerName() + ")"),
                Durations.format(data.durationMinutes(), this::getTranslation)).stream()
                .filter(s -> !s.isBlank()).toList()));
        facts.addClassName("k-muted");
        facts.setId("learning-item-facts");
        add(facts);
        if (!data.description().isBlank()) {
            add(new Paragraph(data.description()));
        }
        if (!data.competencies().isEmpty()) {
            add(new Paragraph(getTranslation("learning.competencies") + ": " + String.join(", ", data.competencies())));
        }
        if (!data.tags().isEmpty()) {
            add(new Paragraph(getTranslation("learning.tags") + ": " + String.join(", ", data.tags())));
        }
        if (data.url() != null) {
            Anchor open = new Anchor(data.url(), getTranslation("learning.open-link"));
            open.setTarget("_blank");
            open.getElement().setAttribute("rel", "noopener noreferrer");
            add(new Div(open));
        }
        if (item.fileName() != null) {
            Anchor file = new Anchor("api/v1/learning/items/" + item.id() + "/file",
                    getTranslation("learning.download", item.fileName()));
            file.getElement().setAttribute("download", true);
            add(new Div(file));
        }
        add(progressForm());
        if (currentUser.require().has(Role.MANAGER)) {
            add(assignForm());
        }
    }

    private Div progressForm() {
        progress = plans.myProgress(item.id());
        status.setLabel(getTranslation("learning.progress"));
        status.setId("learning-status");
        status.setItems(ProgressStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(progress.status());
        percent.setLabel(getTranslation("learning.percent"));
        percent.setId("learning-percent");
        percent.setMin(0);
        percent.setMax(99);
        percent.setStepButtonsVisible(true);
        percent.setValue(progress.status() == ProgressStatus.IN_PROGRESS ? progress.percent() : 0);
        completedOn.setLabel(getTranslation("learning.completed-on"));
        completedOn.setId("learning-completed-on");
        LocalDate today = plans.today();
        completedOn.setMax(today);
        completedOn.setLocale(getLocale());
        completedOn.setValue(progress.completedOn() != null ? progress.completedOn() : today);
        status.addValueChangeListener(change -> showProgressFields());
        showProgressFields();
        Button save = new Button(getTranslation("learning.progress.save"), click -> saveProgress());
        save.setId("learning-progress-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(status, percent, completedOn, save);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div form = new Div(new H2(getTranslation("learning.my-progress")), fields);
        form.addClassName("k-card");
        return form;
    }

    private void showProgressFields() {
        percent.setVisible(status.getValue() == ProgressStatus.IN_PROGRESS);
        completedOn.setVisible(status.getValue() == ProgressStatus.COMPLETED);
    }

    private void saveProgress() {
        percent.setInvalid(false);
        completedOn.setInvalid(false);
        try {
            progress = plans.recordProgress(item.id(), status.getValue(),
                    percent.getValue() == null ? -1 : percent.getValue(), completedOn.getValue(), progress.version());
            Toast.success(getTranslation("learning.progress.saved"));
        } catch (InvalidInputException refused) {
            showErrors(refused.fieldErrors());
        } catch (ConcurrentEditException conflict) {
            Toast.error(getTranslation("learning.conflict"));
            show();
        } catch (ResourceNotFoundException removed) {
            // Deleted from the catalogue while the page was open.
            Toast.error(getTranslation("learning.item.not-found"));
        }
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            switch (field) {
                case "percent" -> {
                    percent.setErrorMessage(getTranslation(key));
                    percent.setInvalid(true);
                }
                case "completedOn" -> {
                    completedOn.setErrorMessage(getTranslation(key));
                    completedOn.setInvalid(true);
                }
                default -> Toast.error(getTranslation(key));
            }
        });
    }

    private Div assignForm() {
        Select<DirectoryEntry> report = new Select<>();
        report.setLabel(getTranslation("learning.assign.person"));
        report.setId("learning-assign-person");
        report.setItems(plans.assignableReports());
        report.setItemLabelGenerator(DirectoryEntry::fullName);
        DatePicker due = new DatePicker(getTranslation("learning.due"));
        due.setId("learning-assign-due");
        due.setMin(plans.today());
        due.setLocale(getLocale());
        Span error = new Span();
        error.addClassName("k-error");
        error.getElement().setAttribute("role", "alert");
        Button assign = new Button(getTranslation("learning.assign"), click -> {
            error.setText("");
            report.setInvalid(false);
            due.setInvalid(false);
            if (report.getValue() == null) {
                report.setErrorMessage(getTranslation("learning.assign.person.required"));
                report.setInvalid(true);
                return;
            }
            try {
                plans.assign(item.id(), report.getValue().id(), due.getValue());
                Toast.success(getTranslation("learning.assigned", item.title(), report.getValue().fullName()));
                report.clear();
                due.clear();
            } catch (InvalidInputException refused) {
                refused.fieldErrors().forEach((field, key) -> {
                    if ("dueDate".equals(field)) {
                        due.setErrorMessage(getTranslation(key));
                        due.setInvalid(true);
                    } else {
                        error.setText(getTranslation(key));
                    }
                });
            } catch (org.springframework.security.access.AccessDeniedException notTheirs) {
                error.setText(getTranslation("learning.assign.not-your-report"));
            }
        });
        assign.setId("learning-assign");
        HorizontalLayout fields = new HorizontalLayout(report, due, assign);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div form = new Div(new H2(getTranslation("learning.assign.heading")), fields, error);
        form.addClassName("k-card");
        return form;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
