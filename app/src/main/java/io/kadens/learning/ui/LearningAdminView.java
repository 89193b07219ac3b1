package io.kadens.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.kadens.platform.BoundedUploads;
import io.kadens.frontend.EChart;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.learning.ImportReport;
import io.kadens.learning.LearningPlans;
import io.kadens.learning.LibraryQuery;
import io.kadens.learning.ProviderKind;
import io.kadens.learning.TeamCompletion;
import io.kadens.learning.TrainingFile;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingItemData;
import io.kadens.learning.TrainingLevel;
import io.kadens.learning.TrainingLibrary;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * HR admins keep the training catalogue: add and edit items (optimistic locking), import a
 * catalogue from CSV (all rows or none, with a report by line), and see completion per department.
 */
@Route("admin/learning")
@Menu(order = 28, title = "learning.admin.nav", icon = "vaadin:book")
@RolesAllowed(Role.HR_ADMIN_NAME)
class LearningAdminView extends Main implements PageTitles.Translated {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Enforced on the server too (BoundedUploads), not only by the upload component. */
    private static final int CATALOGUE_MAX_BYTES = 5 * 1024 * 1024;
    private static final int FILE_MAX_BYTES = 20 * 1024 * 1024;

    private final transient TrainingLibrary library;
    private final transient LearningPlans plans;
    private final Grid<TrainingItem> items = new Grid<>();
    private final Div report = new Div();
    private final Div completion = new Div();
    private byte[] pendingCsv;

    LearningAdminView(TrainingLibrary library, LearningPlans plans) {
        this.library = library;
        this.plans = plans;
        addClassName("k-page");

        Button add = new Button(getTranslation("learning.admin.new"), click -> edit(null));
        add.setId("learning-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        items.setId("learning-catalogue");
        items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        items.getElement().setAttribute("aria-label", getTranslation("learning.admin.catalogue"));
        items.addColumn(TrainingItem::title).setHeader(getTranslation("learning.title")).setFlexGrow(3)
                .setSortable(true);
        items.addColumn(item -> getTranslation(item.data().format().labelKey()))
                .setHeader(getTranslation("learning.format"));
        items.addColumn(item -> getTranslation(item.data().level().labelKey()))
                .setHeader(getTranslation("learning.level"));
        items.addColumn(item -> getTranslation("learning.language." + item.data().language()))
                .setHeader(getTranslation("learning.language"));
        items.addColumn(item -> String.join(", ", item.data().competencies()))
                .setHeader(getTranslation("learning.competencies")).setFlexGrow(2);
        items.addComponentColumn(item -> {
            Button edit = new Button(getTranslation("learning.admin.edit"), click -> edit(item));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("learning.admin.edit.label", item.title()));
            Button delete = new Button(getTranslation("learning.admin.delete"), click -> confirmDelete(item));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("learning.admin.delete.label", item.title()));
            return new HorizontalLayout(edit, delete);
        }).setHeader(getTranslation("learning.admin.actions")).setFlexGrow(2);
        items.setEmptyStateText(getTranslation("learning.admin.empty"));
        items.setHeight("45vh");

        // AI-drafted learning paths and course outlines live on their own page (learningdrafts feature).
        Anchor drafts = new Anchor("admin/learning-drafts", getTranslation("learningdrafts.admin.link"));
        drafts.setId("learning-drafts-link");
        add(new H1(getTranslation("learning.admin.heading")), new HorizontalLayout(add, drafts), items, importSection(),
                new H2(getTranslation("learning.admin.completion")), completion);
        refresh();
    }

    private Div importSection() {
        Upload upload = new Upload(BoundedUploads.inMemory(CATALOGUE_MAX_BYTES, (metadata, bytes) -> {
            pendingCsv = bytes;
            report.removeAll();
        }));
        upload.setId("learning-import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(CATALOGUE_MAX_BYTES);
        upload.getElement().setAttribute("aria-label", getTranslation("learning.import.label"));
        upload.setI18n(uploadTexts(getTranslation("learning.import.csv-only")));
        upload.addFileRemovedListener(removed -> pendingCsv = null);
        Button run = new Button(getTranslation("learning.import.run"), click -> runImport(upload));
        run.setId("learning-import-run");
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event ->
                new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(
                        TrainingLibrary.csvTemplate().getBytes(StandardCharsets.UTF_8)), "training-catalogue.csv",
                        "text/csv", -1)), getTranslation("learning.import.template"));
        template.getElement().setAttribute("download", true);
        Paragraph help = new Paragraph(getTranslation("learning.import.help"));
        help.addClassName("k-muted");
        report.setId("learning-import-report");
        report.getElement().setAttribute("aria-live", "polite");
        Div section = new Div(new H2(getTranslation("learning.import.heading")), help, template, upload, run, report);
        section.addClassName("k-card");
        return section;
    }

    private void runImport(Upload upload) {
        report.removeAll();
        if (pendingCsv == null) {
            report.add(new Paragraph(getTranslation("learning.import.choose")));
            return;
        }
        ImportReport result = library.importCatalogue(pendingCsv);
        if (result.imported()) {
            Paragraph done = new Paragraph(getTranslation("learning.import.done", result.rows(), result.created(),
                    result.updated()));
            done.setId("learning-import-done");
            report.add(done);
            pendingCsv = null;
            upload.clearFileList();
            refresh();
        } else {
            Paragraph failed = new Paragraph(getTranslation("learning.import.failed", result.problems().size()));
            failed.addClassName("k-error");
            failed.getElement().setAttribute("role", "alert");
            UnorderedList list = new UnorderedList();
            result.problems().forEach(problem -> list.add(new ListItem(getTranslation("learning.import.problem",
                    problem.line(), problem.column(), getTranslation(problem.messageKey(), problem.value()),
                    problem.value()))));
            report.add(failed, list);
        }
    }

    private void edit(TrainingItem existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "learning.admin.new" : "learning.admin.edit"));
        TextField title = new TextField(getTranslation("learning.title"));
        title.setRequired(true);
        title.setMaxLength(200);
        TextArea description = new TextArea(getTranslation("learning.description"));
        Select<ProviderKind> provider = new Select<>();
        provider.setLabel(getTranslation("learning.provider"));
        provider.setItems(ProviderKind.values());
        provider.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        provider.setValue(ProviderKind.INTERNAL);
        TextField providerName = new TextField(getTranslation("learning.provider-name"));
        TextField url = new TextField(getTranslation("learning.url"));
        Select<TrainingFormat> format = new Select<>();
        format.setLabel(getTranslation("learning.format"));
        format.setItems(TrainingFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        format.setValue(TrainingFormat.COURSE);
        IntegerField duration = new IntegerField(getTranslation("learning.duration-minutes"));
        duration.setMin(1);
        Select<TrainingLevel> level = new Select<>();
        level.setLabel(getTranslation("learning.level"));
        level.setItems(TrainingLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        level.setValue(TrainingLevel.BEGINNER);
        TextField competencies = new TextField(getTranslation("learning.competencies"));
        competencies.setHelperText(getTranslation("learning.list.helper"));
        // With a competency framework the item picks its competencies from it (linked by id); words it already
        // has that name no competency stay listed, so saving keeps them until HR maps or removes them.
        List<String> framework = library.frameworkCompetencies();
        var competencyPicker = new com.vaadin.flow.component.combobox.MultiSelectComboBox<String>(
                getTranslation("learning.competencies"));
        competencyPicker.setId("training-competency-picker");
        java.util.LinkedHashSet<String> choices = new java.util.LinkedHashSet<>(framework);
        if (existing != null) {
            choices.addAll(existing.data().competencies());
        }
        competencyPicker.setItems(List.copyOf(choices));
        com.vaadin.flow.component.Component competencyField = framework.isEmpty() ? competencies : competencyPicker;
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("learning.language"));
        language.setItems("sv", "en");
        language.setItemLabelGenerator(l -> getTranslation("learning.language." + l));
        language.setValue(getLocale().getLanguage().equals("sv") ? "sv" : "en");
        TextField tags = new TextField(getTranslation("learning.tags"));
        tags.setHelperText(getTranslation("learning.list.helper"));
        final byte[][] file = new byte[1][];
        final String[] fileName = new String[1];
        Upload attachment = new Upload(BoundedUploads.inMemory(FILE_MAX_BYTES, (metadata, bytes) -> {
            file[0] = bytes;
            fileName[0] = metadata.fileName();
        }));
        attachment.setMaxFiles(1);
        attachment.setMaxFileSize(FILE_MAX_BYTES);
        attachment.getElement().setAttribute("aria-label", getTranslation("learning.file"));
        attachment.setI18n(uploadTexts(getTranslation("learning.file.too-large")));
        if (existing != null) {
            TrainingItemData data = existing.data();
            title.setValue(data.title());
            description.setValue(data.description());
            provider.setValue(data.providerKind());
            providerName.setValue(data.providerName() == null ? "" : data.providerName());
            url.setValue(data.url() == null ? "" : data.url());
            format.setValue(data.format());
            duration.setValue(data.durationMinutes());
            level.setValue(data.level());
            competencies.setValue(String.join(", ", data.competencies()));
            competencyPicker.setValue(new java.util.LinkedHashSet<>(data.competencies()));
            language.setValue(data.language());
            tags.setValue(String.join(", ", data.tags()));
        }
        FormLayout form = new FormLayout(title, description, provider, providerName, url, format, duration, level,
                competencyField, language, tags, attachment);
        form.setColspan(description, 2);
        dialog.add(form);
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("title", title, "url", url,
                "duration", duration, "format", format, "level", level, "language", language, "provider", provider);
        Button save = new Button(getTranslation("learning.admin.save"), click -> {
            fields.values().forEach(f -> f.setInvalid(false));
            TrainingItemData data = new TrainingItemData(title.getValue(), description.getValue(), provider.getValue(),
                    providerName.getValue(), url.getValue(), format.getValue(), duration.getValue(), level.getValue(),
                    framework.isEmpty() ? TrainingItemData.split(competencies.getValue())
                            : List.copyOf(competencyPicker.getValue()), language.getValue(),
                    TrainingItemData.split(tags.getValue()));
            try {
                if (existing == null) {
                    java.util.UUID id = library.create(data);
                    if (file[0] != null) {
                        library.attachFile(id, 0, new TrainingFile(fileName[0], "application/octet-stream", file[0]));
                    }
                } else {
                    library.update(existing.id(), existing.version(), data);
                    if (file[0] != null) {
                        library.attachFile(existing.id(), existing.version() + 1,
                                new TrainingFile(fileName[0], "application/octet-stream", file[0]));
                    }
                }
                dialog.close();
                Toast.success(getTranslation("learning.admin.saved", data.title()));
                refresh();
            } catch (InvalidInputException refused) {
                new FieldErrors().bindAll(fields).showOrToast(refused.fieldErrors(), this::getTranslation);
            } catch (ConcurrentEditException conflict) {
                Toast.error(getTranslation("learning.conflict"));
                dialog.close();
                refresh();
            }
        });
        save.setId("learning-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("learning.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void confirmDelete(TrainingItem item) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("learning.admin.delete.title"),
                getTranslation("learning.admin.delete.text", item.title()), getTranslation("learning.admin.delete"),
                confirm -> {
                    try {
                        library.delete(item.id());
                    } catch (InvalidInputException gone) {
                        Toast.error(getTranslation("learning.item.not-found"));
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("learning.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        items.setItems(library.search(LibraryQuery.all()));
        showCompletion(plans.completionByTeam(getTranslation("learning.admin.no-team")));
    }

    private void showCompletion(List<TeamCompletion> teams) {
        completion.removeAll();
        if (teams.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("learning.admin.completion.empty"));
            none.addClassName("k-muted");
            completion.add(none);
            return;
        }
        List<String> names = teams.stream().map(TeamCompletion::team).toList();
        String completed = getTranslation("learning.status.completed");
        String inProgress = getTranslation("learning.status.in_progress");
        String notStarted = getTranslation("learning.status.not_started");
        Map<String, Object> option = Map.of(
                "grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "inverse", true, "data", names),
                "series", List.of(
                        series(completed, teams.stream().map(TeamCompletion::completed).toList(), "#2f6f5e"),
                        series(inProgress, teams.stream().map(TeamCompletion::inProgress).toList(), "#c98a1b"),
                        series(notStarted, teams.stream().map(TeamCompletion::notStarted).toList(), "#8a8f98")));
        EChart chart = new EChart(getTranslation("learning.admin.completion.chart"));
        chart.setId("learning-completion-chart");
        chart.setOption(JSON.writeValueAsString(option));

        NativeTable table = new NativeTable();
        table.addClassName("k-sr-only");
        table.setId("learning-completion-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("learning.admin.team")),
                new NativeTableHeaderCell(completed), new NativeTableHeaderCell(inProgress),
                new NativeTableHeaderCell(notStarted), new NativeTableHeaderCell(getTranslation("learning.overdue")),
                new NativeTableHeaderCell(getTranslation("learning.admin.completed-percent"))));
        NativeTableBody body = new NativeTableBody();
        for (TeamCompletion team : teams) {
            body.add(new NativeTableRow(new NativeTableCell(team.team()),
                    new NativeTableCell(String.valueOf(team.completed())),
                    new NativeTableCell(String.valueOf(team.inProgress())),
                    new NativeTableCell(String.valueOf(team.notStarted())),
                    new NativeTableCell(String.valueOf(team.overdue())),
                    new NativeTableCell(team.completedPercent() + " %")));
        }
        table.add(head, body);
        completion.add(chart, table);
    }

    private com.vaadin.flow.component.upload.UploadI18N uploadTexts(String wrongType) {
        return new com.vaadin.flow.component.upload.UploadI18N()
                .setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                        .setOne(getTranslation("learning.upload.add")).setMany(getTranslation("learning.upload.add")))
                .setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                        .setOne(getTranslation("learning.upload.drop")).setMany(getTranslation("learning.upload.drop")))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("learning.file.too-large"))
                        .setIncorrectFileType(wrongType)
                        .setTooManyFiles(getTranslation("learning.upload.one-file")));
    }

    private static Map<String, Object> series(String name, List<Integer> values, String color) {
        return Map.of("name", name, "type", "bar", "stack", "total", "data", values,
                "itemStyle", Map.of("color", color), "label", Map.of("show", true));
    }

    @Override
    public String titleKey() {
        return "learning.admin.heading";
    }
}
