package io.kadens.competencies.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyData;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.competencies.CompetencyGroup;
import io.kadens.competencies.CompetencyImportReport;
import io.kadens.competencies.Expectation;
import io.kadens.competencies.RemovalOutcome;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.JobFamily;
import io.kadens.platform.BoundedUploads;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * HR admins keep the competency framework: the proficiency scale, the competencies with their
 * indicators (archived, not deleted, once someone was rated on them), the expected level per job
 * level of each family, and a CSV import (all rows or none, with a report by line).
 */
@Route("admin/competencies")
@Menu(order = 38, title = "competencies.admin.nav", icon = "vaadin:diploma")
@RolesAllowed(Role.HR_ADMIN_NAME)
class CompetencyAdminView extends Main implements PageTitles.Translated {

    private static final int IMPORT_MAX_BYTES = 2 * 1024 * 1024;

    private final transient CompetencyFrameworks frameworks;
    private final transient io.kadens.competencies.CareerPaths careers;
    private final transient io.kadens.competencies.FrameworkDocumentImport documentImport;
    private final Div moves = new Div();
    private final Grid<Competency> grid = new Grid<>();
    private ResponsiveList<Competency> list;
    private final Checkbox showArchived = new Checkbox();
    private final Select<Integer> scale = new Select<>();
    private final Select<JobFamily> family = new Select<>();
    private final Div matrix = new Div();
    private final Div report = new Div();
    private long scaleVersion;
    private byte[] pendingCsv;
    /** The competencies as last read, by id: their versions guard the matrix edits. */
    private final Map<UUID, Competency> current = new HashMap<>();

    CompetencyAdminView(CompetencyFrameworks frameworks, io.kadens.competencies.CareerPaths careers,
                        io.kadens.competencies.CompetencyLeftovers leftovers,
                        io.kadens.competencies.FrameworkDocumentImport documentImport) {
        this.documentImport = documentImport;
        this.frameworks = frameworks;
        this.careers = careers;
        addClassName("k-page");
        moves.setId("competencies-moves");
        add(new H1(getTranslation("competencies.admin.heading")), scaleSection(), competencySection(),
                matrixSection(), moves, importSection(), new LeftoversSection(leftovers, frameworks));
        refresh();
    }

    // ------------------------------------------------------------------ scale

    private Div scaleSection() {
        scale.setId("competencies-scale");
        scale.setLabel(getTranslation("competencies.scale"));
        scale.setItems(4, 5);
        scale.setItemLabelGenerator(levels -> getTranslation("competencies.scale.levels", levels));
        Button save = new Button(getTranslation("competencies.scale.save"), click -> saveScale());
        save.setId("competencies-scale-save");
        Paragraph help = new Paragraph(getTranslation("competencies.scale.help"));
        help.addClassName("k-muted");
        HorizontalLayout row = new HorizontalLayout(scale, save);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        Div section = new Div(new H2(getTranslation("competencies.scale.heading")), help, row);
        section.addClassName("k-card");
        return section;
    }

    private void saveScale() {
        scale.setInvalid(false);
        try {
            CompetencyFrameworks.Scale saved = frameworks.changeScale(scale.getValue() == null ? 0 : scale.getValue(),
                    scaleVersion);
            scaleVersion = saved.version();
            Toast.success(getTranslation("competencies.scale.saved", saved.levels()));
            refresh();
        } catch (InvalidInputException refused) {
            new FieldErrors().bind("levels", scale).showOrToast(refused.fieldErrors(), this::getTranslation);
        } catch (ConcurrentEditException conflict) {
            Toast.error(getTranslation("competencies.conflict"));
            refresh();
        }
    }

    // ------------------------------------------------------------------ competencies

    private Div competencySection() {
        Button add = new Button(getTranslation("competencies.admin.new"), click -> edit(null));
        add.setId("competencies-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showArchived.setLabel(getTranslation("competencies.admin.show-archived"));
        showArchived.setId("competencies-show-archived");
        showArchived.addValueChangeListener(change -> refresh());

        grid.setId("competencies-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", getTranslation("competencies.admin.list"));
        grid.addColumn(Competency::name).setHeader(getTranslation("competencies.name")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation(c.data().group().labelKey())).setHeader(getTranslation("competencies.group"));
        grid.addColumn(c -> familyName(c.data().jobFamilyId())).setHeader(getTranslation("competencies.family"));
        grid.addColumn(c -> String.valueOf(c.data().indicators().size()))
                .setHeader(getTranslation("competencies.indicators.count"));
        grid.addColumn(c -> getTranslation(c.archived() ? "competencies.status.archived" : "competencies.status.active"))
                .setHeader(getTranslation("competencies.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("competencies.admin.actions")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("competencies.admin.empty"));
        grid.setHeight("40vh");
        // On a phone: a card per competency with its group and status, and the same actions.
        list = new ResponsiveList<>(grid, getTranslation("competencies.admin.list"))
                .cardTitle(Competency::name)
                .cardFact("group", getTranslation("competencies.group"), c -> getTranslation(c.data().group().labelKey()))
                .cardFact("status", getTranslation("competencies.status"),
                        c -> getTranslation(c.archived() ? "competencies.status.archived" : "competencies.status.active"))
                .cardActions(this::actions);
        Div section = new Div(new H2(getTranslation("competencies.admin.list")), new HorizontalLayout(add, showArchived),
                list);
        section.addClassName("k-card");
        return section;
    }

    private HorizontalLayout actions(Competency competency) {
        Button edit = new Button(getTranslation("competencies.admin.edit"), click -> edit(competency));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("competencies.admin.edit.label", competency.name()));
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (competency.archived()) {
            Button restore = new Button(getTranslation("competencies.admin.restore"), click -> archive(competency, false));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            restore.setAriaLabel(getTranslation("competencies.admin.restore.label", competency.name()));
            actions.add(restore);
        } else {
            Button remove = new Button(getTranslation("competencies.admin.remove"), click -> confirmRemove(competency));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("competencies.admin.remove.label", competency.name()));
            actions.add(remove);
        }
        return actions;
    }

    private void archive(Competency competency, boolean archived) {
        try {
            frameworks.archive(competency.id(), archived, competency.version());
            Toast.success(getTranslation(archived ? "competencies.admin.archived" : "competencies.admin.restored",
                    competency.name()));
        } catch (ConcurrentEditException | ResourceNotFoundException conflict) {
            Toast.error(getTranslation("competencies.conflict"));
        }
        refresh();
    }

    private void confirmRemove(Competency competency) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("competencies.admin.remove.title"),
                getTranslation("competencies.admin.remove.text", competency.name()),
                getTranslation("competencies.admin.remove"), confirm -> {
                    try {
                        RemovalOutcome outcome = frameworks.remove(competency.id(), competency.version());
                        Toast.success(getTranslation(outcome == RemovalOutcome.ARCHIVED
                                ? "competencies.admin.archived-instead" : "competencies.admin.deleted", competency.name()));
                    } catch (ConcurrentEditException | ResourceNotFoundException conflict) {
                        Toast.error(getTranslation("competencies.conflict"));
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("competencies.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void edit(Competency existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "competencies.admin.new" : "competencies.admin.edit"));
        TextField name = new TextField(getTranslation("competencies.name"));
        name.setRequired(true);
        name.setMaxLength(120);
        name.setId("competency-name");
        TextArea description = new TextArea(getTranslation("competencies.description"));
        description.setMaxLength(2000);
        Select<CompetencyGroup> group = new Select<>();
        group.setId("competency-group");
        group.setLabel(getTranslation("competencies.group"));
        group.setItems(CompetencyGroup.values());
        group.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
        group.setValue(CompetencyGroup.CORE);
        Select<JobFamily> jobFamily = new Select<>();
        jobFamily.setLabel(getTranslation("competencies.family"));
        jobFamily.setItems(frameworks.jobFamilies());
        jobFamily.setItemLabelGenerator(JobFamily::name);
        jobFamily.setHelperText(getTranslation("competencies.family.helper"));
        jobFamily.setEnabled(false);
        group.addValueChangeListener(change -> {
            jobFamily.setEnabled(change.getValue() == CompetencyGroup.FUNCTIONAL);
            if (change.getValue() != CompetencyGroup.FUNCTIONAL) {
                jobFamily.clear();
            }
        });
        int levels = frameworks.scale().levels();
        List<TextArea> indicators = new ArrayList<>();
        for (int level = 1; level <= levels; level++) {
            TextArea indicator = new TextArea(getTranslation("competencies.indicator", level));
            indicator.setMaxLength(1000);
            indicator.setId("competency-indicator-" + level);
            indicators.add(indicator);
        }
        if (existing != null) {
            CompetencyData data = existing.data();
            name.setValue(data.name());
            description.setValue(data.description());
            group.setValue(data.group());
            frameworks.jobFamilies().stream().filter(f -> f.id().equals(data.jobFamilyId())).findFirst()
                    .ifPresent(jobFamily::setValue);
            for (int i = 0; i < data.indicators().size() && i < indicators.size(); i++) {
                indicators.get(i).setValue(data.indicators().get(i));
            }
        }
        FormLayout form = new FormLayout(name, group, jobFamily, description);
        form.setColspan(description, 2);
        indicators.forEach(indicator -> {
            form.add(indicator);
            form.setColspan(indicator, 2);
        });
        dialog.add(form);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("description", description);
        fields.put("group", group);
        fields.put("jobFamilyId", jobFamily);
        fields.put("indicators", indicators.getLast());
        Button save = new Button(getTranslation("competencies.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            CompetencyData data = new CompetencyData(name.getValue(), description.getValue(), group.getValue(),
                    Optional.ofNullable(jobFamily.getValue()).map(JobFamily::id).orElse(null),
                    indicators.stream().map(TextArea::getValue).toList());
            try {
                if (existing == null) {
                    frameworks.create(data);
                } else {
                    frameworks.update(existing.id(), data, existing.version());
                }
                dialog.close();
                Toast.success(getTranslation("competencies.admin.saved", data.name().strip()));
                refresh();
            } catch (InvalidInputException refused) {
                new FieldErrors().bindAll(fields).focusingFirstInvalid()
                        .showOrToast(refused.fieldErrors(), this::getTranslation);
            } catch (ConcurrentEditException | ResourceNotFoundException conflict) {
                Toast.error(getTranslation("competencies.conflict"));
                dialog.close();
                refresh();
            }
        });
        save.setId("competency-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("competencies.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    // ------------------------------------------------------------------ expectation matrix

    private Div matrixSection() {
        family.setId("competencies-matrix-family");
        family.setLabel(getTranslation("competencies.family"));
        family.setItemLabelGenerator(JobFamily::name);
        family.addValueChangeListener(change -> showMatrix());
        matrix.setId("competencies-matrix");
        Paragraph help = new Paragraph(getTranslation("competencies.matrix.help"));
        help.addClassName("k-muted");
        Div section = new Div(new H2(getTranslation("competencies.matrix.heading")), help, family, matrix);
        section.addClassName("k-card");
        return section;
    }

    private void showMatrix() {
        matrix.removeAll();
        JobFamily chosen = family.getValue();
        if (chosen == null) {
            return;
        }
        if (chosen.levels().isEmpty()) {
            matrix.add(new Paragraph(getTranslation("competencies.matrix.no-levels")));
            return;
        }
        List<Competency> applicable = current.values().stream().filter(c -> !c.archived())
                .filter(c -> CompetencyFrameworks.appliesTo(c, chosen.id()))
                .sorted(java.util.Comparator.comparing((Competency c) -> c.data().group()).thenComparing(Competency::name,
                        String.CASE_INSENSITIVE_ORDER))
                .toList();
        if (applicable.isEmpty()) {
            matrix.add(new Paragraph(getTranslation("competencies.matrix.empty")));
            return;
        }
        Map<String, Integer> expected = new HashMap<>();
        frameworks.expectations(chosen.id())
                .forEach((Expectation e) -> expected.put(e.competencyId() + "/" + e.jobLevelId(), e.level()));
        int levels = frameworks.scale().levels();
        List<Integer> choices = new ArrayList<>();
        choices.add(0);
        for (int level = 1; level <= levels; level++) {
            choices.add(level);
        }
        NativeTable table = new NativeTable();
        table.addClassName("k-matrix");
        table.getElement().setAttribute("aria-label", getTranslation("competencies.matrix.caption", chosen.name()));
        NativeTableRow headRow = new NativeTableRow(new NativeTableHeaderCell(getTranslation("competencies.name")));
        chosen.levels().forEach(level -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(level.name());
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        });
        NativeTableHeader head = new NativeTableHeader();
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (Competency competency : applicable) {
            NativeTableHeaderCell rowHeader = new NativeTableHeaderCell(competency.name());
            rowHeader.getElement().setAttribute("scope", "row");
            NativeTableRow row = new NativeTableRow(rowHeader);
            for (JobFamily.JobLevel level : chosen.levels()) {
                Select<Integer> cell = new Select<>();
                cell.setItems(choices);
                cell.setItemLabelGenerator(value -> value == 0 ? getTranslation("competencies.matrix.none")
                        : String.valueOf(value));
                cell.setValue(expected.getOrDefault(competency.id() + "/" + level.id(), 0));
                cell.setAriaLabel(getTranslation("competencies.matrix.cell", competency.name(), level.name()));
                cell.addValueChangeListener(change -> {
                    if (!change.isFromClient()) {
                        return;
                    }
                    saveExpectation(competency.id(), level, change.getValue(), cell, change.getOldValue());
                });
                row.add(new NativeTableCell(cell));
            }
            body.add(row);
        }
        table.add(head, body);
        matrix.add(table);
    }

    private void saveExpectation(UUID competencyId, JobFamily.JobLevel level, Integer value, Select<Integer> cell,
                                 Integer previous) {
        Competency competency = current.get(competencyId);
        try {
            long version = frameworks.setExpectation(competencyId, level.id(), value == null || value == 0 ? null : value,
                    competency.version());
            current.put(competencyId, new Competency(competency.id(), version, competency.data(), competency.archived()));
            Toast.success(getTranslation("competencies.matrix.saved", competency.name(), level.name()));
        } catch (InvalidInputException refused) {
            Toast.error(FieldErrors.joined(refused.fieldErrors(), this::getTranslation));
            cell.setValue(previous);
        } catch (ConcurrentEditException | ResourceNotFoundException conflict) {
            Toast.error(getTranslation("competencies.conflict"));
            refresh();
        }
    }

    // ------------------------------------------------------------------ import

    private Div importSection() {
        Upload upload = new Upload(BoundedUploads.inMemory(IMPORT_MAX_BYTES, (metadata, bytes) -> {
            pendingCsv = bytes;
            report.removeAll();
        }));
        upload.setId("competencies-import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(IMPORT_MAX_BYTES);
        upload.getElement().setAttribute("aria-label", getTranslation("competencies.import.label"));
        upload.setI18n(new com.vaadin.flow.component.upload.UploadI18N()
                .setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                        .setOne(getTranslation("competencies.upload.add")).setMany(getTranslation("competencies.upload.add")))
                .setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                        .setOne(getTranslation("competencies.upload.drop")).setMany(getTranslation("competencies.upload.drop")))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("competencies.upload.too-large"))
                        .setIncorrectFileType(getTranslation("competencies.import.csv-only"))
                        .setTooManyFiles(getTranslation("competencies.upload.one-file"))));
        upload.addFileRemovedListener(removed -> pendingCsv = null);
        Button run = new Button(getTranslation("competencies.import.run"), click -> runImport(upload));
        run.setId("competencies-import-run");
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event ->
                new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(
                        CompetencyFrameworks.csvTemplate().getBytes(StandardCharsets.UTF_8)), "competencies.csv",
                        "text/csv", -1)), getTranslation("competencies.import.template"));
        template.getElement().setAttribute("download", true);
        // Told apart from the text around it by more than colour (WCAG 1.4.1).
        template.getStyle().set("text-decoration", "underline");
        Paragraph help = new Paragraph(getTranslation("competencies.import.help"));
        help.addClassName("k-muted");
        report.setId("competencies-import-report");
        report.getElement().setAttribute("aria-live", "polite");
        // A framework document in company content: headings and lists proposed, HR confirms (nothing before).
        Button fromDocument = new Button(getTranslation("dev13.document.open"),
                click -> new DocumentImportDialog(documentImport, frameworks, this::refresh).open());
        fromDocument.setId("competencies-document-open");
        Div section = new Div(new H2(getTranslation("competencies.import.heading")), help, template, upload, run, report,
                fromDocument);
        section.addClassName("k-card");
        return section;
    }

    private void runImport(Upload upload) {
        report.removeAll();
        if (pendingCsv == null) {
            report.add(new Paragraph(getTranslation("competencies.import.choose")));
            return;
        }
        CompetencyImportReport result = frameworks.importCsv(pendingCsv);
        UnorderedList list = new UnorderedList();
        if (result.imported()) {
            Paragraph done = new Paragraph(getTranslation("competencies.import.done", result.rows(), result.created(),
                    result.updated()));
            done.setId("competencies-import-done");
            result.outcomes().forEach(outcome -> list.add(new ListItem(getTranslation("competencies.import.row",
                    outcome.line(), outcome.name(), getTranslation("competencies.import.action."
                            + outcome.action().name().toLowerCase(java.util.Locale.ROOT))))));
            report.add(done, list);
            pendingCsv = null;
            upload.clearFileList();
            refresh();
        } else {
            Paragraph failed = new Paragraph(getTranslation("competencies.import.failed", result.problems().size()));
            failed.addClassName("k-error");
            failed.getElement().setAttribute("role", "alert");
            result.problems().forEach(problem -> list.add(new ListItem(getTranslation("competencies.import.problem",
                    problem.line(), problem.column(), getTranslation(problem.messageKey(), problem.value())))));
            report.add(failed, list);
        }
    }

    // ------------------------------------------------------------------

    private Map<UUID, String> familyNames = Map.of();

    private String familyName(UUID id) {
        return id == null ? "" : familyNames.getOrDefault(id, "");
    }

    private void refresh() {
        CompetencyFrameworks.Scale levels = frameworks.scale();
        scaleVersion = levels.version();
        scale.setValue(levels.levels());
        List<JobFamily> families = frameworks.jobFamilies();
        Map<UUID, String> names = new HashMap<>();
        families.forEach(f -> names.put(f.id(), f.name()));
        familyNames = names;
        List<Competency> all = frameworks.competencies(true);
        current.clear();
        all.forEach(c -> current.put(c.id(), c));
        list.setItems(all.stream().filter(c -> showArchived.getValue() || !c.archived()).toList());
        JobFamily chosen = family.getValue();
        family.setItems(families);
        families.stream().filter(f -> chosen != null && f.id().equals(chosen.id())).findFirst()
                .or(() -> families.stream().findFirst()).ifPresent(family::setValue);
        showMatrix();
        showMoves(families);
    }

    // ------------------------------------------------------------------ lateral moves

    private void showMoves(List<JobFamily> families) {
        moves.removeAll();
        moves.addClassName("k-card");
        Paragraph help = new Paragraph(getTranslation("careers.moves.help"));
        help.addClassName("k-muted");
        moves.add(new H2(getTranslation("careers.moves.heading")), help);
        Map<UUID, String> levelNames = new LinkedHashMap<>();
        families.forEach(f -> f.levels().forEach(l -> levelNames.put(l.id(), f.name() + " – " + l.name())));
        UnorderedList list = new UnorderedList();
        for (io.kadens.competencies.LateralMove move : careers.lateralMoves()) {
            String from = levelNames.getOrDefault(move.fromLevelId(), "?");
            String to = levelNames.getOrDefault(move.toLevelId(), "?");
            Button remove = new Button(getTranslation("careers.moves.remove"), click -> {
                try {
                    careers.removeLateralMove(move.id());
                    Toast.success(getTranslation("careers.moves.removed"));
                } catch (ResourceNotFoundException gone) {
                    Toast.error(getTranslation("competencies.conflict"));
                }
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("careers.moves.remove.label", from, to));
            ListItem item = new ListItem(getTranslation("careers.moves.item", from, to));
            item.add(remove);
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            moves.add(new Paragraph(getTranslation("careers.moves.empty")));
        } else {
            moves.add(list);
        }
        Select<UUID> from = new Select<>();
        from.setLabel(getTranslation("careers.moves.from"));
        from.setItems(List.copyOf(levelNames.keySet()));
        from.setItemLabelGenerator(levelNames::get);
        Select<UUID> to = new Select<>();
        to.setLabel(getTranslation("careers.moves.to"));
        to.setItems(List.copyOf(levelNames.keySet()));
        to.setItemLabelGenerator(levelNames::get);
        Button add = new Button(getTranslation("careers.moves.add"), click -> {
            try {
                careers.addLateralMove(from.getValue(), to.getValue());
                Toast.success(getTranslation("careers.moves.added"));
                refresh();
            } catch (InvalidInputException refused) {
                new FieldErrors().bind("fromLevelId", from).bind("toLevelId", to)
                        .showOrToast(refused.fieldErrors(), this::getTranslation);
            }
        });
        add.setId("competencies-move-add");
        HorizontalLayout row = new HorizontalLayout(from, to, add);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        moves.add(row);
    }

    @Override
    public String titleKey() {
        return "competencies.admin.heading";
    }
}
