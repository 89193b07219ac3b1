package io.kadens.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.Toast;
import io.kadens.platform.BoundedUploads;
import io.kadens.people.Photo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.people.DirectoryEntry;
import io.kadens.people.EditablePerson;
import io.kadens.people.EmploymentType;
import io.kadens.platform.InvalidInputException;
import io.kadens.people.JobFamily;
import io.kadens.people.OrganisationStructure;
import io.kadens.people.PeopleAdministration;
import io.kadens.people.PeopleService;
import io.kadens.people.PersonFields;
import io.kadens.people.PersonStatus;
import io.kadens.people.Team;
import io.kadens.people.Department;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Edits one person: every field with its message at the field, status and the HR admin role. A save
 * that comes second to someone else's is refused with a clear message; the form keeps what was typed.
 */
class PersonEditDialog extends Dialog {

    private final transient PeopleAdministration administration;
    private final transient Runnable onSaved;
    private EditablePerson person;

    private final TextField givenName = new TextField();
    private final TextField familyName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField jobTitle = new TextField();
    private final ComboBox<Department> department = new ComboBox<>();
    private final ComboBox<Team> team = new ComboBox<>();
    private final ComboBox<DirectoryEntry> manager;
    private final ComboBox<JobFamily> jobFamily = new ComboBox<>();
    private final ComboBox<JobFamily.JobLevel> jobLevel = new ComboBox<>();
    private final TextField location = new TextField();
    private final TextField phone = new TextField();
    private final DatePicker startDate = new DatePicker();
    private final Select<EmploymentType> employmentType = new Select<>();
    private final Select<String> language = new Select<>();
    private final Checkbox hrAdmin = new Checkbox();
    private final Span status = new Span();
    private final Div problem = new Div();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    PersonEditDialog(PeopleAdministration administration, OrganisationStructure structure, PeopleService people,
                     EditablePerson person, Runnable onSaved) {
        this.administration = administration;
        this.onSaved = onSaved;
        this.person = person;
        setId("person-edit-dialog");
        setHeaderTitle(getTranslation("people-admin.edit.title", person.fields().givenName() + " "
                + person.fields().familyName()));
        setWidth("min(96vw, 760px)");

        manager = AdminFields.personPicker(people, getTranslation("people-admin.field.manager"));
        label(givenName, "givenName", "people-admin.field.given-name");
        label(familyName, "familyName", "people-admin.field.family-name");
        label(email, "email", "people-admin.field.email");
        label(jobTitle, "jobTitle", "people-admin.field.job-title");
        label(location, "location", "people-admin.field.location");
        label(phone, "phone", "people-admin.field.phone");
        givenName.setRequiredIndicatorVisible(true);
        familyName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        department.setLabel(getTranslation("people-admin.field.department"));
        team.setLabel(getTranslation("people-admin.field.team"));
        jobFamily.setLabel(getTranslation("people-admin.field.job-family"));
        jobLevel.setLabel(getTranslation("people-admin.field.job-level"));
        startDate.setLabel(getTranslation("people-admin.field.start-date"));
        startDate.setLocale(getLocale());
        employmentType.setLabel(getTranslation("people-admin.field.employment-type"));
        language.setLabel(getTranslation("people-admin.field.language"));
        hrAdmin.setLabel(getTranslation("people-admin.field.hr-admin"));
        fields.put("departmentId", department);
        fields.put("teamId", team);
        fields.put("managerId", manager);
        fields.put("jobFamilyId", jobFamily);
        fields.put("jobLevelId", jobLevel);
        fields.put("startDate", startDate);
        fields.put("employmentType", employmentType);
        fields.put("preferredLocale", language);
        givenName.setId("edit-given-name");
        jobTitle.setId("edit-job-title");
        manager.setId("edit-manager");

        List<Department> departments = structure.departments();
        List<Team> teams = structure.teams();
        List<JobFamily> families = structure.jobFamilies();
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        team.setItemLabelGenerator(Team::name);
        team.setClearButtonVisible(true);
        department.addValueChangeListener(e -> {
            UUID chosen = e.getValue() == null ? null : e.getValue().id();
            team.setItems(teams.stream().filter(t -> Objects.equals(t.departmentId(), chosen)).toList());
        });
        jobFamily.setItems(families);
        jobFamily.setItemLabelGenerator(JobFamily::name);
        jobFamily.setClearButtonVisible(true);
        jobLevel.setItemLabelGenerator(l -> l.rank() + ". " + l.name());
        jobLevel.setClearButtonVisible(true);
        jobFamily.addValueChangeListener(e -> jobLevel.setItems(e.getValue() == null ? List.of() : e.getValue().levels()));
        employmentType.setItems(EmploymentType.values());
        employmentType.setEmptySelectionAllowed(true);
        employmentType.setItemLabelGenerator(t -> t == null ? "—" : getTranslation("people-admin.employment." + t.name()));
        language.setItems("en", "sv");
        language.setEmptySelectionAllowed(true);
        language.setItemLabelGenerator(l -> l == null ? getTranslation("people-admin.field.language.tenant")
                : getTranslation("language." + l));

        fill(person, departments, teams, families);
        java.util.Optional.ofNullable(person.fields().managerId()).flatMap(people::find).ifPresent(manager::setValue);

        FormLayout form = new FormLayout(givenName, familyName, email, jobTitle, department, team, manager, jobFamily,
                jobLevel, location, phone, startDate, employmentType, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2));

        problem.setId("person-edit-problem");
        problem.addClassName("k-form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        Button deactivate = new Button(getTranslation(person.status() == PersonStatus.ACTIVE
                ? "people-admin.deactivate" : "people-admin.reactivate"), click -> toggleStatus());
        deactivate.setId("person-edit-status");
        deactivate.addThemeVariants(person.status() == PersonStatus.ACTIVE ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        status.setText(getTranslation("people-admin.status." + person.status().name()));
        Div admin = new Div(status, hrAdmin, deactivate);
        admin.addClassName("k-admin-row");

        add(problem, form, photoSection(person), admin);
        Button save = new Button(getTranslation("people-admin.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("person-edit-save");
        Button cancel = new Button(getTranslation("people-admin.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    /**
     * The person's photo: uploaded straight to the service (PNG, JPEG or WebP, at most 512 KB, checked
     * again by the service and the database), or removed.
     */
    private Div photoSection(EditablePerson p) {
        Span message = new Span();
        message.setId("person-photo-message");
        message.getElement().setAttribute("aria-live", "polite");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(BoundedUploads.inMemory(Photo.MAX_BYTES, (metadata, data) -> {
            String result;
            try {
                administration.setPhoto(p.id(), new Photo(String.valueOf(metadata.contentType()), data));
                result = "people-admin.photo.saved";
            } catch (IllegalArgumentException e) {
                result = e.getMessage().equals("person.photo.size") ? "people-admin.photo.size" : "people-admin.photo.type";
            }
            String key = result;
            ui.access(() -> message.setText(getTranslation(key)));
        }));
        upload.setAcceptedMimeTypes("image/png", "image/jpeg", "image/webp");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Photo.MAX_BYTES);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("people-admin.photo.upload")));
        upload.addFileRejectedListener(e -> message.setText(getTranslation("people-admin.photo.size")));
        upload.setId("person-photo-upload");
        Button remove = new Button(getTranslation("people-admin.photo.remove"), click -> {
            administration.removePhoto(p.id());
            message.setText(getTranslation("people-admin.photo.removed"));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span label = new Span(getTranslation("people-admin.photo"));
        label.addClassName("k-muted");
        Div section = new Div(label, upload, remove, message);
        section.addClassName("k-admin-row");
        return section;
    }

    private void label(TextField field, String name, String key) {
        field.setLabel(getTranslation(key));
        field.setWidthFull();
        fields.put(name, field);
    }

    private void label(EmailField field, String name, String key) {
        field.setLabel(getTranslation(key));
        field.setWidthFull();
        fields.put(name, field);
    }

    private void fill(EditablePerson p, List<Department> departments, List<Team> teams, List<JobFamily> families) {
        PersonFields f = p.fields();
        givenName.setValue(nz(f.givenName()));
        familyName.setValue(nz(f.familyName()));
        email.setValue(nz(f.email()));
        jobTitle.setValue(nz(f.jobTitle()));
        department.setValue(departments.stream().filter(d -> d.id().equals(f.departmentId())).findFirst().orElse(null));
        team.setValue(teams.stream().filter(t -> t.id().equals(f.teamId())).findFirst().orElse(null));
        jobFamily.setValue(families.stream().filter(j -> j.id().equals(f.jobFamilyId())).findFirst().orElse(null));
        jobLevel.setValue(jobFamily.getValue() == null ? null : jobFamily.getValue().levels().stream()
                .filter(l -> l.id().equals(f.jobLevelId())).findFirst().orElse(null));
        location.setValue(nz(f.location()));
        phone.setValue(nz(f.phone()));
        startDate.setValue(f.startDate());
        employmentType.setValue(f.employmentType());
        language.setValue(f.preferredLocale());
        hrAdmin.setValue(p.hrAdmin());
    }

    private PersonFields typed() {
        return new PersonFields(givenName.getValue(), familyName.getValue(), email.getValue(), jobTitle.getValue(),
                department.getValue() == null ? null : department.getValue().id(),
                team.getValue() == null ? null : team.getValue().id(),
                manager.getValue() == null ? null : manager.getValue().id(),
                jobFamily.getValue() == null ? null : jobFamily.getValue().id(),
                jobLevel.getValue() == null ? null : jobLevel.getValue().id(),
                location.getValue(), phone.getValue(), startDate.getValue(), employmentType.getValue(),
                language.getValue());
    }

    private void save() {
        new FieldErrors().bindAll(fields).clear();
        problem.setVisible(false);
        if (startDate.isInvalid()) {
            startDate.setErrorMessage(getTranslation("people-admin.person.start-date.out-of-range"));
            return;
        }
        try {
            administration.update(person.id(), typed(), person.version());
            // The fields are saved; the role is a second step, retried with the fresh version on failure.
            person = administration.editable(person.id()).orElse(person);
            if (hrAdmin.getValue() != person.hrAdmin()) {
                if (hrAdmin.getValue()) {
                    administration.grantHrAdmin(person.id());
                } else {
                    administration.revokeHrAdmin(person.id());
                }
            }
            Toast.success(getTranslation("people-admin.saved"));
            onSaved.run();
            close();
        } catch (InvalidInputException e) {
            new FieldErrors().bindAll(fields).show(e.fieldErrors(), this::getTranslation, this::showProblem);
        } catch (ConcurrentEditException e) {
            showProblem(getTranslation("people-admin.concurrent-edit"));
            Button reload = new Button(getTranslation("people-admin.concurrent-edit.reload"), click -> reload());
            reload.setId("person-edit-reload");
            problem.add(reload);
        }
    }

    private void reload() {
        administration.editable(person.id()).ifPresent(fresh -> {
            this.person = fresh;
            onSaved.run();
            close();
        });
    }

    private void toggleStatus() {
        problem.setVisible(false);
        try {
            if (person.status() == PersonStatus.ACTIVE) {
                administration.deactivate(person.id(), null, person.version());
            } else {
                administration.reactivate(person.id(), person.version());
            }
            onSaved.run();
            close();
        } catch (InvalidInputException e) {
            showProblem(FieldErrors.joined(e.fieldErrors(), this::getTranslation));
        } catch (ConcurrentEditException e) {
            showProblem(getTranslation("people-admin.concurrent-edit"));
        }
    }

    private void showProblem(String text) {
        problem.removeAll();
        problem.add(new Span(text));
        problem.setVisible(true);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
