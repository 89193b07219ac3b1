package io.kadens.people.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.JobFamily;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Job families and their ladders. The ladder is edited as text, one level per line, lowest first:
 * a line whose name matches an existing level keeps that level (and the people on it).
 */
@StyleSheet("context://kadens/people-admin.css")
@Route("admin/job-families")
@Menu(order = 23, title = "people-admin.nav.job-families", icon = "vaadin:briefcase")
@RolesAllowed(Role.HR_ADMIN_NAME)
class JobFamiliesView extends Main implements PageTitles.Translated {

    private final transient OrganisationStructure structure;
    private final Grid<JobFamily> grid = new Grid<>();

    JobFamiliesView(OrganisationStructure structure) {
        this.structure = structure;
        addClassName("k-page");
        AdminFields.useStyles(this);
        grid.setId("job-families-grid");
        grid.addColumn(JobFamily::name).setHeader(getTranslation("people-admin.field.name")).setFlexGrow(1);
        grid.addColumn(f -> f.levels().stream().map(JobFamily.JobLevel::name).collect(Collectors.joining(" → ")))
                .setHeader(getTranslation("people-admin.jobs.ladder")).setFlexGrow(3);
        grid.addComponentColumn(f -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit(f));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.getElement().setAttribute("aria-label", getTranslation("people-admin.org.edit", f.name()));
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> delete(f));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.getElement().setAttribute("aria-label", getTranslation("people-admin.org.delete", f.name()));
            return new HorizontalLayout(edit, delete);
        }).setHeader(getTranslation("people-admin.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("people-admin.nav.job-families"));
        Button add = new Button(getTranslation("people-admin.jobs.new"), VaadinIcon.PLUS.create(), click -> edit(null));
        add.setId("new-job-family");
        add(new H1(getTranslation("people-admin.nav.job-families")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(structure.jobFamilies());
    }

    private void edit(JobFamily family) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(family == null ? "people-admin.jobs.new" : "people-admin.org.edit",
                family == null ? "" : family.name()));
        TextField name = new TextField(getTranslation("people-admin.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("job-family-name");
        TextArea levels = new TextArea(getTranslation("people-admin.jobs.levels"));
        levels.setHelperText(getTranslation("people-admin.jobs.levels.help"));
        levels.setId("job-family-levels");
        levels.setMinHeight("10em");
        if (family != null) {
            name.setValue(family.name());
            levels.setValue(family.levels().stream().map(JobFamily.JobLevel::name).collect(Collectors.joining("\n")));
        }
        Map<String, HasValidation> fields = Map.of("name", name, "levels", levels);
        dialog.add(new FormLayout(name, levels));
        Button save = new Button(getTranslation("people-admin.save"), click -> {
            new FieldErrors().bindAll(fields).clear();
            List<String> lines = Arrays.stream(levels.getValue().split("\\R")).map(String::trim)
                    .filter(l -> !l.isEmpty()).toList();
            try {
                if (family == null) {
                    structure.createJobFamily(name.getValue(), lines);
                } else {
                    Map<String, JobFamily.JobLevel> existing = family.levels().stream()
                            .collect(Collectors.toMap(l -> l.name().toLowerCase(Locale.ROOT), l -> l, (a, b) -> a));
                    List<JobFamily.JobLevel> ladder = lines.stream().map(line -> {
                        JobFamily.JobLevel kept = existing.get(line.toLowerCase(Locale.ROOT));
                        return new JobFamily.JobLevel(kept == null ? null : kept.id(), 0, line);
                    }).toList();
                    structure.updateJobFamily(family.id(), name.getValue(), ladder, family.version());
                }
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                new FieldErrors().bindAll(fields).showOrToast(e.fieldErrors(), this::getTranslation);
            } catch (ConcurrentEditException e) {
                Toast.error(getTranslation("people-admin.concurrent-edit"));
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("job-family-save");
        dialog.getFooter().add(new Button(getTranslation("people-admin.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void delete(JobFamily family) {
        try {
            structure.deleteJobFamily(family.id(), family.version());
        } catch (InvalidInputException e) {
            Toast.error(getTranslation(e.fieldErrors().values().iterator().next()));
        } catch (ConcurrentEditException e) {
            Toast.error(getTranslation("people-admin.concurrent-edit"));
        }
        refresh();
    }

    @Override
    public String titleKey() {
        return "people-admin.nav.job-families";
    }
}
