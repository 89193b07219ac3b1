package io.kadens.imports.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.platform.BoundedUploads;
import io.kadens.imports.ColumnMapping;
import io.kadens.imports.CsvUpload;
import io.kadens.imports.ImportField;
import io.kadens.imports.ImportFileException;
import io.kadens.imports.ImportProblem;
import io.kadens.imports.ImportRejectedException;
import io.kadens.imports.ImportReport;
import io.kadens.imports.ImportResult;
import io.kadens.imports.PeopleImport;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Importing people from an HRIS export: upload, map columns (suggested from the headers) with a
 * preview, check every row, fix a row here or re-upload, then apply all or nothing with progress.
 */
@Route("admin/import")
@Menu(order = 25, title = "people-import.nav", icon = "vaadin:upload")
@RolesAllowed(Role.HR_ADMIN_NAME)
class ImportView extends Main implements PageTitles.Translated {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final int PREVIEW_ROWS = 5;

    private final transient PeopleImport imports;
    private final transient KadensUser user;

    private transient CsvUpload upload;
    private ColumnMapping mapping;
    private transient ImportReport report;

    private final Upload uploader;
    private final Div fileSummary = new Div();
    private final Div mappingSection = new Div();
    private final Map<ImportField, ComboBox<Integer>> columnChoices = new EnumMap<>(ImportField.class);
    private final Grid<CsvUpload.Row> preview = new Grid<>();
    private final Div reportSection = new Div();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Button check = new Button();
    private final Button apply = new Button();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final NativeLabel progressLabel = new NativeLabel();
    private final Div result = new Div();

    ImportView(PeopleImport imports, CurrentUser currentUser) {
        this.imports = imports;
        this.user = currentUser.require();
        addClassName("k-page");

        uploader = new Upload(BoundedUploads.inMemory(CsvUpload.MAX_BYTES, (metadata, bytes) -> received(bytes)));
        uploader.setDropLabel(new Span(getTranslation("people-import.upload.drop")));
        uploader.setUploadButton(new Button(getTranslation("people-import.upload.button")));
        uploader.setId("import-upload");
        uploader.setMaxFiles(1);
        uploader.setMaxFileSize(CsvUpload.MAX_BYTES);
        uploader.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        uploader.getElement().setAttribute("aria-label", getTranslation("people-import.upload.label"));
        uploader.addFileRejectedListener(rejected -> showFileError("people-import.file.too-large"));

        fileSummary.setId("import-file-summary");
        fileSummary.getElement().setAttribute("role", "status");

        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.setAllRowsVisible(true);
        preview.getElement().setAttribute("aria-label", getTranslation("people-import.preview"));

        check.setText(getTranslation("people-import.check"));
        check.setId("import-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> validate());

        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        problems.setAllRowsVisible(true);
        problems.getElement().setAttribute("aria-label", getTranslation("people-import.problems"));
        problems.addColumn(ImportProblem::line).setHeader(getTranslation("people-import.problem.line"))
                .setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(p -> p.field() == null ? "" : getTranslation(p.field().labelKey()))
                .setHeader(getTranslation("people-import.problem.field")).setAutoWidth(true);
        problems.addColumn(p -> getTranslation(p.reasonKey(), p.detail()))
                .setHeader(getTranslation("people-import.problem.reason")).setFlexGrow(3);
        problems.addComponentColumn(this::fixButton).setHeader(getTranslation("people-import.problem.fix"))
                .setAutoWidth(true).setFlexGrow(0);

        apply.setText(getTranslation("people-import.apply"));
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        apply.addClickListener(click -> startApply());

        progress.setId("import-progress");
        progress.setVisible(false);
        progressLabel.setText(getTranslation("people-import.progress"));
        progressLabel.setFor(progress);
        progressLabel.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("people-import.progress"));
        result.setId("import-result");
        result.getElement().setAttribute("role", "status");

        mappingSection.setVisible(false);
        reportSection.setVisible(false);
        add(new H1(getTranslation("people-import.title")),
                new Paragraph(getTranslation("people-import.intro")),
                new Paragraph(getTranslation("people-import.absent-left-alone")),
                uploader, fileSummary, mappingSection, reportSection, progressLabel, progress, result);
    }

    private void received(byte[] bytes) {
        result.removeAll();
        // Ready for the corrected file at once (a full list would also dim the drop label below contrast).
        uploader.clearFileList();
        try {
            upload = CsvUpload.read(bytes);
        } catch (ImportFileException e) {
            showFileError(e.messageKey());
            return;
        }
        mapping = ColumnMapping.suggest(upload.headers());
        report = null;
        fileSummary.setText(getTranslation("people-import.file.summary", upload.rows().size(), upload.charset(),
                String.valueOf(upload.delimiter())));
        buildMapping();
        reportSection.setVisible(false);
    }

    private void showFileError(String key) {
        upload = null;
        mappingSection.setVisible(false);
        reportSection.setVisible(false);
        fileSummary.setText(getTranslation(key));
    }

    private void buildMapping() {
        mappingSection.removeAll();
        columnChoices.clear();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        List<Integer> columns = IntStream.range(0, upload.headers().size()).boxed().toList();
        for (ImportField field : ImportField.values()) {
            ComboBox<Integer> choice = new ComboBox<>(getTranslation(field.labelKey()));
            choice.setId("import-map-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            choice.setItems(columns);
            choice.setItemLabelGenerator(column -> upload.headers().get(column));
            choice.setClearButtonVisible(true);
            choice.setPlaceholder(getTranslation("people-import.mapping.unmapped"));
            mapping.column(field).ifPresent(choice::setValue);
            choice.addValueChangeListener(change -> {
                mapping = mapping.with(field, change.getValue());
                report = null;
                reportSection.setVisible(false);
                refreshPreview();
            });
            columnChoices.put(field, choice);
            form.add(choice);
        }
        mappingSection.add(new H2(getTranslation("people-import.mapping")),
                new Paragraph(getTranslation("people-import.mapping.help")), form,
                new H2(getTranslation("people-import.preview")), preview, check);
        mappingSection.setVisible(true);
        refreshPreview();
    }

    private void refreshPreview() {
        preview.removeAllColumns();
        for (ImportField field : ImportField.values()) {
            mapping.column(field).ifPresent(column -> preview.addColumn(row -> row.value(column))
                    .setHeader(getTranslation(field.labelKey())).setAutoWidth(true));
        }
        preview.setItems(upload.rows().stream().limit(PREVIEW_ROWS).toList());
        List<String> missing = mapping.missingRequired();
        check.setEnabled(missing.isEmpty());
        columnChoices.get(ImportField.EMAIL).setInvalid(missing.contains("people-import.mapping.email-required"));
        columnChoices.get(ImportField.EMAIL).setErrorMessage(getTranslation("people-import.mapping.email-required"));
        boolean nameMissing = missing.contains("people-import.mapping.name-required");
        columnChoices.get(ImportField.FULL_NAME).setInvalid(nameMissing);
        columnChoices.get(ImportField.FULL_NAME).setErrorMessage(getTranslation("people-import.mapping.name-required"));
    }

    private void validate() {
        result.removeAll();
        report = imports.validate(upload, mapping);
        showReport();
    }

    private void showReport() {
        reportSection.removeAll();
        Paragraph summary = new Paragraph(getTranslation("people-import.report.summary", report.rows(),
                report.toCreate(), report.toUpdate(), report.unchanged()));
        summary.setId("import-report-summary");
        reportSection.add(new H2(getTranslation("people-import.report")), summary);
        if (!report.departmentsToCreate().isEmpty()) {
            Paragraph departments = new Paragraph(getTranslation("people-import.report.departments",
                    String.join(", ", report.departmentsToCreate())));
            departments.setId("import-report-departments");
            reportSection.add(departments);
        }
        if (report.valid()) {
            Paragraph ok = new Paragraph(getTranslation("people-import.report.valid"));
            ok.setId("import-report-valid");
            reportSection.add(ok, apply);
            apply.setEnabled(true);
        } else {
            Paragraph bad = new Paragraph(getTranslation("people-import.report.invalid", report.problems().size(),
                    report.badLines().size()));
            bad.setId("import-report-invalid");
            problems.setItems(report.problems());
            reportSection.add(bad, problems);
        }
        reportSection.setVisible(true);
    }

    private Button fixButton(ImportProblem problem) {
        Button fix = new Button(getTranslation("people-import.problem.fix"), click -> openFix(problem.line()));
        fix.addThemeVariants(ButtonVariant.LUMO_SMALL);
        fix.setId("import-fix-" + problem.line());
        fix.getElement().setAttribute("aria-label", getTranslation("people-import.problem.fix.line", problem.line()));
        return fix;
    }

    /** Edits the mapped cells of one row in place, then checks the whole file again. */
    private void openFix(int line) {
        CsvUpload.Row row = upload.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("people-import.fix.title", line));
        FormLayout form = new FormLayout();
        Map<Integer, TextField> cells = new java.util.LinkedHashMap<>();
        for (ImportField field : ImportField.values()) {
            mapping.column(field).ifPresent(column -> {
                TextField cell = new TextField(getTranslation(field.labelKey()));
                cell.setValue(row.value(column));
                cell.setId("import-fix-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                report.problems().stream().filter(p -> p.line() == line && p.field() == field).findFirst()
                        .ifPresent(p -> {
                            cell.setInvalid(true);
                            cell.setErrorMessage(getTranslation(p.reasonKey(), p.detail()));
                        });
                cells.put(column, cell);
                form.add(cell);
            });
        }
        dialog.add(form);
        Button save = new Button(getTranslation("people-import.fix.save"), click -> {
            CsvUpload.Row fixed = row;
            for (var cell : cells.entrySet()) {
                fixed = fixed.with(cell.getKey(), cell.getValue().getValue());
            }
            upload = upload.withRow(fixed);
            dialog.close();
            refreshPreview();
            validate();
        });
        save.setId("import-fix-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("people-import.fix.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Applies in the background under the user's tenant; the page polls for the progress. */
    private void startApply() {
        UI ui = UI.getCurrent();
        CsvUpload file = upload;
        ColumnMapping columns = mapping;
        SecurityContext security = SecurityContextHolder.getContext();
        apply.setEnabled(false);
        check.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressLabel.setVisible(true);
        ui.setPollInterval(250);
        Thread.ofVirtual().name("people-import-" + user.tenantId()).start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                ImportResult done = TenantScope.call(user.tenantId(), () -> imports.apply(file, columns,
                        fraction -> ui.access(() -> progress.setValue(fraction))));
                ui.access(() -> finished(done));
            } catch (ImportRejectedException rejected) {
                ui.access(() -> {
                    stopProgress();
                    report = rejected.report();
                    showReport();
                });
            } catch (RuntimeException failure) {
                log.error("Import failed; nothing was written", failure);
                ui.access(() -> {
                    stopProgress();
                    result.setText(getTranslation("people-import.failed"));
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void stopProgress() {
        progress.setVisible(false);
        progressLabel.setVisible(false);
        UI.getCurrent().setPollInterval(-1);
        check.setEnabled(true);
    }

    private void finished(ImportResult done) {
        stopProgress();
        progress.setValue(1);
        reportSection.setVisible(false);
        mappingSection.setVisible(false);
        result.removeAll();
        Span text = new Span(getTranslation("people-import.done", done.created(), done.updated(), done.unchanged(),
                done.departmentsCreated()));
        text.setId("import-done");
        result.add(new Paragraph(text), new Anchor("people", getTranslation("people-import.done.directory")));
        upload = null;
        report = null;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    @Override
    public String titleKey() {
        return "people-import.title";
    }
}
