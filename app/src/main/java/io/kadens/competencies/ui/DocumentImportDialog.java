package io.kadens.competencies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.kadens.competencies.CompetencyData;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.competencies.CompetencyGroup;
import io.kadens.competencies.CompetencyImportReport;
import io.kadens.competencies.FrameworkDocumentImport;
import io.kadens.competencies.FrameworkProposal;
import io.kadens.competencies.FrameworkProposal.ProposedCompetency;
import io.kadens.content.ContentDocumentSummary;
import io.kadens.frontend.Toast;
import io.kadens.people.JobFamily;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Proposes competencies from a competency framework document in company content and lets HR review, edit and
 * choose them before anything is created (every chosen one, or none).
 */
class DocumentImportDialog extends Dialog {

    private final transient FrameworkDocumentImport imports;
    private final transient List<JobFamily> families;
    private final transient Runnable onImported;
    private final Select<ContentDocumentSummary> document = new Select<>();
    private final Div proposal = new Div();
    private final Div problems = new Div();
    private final Button confirm = new Button();
    private final List<Row> rows = new ArrayList<>();
    private UUID proposedFrom;

    DocumentImportDialog(FrameworkDocumentImport imports, CompetencyFrameworks frameworks, Runnable onImported) {
        this.imports = imports;
        this.families = frameworks.jobFamilies();
        this.onImported = onImported;
        setId("competencies-document-import");
        setHeaderTitle(getTranslation("dev13.document.title"));
        setWidth("min(60rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("dev13.document.help"));
        help.addClassName("k-muted");
        List<ContentDocumentSummary> documents = imports.frameworkDocuments();
        document.setId("competencies-document");
        document.setLabel(getTranslation("dev13.document.choose"));
        document.setItems(documents);
        document.setItemLabelGenerator(d -> d.title() + " (" + d.fileName() + ")");
        document.setWidthFull();
        Button read = new Button(getTranslation("dev13.document.read"), click -> read());
        read.setId("competencies-document-read");
        proposal.setId("competencies-document-proposal");
        problems.setId("competencies-document-problems");
        problems.getElement().setAttribute("aria-live", "polite");
        confirm.setText(getTranslation("dev13.document.confirm"));
        confirm.setId("competencies-document-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> confirm());
        Button cancel = new Button(getTranslation("dev13.cancel"), click -> close());
        cancel.setId("competencies-document-cancel");
        if (documents.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dev13.document.none"));
            none.setId("competencies-document-none");
            add(help, none);
        } else {
            document.setValue(documents.getFirst());
            add(help, document, read, problems, proposal);
        }
        getFooter().add(cancel, confirm);
    }

    private void read() {
        proposal.removeAll();
        problems.removeAll();
        rows.clear();
        if (document.getValue() == null) {
            document.setErrorMessage(getTranslation("competencies.document.required"));
            document.setInvalid(true);
            return;
        }
        document.setInvalid(false);
        try {
            FrameworkProposal proposed = imports.propose(document.getValue().id());
            proposedFrom = proposed.documentId();
            show(proposed);
        } catch (InvalidInputException refused) {
            Toast.error(refused.fieldErrors().values().stream().map(this::getTranslation)
                    .reduce((x, y) -> x + " " + y).orElse(""));
        } catch (ResourceNotFoundException gone) {
            Toast.error(getTranslation("dev13.document.gone"));
        }
    }

    private void show(FrameworkProposal proposed) {
        Paragraph summary = new Paragraph(getTranslation("dev13.document.found", proposed.competencies().size(),
                proposed.scale()));
        summary.setId("competencies-document-summary");
        proposal.add(summary);
        if (!proposed.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            proposed.notes().forEach(note -> notes.add(new ListItem(getTranslation(note.key(), note.about()))));
            proposal.add(notes);
        }
        int position = 1;
        for (ProposedCompetency competency : proposed.competencies()) {
            Row row = new Row(position++, competency);
            rows.add(row);
            proposal.add(row.card);
        }
        confirm.setEnabled(!rows.isEmpty());
    }

    private void confirm() {
        problems.removeAll();
        List<Row> chosen = rows.stream().filter(row -> row.create.getValue()).toList();
        CompetencyImportReport report;
        try {
            report = imports.confirm(proposedFrom, chosen.stream().map(Row::edited).toList());
        } catch (InvalidInputException | ResourceNotFoundException refused) {
            Toast.error(getTranslation("dev13.document.gone"));
            return;
        }
        if (report.imported()) {
            Toast.success(getTranslation("dev13.document.created", report.created()));
            close();
            onImported.run();
            return;
        }
        UnorderedList list = new UnorderedList();
        for (CompetencyImportReport.Problem problem : report.problems()) {
            String where = problem.line() > 0 && problem.line() <= chosen.size()
                    ? chosen.get(problem.line() - 1).name.getValue() : "";
            list.add(new ListItem((where.isEmpty() ? "" : where + ": ")
                    + getTranslation(problem.messageKey(), problem.value())));
        }
        problems.add(new Paragraph(getTranslation("dev13.document.refused", report.problems().size())), list);
    }

    /** One proposed competency as HR edits it. */
    private final class Row {
        final Div card = new Div();
        final Checkbox create = new Checkbox();
        final TextField name = new TextField();
        final Select<CompetencyGroup> group = new Select<>();
        final Select<JobFamily> family = new Select<>();
        final TextArea description = new TextArea();
        final TextArea indicators = new TextArea();

        Row(int position, ProposedCompetency proposed) {
            card.addClassName("k-card");
            card.addClassName("document-proposal");
            H3 heading = new H3(getTranslation("dev13.document.proposal", position, proposed.name()));
            Paragraph source = new Paragraph(getTranslation("dev13.document.source",
                    String.join(" › ", proposed.source())));
            source.addClassName("k-muted");
            create.setLabel(getTranslation("dev13.document.create", proposed.name()));
            create.setValue(!proposed.exists());
            name.setLabel(getTranslation("competencies.name"));
            name.setValue(proposed.name());
            name.setWidthFull();
            if (proposed.exists()) {
                name.setHelperText(getTranslation("dev13.document.exists"));
            }
            group.setLabel(getTranslation("competencies.group"));
            group.setItems(CompetencyGroup.values());
            group.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
            group.setValue(proposed.group());
            family.setLabel(getTranslation("competencies.family"));
            family.setItems(families);
            family.setItemLabelGenerator(JobFamily::name);
            families.stream().filter(f -> f.id().equals(proposed.jobFamilyId())).findFirst().ifPresent(family::setValue);
            family.setVisible(proposed.group() == CompetencyGroup.FUNCTIONAL);
            group.addValueChangeListener(change -> family.setVisible(change.getValue() == CompetencyGroup.FUNCTIONAL));
            description.setLabel(getTranslation("competencies.description"));
            description.setValue(proposed.description());
            description.setWidthFull();
            indicators.setLabel(getTranslation("dev13.document.indicators"));
            indicators.setHelperText(getTranslation("dev13.document.indicators.help"));
            indicators.setValue(String.join("\n", proposed.indicators()));
            indicators.setWidthFull();
            card.add(heading, source, create, name, group, family, description, indicators);
        }

        CompetencyData edited() {
            CompetencyGroup chosenGroup = group.getValue();
            List<String> lines = indicators.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            return new CompetencyData(name.getValue(), description.getValue(), chosenGroup,
                    chosenGroup == CompetencyGroup.FUNCTIONAL && family.getValue() != null ? family.getValue().id() : null,
                    lines);
        }
    }
}
