package io.kadens.competencies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.competencies.CompetencyLeftover;
import io.kadens.competencies.CompetencyLeftovers;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.Toast;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The free-text competency values on feedback and training items that name no competency: each with how often
 * and where it is used, and a dialog to map it to a competency (every use or none).
 */
class LeftoversSection extends Div {

    private final transient CompetencyLeftovers leftovers;
    private final transient CompetencyFrameworks frameworks;
    private final Grid<CompetencyLeftover> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    LeftoversSection(CompetencyLeftovers leftovers, CompetencyFrameworks frameworks) {
        this.leftovers = leftovers;
        this.frameworks = frameworks;
        setId("competencies-leftovers");
        addClassName("k-card");
        Paragraph help = new Paragraph(getTranslation("dev13.leftovers.help"));
        help.addClassName("k-muted");
        none.setText(getTranslation("dev13.leftovers.none"));
        none.setId("competencies-leftovers-none");
        grid.setId("competencies-leftovers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("dev13.leftovers.heading"));
        grid.addColumn(CompetencyLeftover::value).setHeader(getTranslation("dev13.leftovers.value")).setFlexGrow(2);
        grid.addColumn(CompetencyLeftover::count).setHeader(getTranslation("dev13.leftovers.count"));
        grid.addColumn(this::where).setHeader(getTranslation("dev13.leftovers.where")).setFlexGrow(2);
        grid.addComponentColumn(this::mapButton).setHeader(getTranslation("competencies.admin.actions"));
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("dev13.leftovers.heading")), help, none, grid);
        refresh();
    }

    void refresh() {
        List<CompetencyLeftover> report = leftovers.report();
        grid.setItems(report);
        grid.setVisible(!report.isEmpty());
        none.setVisible(report.isEmpty());
    }

    private String where(CompetencyLeftover leftover) {
        return leftover.uses().entrySet().stream()
                .map(use -> getTranslation("dev13.leftovers.place." + use.getKey(), use.getValue()))
                .collect(Collectors.joining(", "));
    }

    private Button mapButton(CompetencyLeftover leftover) {
        Button map = new Button(getTranslation("dev13.leftovers.map"), click -> openMapDialog(leftover));
        map.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        map.setAriaLabel(getTranslation("dev13.leftovers.map.label", leftover.value()));
        map.addClassName("leftover-map");
        return map;
    }

    private void openMapDialog(CompetencyLeftover leftover) {
        Dialog dialog = new Dialog();
        dialog.setId("leftover-map-dialog");
        dialog.setHeaderTitle(getTranslation("dev13.leftovers.map.title", leftover.value()));
        Paragraph text = new Paragraph(getTranslation("dev13.leftovers.map.text", leftover.count(), where(leftover)));
        ComboBox<Competency> competency = new ComboBox<>(getTranslation("dev13.leftovers.map.competency"));
        competency.setId("leftover-map-competency");
        competency.setItems(frameworks.competencies(false));
        competency.setItemLabelGenerator(Competency::name);
        competency.setRequiredIndicatorVisible(true);
        competency.setWidthFull();
        Button cancel = new Button(getTranslation("dev13.cancel"), click -> dialog.close());
        cancel.setId("leftover-map-cancel");
        Button save = new Button(getTranslation("dev13.leftovers.map.save"), click -> {
            competency.setInvalid(false);
            try {
                CompetencyLeftovers.Mapped mapped = leftovers.map(leftover.value(),
                        competency.getValue() == null ? null : competency.getValue().id());
                Toast.success(getTranslation("dev13.leftovers.mapped", mapped.value(), mapped.count(),
                        competency.getValue().name()));
                dialog.close();
                refresh();
            } catch (InvalidInputException refused) {
                new FieldErrors().bind("competencyId", competency)
                        .showOrToast(refused.fieldErrors(), this::getTranslation);
                if (refused.fieldErrors().containsKey("value")) {
                    dialog.close();
                    refresh();
                }
            } catch (ResourceNotFoundException gone) {
                Toast.error(getTranslation("competencies.conflict"));
                dialog.close();
                refresh();
            }
        });
        save.setId("leftover-map-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text, competency);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        competency.focus();
    }
}
