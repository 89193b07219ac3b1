package io.kadens.compensation.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.kadens.compensation.CompaBand;
import io.kadens.compensation.CompaDistribution;
import io.kadens.compensation.Pay;
import io.kadens.compensation.PayData;
import io.kadens.compensation.PayImport;
import io.kadens.compensation.PayImportPlan;
import io.kadens.compensation.PayLine;
import io.kadens.compensation.PayRange;
import io.kadens.frontend.EChart;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.Toast;
import io.kadens.people.Department;
import io.kadens.people.JobFamily;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.BoundedUploads;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantScope;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Salaries and pay ranges for HR admins: the range of every job level (add, edit, delete when unused), each active
 * person's salary with compa-ratio and position in range (a lazy list filtered by department and name, edited with
 * a reason), pay files (salaries or ranges) previewed and then applied all or nothing, and the compa-ratio
 * distribution as a chart, a table for screen readers and CSV. Only HR admins reach it; the database hides pay
 * rows from anyone else anyway (V174).
 */
@Route("admin/compensation/pay")
@Menu(order = 40.6, title = "compensation.pay.nav", icon = "vaadin:coin-piles")
@RolesAllowed(Role.HR_ADMIN_NAME)
class PayAdminView extends Main implements PageTitles.Translated {

    private static final Logger log = LoggerFactory.getLogger(PayAdminView.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Large enough for {@link PayData#MAX_IMPORT_ROWS} rows of salaries. */
    private static final long IMPORT_MAX_BYTES = 4L * 1024 * 1024;

    /** One job level with its range (null when it has none) and how many people with a salary hold it. */
    record RangeRow(JobFamily family, JobFamily.JobLevel level, PayRange range, int holders) {
        String label() {
            return family.name() + " – " + level.name();
        }
    }

    private final transient PayData pay;
    private final transient PayImport imports;
    private final transient OrganisationStructure structure;
    private final transient KadensUser user;

    private final ResponsiveList<RangeRow> ranges;
    private final ResponsiveList<PayLine> salaries;
    private final ComboBox<Department> department = new ComboBox<>();
    private final TextField search = new TextField();
    private final Div distributionHost = new Div();

    private final RadioButtonGroup<PayImportPlan.Kind> importKind = new RadioButtonGroup<>();
    private final Upload upload;
    private final Button preview = new Button();
    private final Button confirm = new Button();
    private final Div report = new Div();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final NativeLabel progressLabel = new NativeLabel();
    private byte[] pendingCsv;
    private transient PayImportPlan previewed;

    PayAdminView(PayData pay, PayImport imports, OrganisationStructure structure, CurrentUser currentUser) {
        this.pay = pay;
        this.imports = imports;
        this.structure = structure;
        this.user = currentUser.require();
        addClassName("k-page");
        Anchor back = new Anchor("admin/compensation", getTranslation("compensation.pay.back"));
        back.getStyle().set("text-decoration", "underline");
        add(new H1(getTranslation("compensation.pay.heading")), new Paragraph(getTranslation("compensation.pay.intro")),
                new Paragraph(back));

        ranges = new ResponsiveList<>(rangeGrid(), getTranslation("compensation.pay.ranges.heading"));
        ranges.cardTitle(RangeRow::label)
                .cardFact("range", getTranslation("compensation.pay.col.range"), this::rangeText)
                .cardFact("holders", getTranslation("compensation.pay.col.holders"), r -> String.valueOf(r.holders()))
                .cardActions(this::rangeActions);
        Div rangeCard = card("pay-ranges-card", "compensation.pay.ranges.heading", "compensation.pay.ranges.text");
        rangeCard.add(ranges);

        salaries = new ResponsiveList<>(salaryGrid(), getTranslation("compensation.pay.salaries.heading"));
        salaries.cardTitle(PayLine::name)
                .cardFact("department", getTranslation("compensation.pay.col.department"), PayLine::departmentName)
                .cardFact("level", getTranslation("compensation.pay.col.level"), this::levelText)
                .cardFact("salary", getTranslation("compensation.col.salary"), this::salaryText)
                .cardFact("compa", getTranslation("compensation.col.compa"), this::compaText)
                .cardFact("position", getTranslation("compensation.pay.col.position"), this::positionText)
                .cardActions(this::salaryAction);
        Div salaryCard = card("pay-salaries-card", "compensation.pay.salaries.heading",
                "compensation.pay.salaries.text");
        salaryCard.add(salaryFilters(), salaries);

        Div distributionCard = card("pay-distribution-card", "compensation.pay.distribution.heading",
                "compensation.pay.distribution.text");
        distributionCard.add(distributionHost);

        upload = new Upload(BoundedUploads.inMemory(IMPORT_MAX_BYTES, (metadata, bytes) -> received(metadata.fileName(), bytes)));
        add(rangeCard, salaryCard, importCard(), distributionCard);
        refreshRanges();
        refreshSalaries();
        refreshDistribution();
    }

    @Override
    public String titleKey() {
        return "compensation.pay.title";
    }

    private Div card(String id, String headingKey, String textKey) {
        Paragraph text = new Paragraph(getTranslation(textKey));
        text.addClassName("k-muted");
        Div card = new Div(new H2(getTranslation(headingKey)), text);
        card.addClassName("k-card");
        card.setId(id);
        return card;
    }

    // ------------------------------------------------------------------ ranges

    private Grid<RangeRow> rangeGrid() {
        Grid<RangeRow> grid = new Grid<>();
        grid.setId("pay-ranges");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.family().name()).setHeader(getTranslation("compensation.pay.col.family")).setAutoWidth(true);
        grid.addColumn(r -> r.level().name()).setHeader(getTranslation("compensation.pay.col.level")).setAutoWidth(true);
        grid.addColumn(r -> r.range() == null ? "–" : r.range().currency())
                .setHeader(getTranslation("compensation.pay.col.currency")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> amount(r.range() == null ? null : r.range().min(), r.range()))
                .setHeader(getTranslation("compensation.pay.col.min")).setAutoWidth(true);
        grid.addColumn(r -> amount(r.range() == null ? null : r.range().mid(), r.range()))
                .setHeader(getTranslation("compensation.pay.col.mid")).setAutoWidth(true);
        grid.addColumn(r -> amount(r.range() == null ? null : r.range().max(), r.range()))
                .setHeader(getTranslation("compensation.pay.col.max")).setAutoWidth(true);
        grid.addColumn(RangeRow::holders).setHeader(getTranslation("compensation.pay.col.holders")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::rangeActions).setHeader(getTranslation("compensation.pay.col.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("compensation.pay.ranges.empty"));
        return grid;
    }

    private String amount(BigDecimal value, PayRange range) {
        return value == null ? "–" : Money.amount(value, range.currency(), getLocale());
    }

    private String rangeText(RangeRow row) {
        PayRange r = row.range();
        return r == null ? getTranslation("compensation.pay.range.none") : getTranslation("compensation.pay.range.text",
                Money.amount(r.min(), r.currency(), getLocale()), Money.amount(r.mid(), r.currency(), getLocale()),
                Money.amount(r.max(), r.currency(), getLocale()));
    }

    private Component rangeActions(RangeRow row) {
        Button edit = new Button(getTranslation(row.range() == null ? "compensation.pay.range.add"
                : "compensation.pay.range.edit"), click -> editRange(row));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation(row.range() == null ? "compensation.pay.range.add-for"
                : "compensation.pay.range.edit-for", row.label()));
        HorizontalLayout actions = new HorizontalLayout(edit);
        actions.setSpacing(false);
        if (row.range() != null) {
            Button delete = new Button(getTranslation("compensation.pay.range.delete"), click -> deleteRange(row));
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("compensation.pay.range.delete-for", row.label()));
            if (row.holders() > 0) {
                delete.setEnabled(false);
                delete.setTooltipText(getTranslation("compensation.range.in-use"));
            }
            actions.add(delete);
        }
        return actions;
    }

    private void refreshRanges() {
        Map<UUID, PayRange> byLevel = pay.ranges().stream()
                .collect(Collectors.toMap(PayRange::jobLevelId, r -> r, (a, b) -> a));
        Map<UUID, Integer> usage = pay.rangeUsage();
        List<RangeRow> rows = new ArrayList<>();
        for (JobFamily family : structure.jobFamilies()) {
            for (JobFamily.JobLevel level : family.levels()) {
                rows.add(new RangeRow(family, level, byLevel.get(level.id()), usage.getOrDefault(level.id(), 0)));
            }
        }
        ranges.setItems(rows);
    }

    /** The currency most ranges use, for a new range's field. */
    private String usualCurrency() {
        return pay.ranges().stream().collect(Collectors.groupingBy(PayRange::currency, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("SEK");
    }

    private void editRange(RangeRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(row.range() == null ? "compensation.pay.range.add-for"
                : "compensation.pay.range.edit-for", row.label()));
        long[] version = {row.range() == null ? 0 : row.range().version()};
        TextField currency = new TextField(getTranslation("compensation.pay.col.currency"));
        currency.setId("pay-range-currency");
        currency.setMaxLength(3);
        currency.setRequired(true);
        currency.setValue(row.range() == null ? usualCurrency() : row.range().currency());
        BigDecimalField min = amountField("pay-range-min", "compensation.pay.col.min",
                row.range() == null ? null : row.range().min());
        BigDecimalField mid = amountField("pay-range-mid", "compensation.pay.col.mid",
                row.range() == null ? null : row.range().mid());
        BigDecimalField max = amountField("pay-range-max", "compensation.pay.col.max",
                row.range() == null ? null : row.range().max());
        Paragraph conflict = new Paragraph();
        conflict.setId("pay-range-conflict");
        conflict.addClassName("k-error");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        FormLayout form = new FormLayout(currency, min, mid, max);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        dialog.add(conflict, form);
        FieldErrors errors = new FieldErrors().bind("currency", currency).bind("min", min).bind("mid", mid)
                .bind("max", max).focusingFirstInvalid();
        Button save = new Button(getTranslation("compensation.pay.save"), click -> {
            errors.clear();
            try {
                pay.setRange(row.level().id(), currency.getValue(), min.getValue(), mid.getValue(), max.getValue(),
                        version[0]);
                dialog.close();
                Toast.success(getTranslation("compensation.pay.range.saved", row.label()));
                refreshAll();
            } catch (InvalidInputException e) {
                errors.showOrToast(e.fieldErrors(), this::getTranslation);
            } catch (ConcurrentEditException e) {
                // Keep what the user typed; show what is stored now and save over it only when asked again.
                PayRange now = pay.ranges().stream().filter(r -> r.jobLevelId().equals(row.level().id())).findFirst()
                        .orElse(null);
                version[0] = now == null ? 0 : now.version();
                conflict.setText(now == null ? getTranslation("compensation.pay.range.conflict-deleted")
                        : getTranslation("compensation.pay.range.conflict", rangeText(new RangeRow(row.family(),
                        row.level(), now, row.holders()))));
                conflict.setVisible(true);
            }
        });
        save.setId("pay-range-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("compensation.pay.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private BigDecimalField amountField(String id, String labelKey, BigDecimal value) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setId(id);
        field.setRequired(true);
        field.setValue(value);
        return field;
    }

    private void deleteRange(RangeRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("compensation.pay.range.delete-for", row.label()));
        dialog.add(new Paragraph(getTranslation("compensation.pay.range.delete-text", rangeText(row))));
        Button delete = new Button(getTranslation("compensation.pay.range.delete"), click -> {
            dialog.close();
            try {
                pay.deleteRange(row.level().id(), row.range().version());
                Toast.success(getTranslation("compensation.pay.range.deleted", row.label()));
            } catch (InvalidInputException e) {
                Toast.error(FieldErrors.joined(e.fieldErrors(), this::getTranslation));
            } catch (ConcurrentEditException | ResourceNotFoundException e) {
                Toast.error(getTranslation("compensation.stale"));
            }
            refreshAll();
        });
        delete.setId("pay-range-delete-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("compensation.pay.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, delete);
        dialog.open();
    }

    // ------------------------------------------------------------------ salaries

    private Component salaryFilters() {
        department.setId("pay-salaries-department");
        department.setLabel(getTranslation("compensation.pay.col.department"));
        department.setPlaceholder(getTranslation("compensation.pay.filter.all-departments"));
        department.setClearButtonVisible(true);
        department.setItems(structure.departments());
        department.setItemLabelGenerator(Department::name);
        department.addValueChangeListener(change -> refreshSalaries());
        search.setId("pay-salaries-search");
        search.setLabel(getTranslation("compensation.pay.filter.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refreshSalaries());
        HorizontalLayout filters = new HorizontalLayout(department, search);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private Grid<PayLine> salaryGrid() {
        Grid<PayLine> grid = new Grid<>();
        grid.setId("pay-salaries");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28rem");
        grid.addColumn(PayLine::name).setHeader(getTranslation("compensation.col.person")).setAutoWidth(true);
        grid.addColumn(PayLine::departmentName).setHeader(getTranslation("compensation.pay.col.department"))
                .setAutoWidth(true);
        grid.addColumn(this::levelText).setHeader(getTranslation("compensation.pay.col.level")).setAutoWidth(true);
        grid.addColumn(this::salaryText).setHeader(getTranslation("compensation.col.salary")).setAutoWidth(true);
        grid.addColumn(this::compaText).setHeader(getTranslation("compensation.col.compa")).setAutoWidth(true);
        grid.addColumn(this::positionText).setHeader(getTranslation("compensation.pay.col.position")).setAutoWidth(true);
        grid.addComponentColumn(this::salaryAction).setHeader(getTranslation("compensation.pay.col.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("compensation.pay.salaries.empty"));
        return grid;
    }

    private String levelText(PayLine line) {
        if (line.jobLevelName() == null) {
            return "–";
        }
        return line.jobFamilyName() == null ? line.jobLevelName() : line.jobFamilyName() + " – " + line.jobLevelName();
    }

    private String salaryText(PayLine line) {
        return line.pay() == null ? getTranslation("compensation.pay.salary.none")
                : Money.amount(line.pay().salary(), line.pay().currency(), getLocale());
    }

    private String compaText(PayLine line) {
        if (line.pay() == null || line.pay().compaRatio() == null) {
            return "–";
        }
        CompaBand band = CompaBand.of(line.pay().compaRatio());
        return Money.number(line.pay().compaRatio(), getLocale()) + " (" + getTranslation("compensation.band."
                + band.name()) + ")";
    }

    private String positionText(PayLine line) {
        BigDecimal position = line.pay() == null ? null : line.pay().positionInRange();
        if (position == null) {
            return "–";
        }
        if (position.signum() < 0) {
            return getTranslation("compensation.pay.position.below");
        }
        if (position.compareTo(BigDecimal.ONE) > 0) {
            return getTranslation("compensation.pay.position.above");
        }
        return Money.percent(position.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP), getLocale());
    }

    private Component salaryAction(PayLine line) {
        Button edit = new Button(getTranslation(line.pay() == null ? "compensation.pay.salary.add"
                : "compensation.pay.salary.edit"), click -> editSalary(line));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("compensation.pay.salary.edit-for", line.name()));
        return edit;
    }

    private void refreshSalaries() {
        String query = search.getValue();
        UUID departmentId = department.getValue() == null ? null : department.getValue().id();
        salaries.setItemsLazily((offset, limit) -> pay.payLines(query, departmentId, offset, limit),
                () -> pay.payLineCount(query, departmentId), getTranslation("list.show-more"));
    }

    private void editSalary(PayLine line) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("compensation.pay.salary.edit-for", line.name()));
        Pay current = line.pay();
        long[] version = {current == null ? 0 : current.version()};
        BigDecimalField salary = amountField("pay-salary-amount", "compensation.col.salary",
                current == null ? null : current.salary());
        TextField currency = new TextField(getTranslation("compensation.pay.col.currency"));
        currency.setId("pay-salary-currency");
        currency.setMaxLength(3);
        currency.setRequired(true);
        currency.setValue(current != null ? current.currency() : usualCurrency());
        TextArea reason = new TextArea(getTranslation("compensation.pay.salary.reason"));
        reason.setId("pay-salary-reason");
        reason.setRequired(true);
        reason.setMaxLength(PayData.MAX_REASON);
        reason.setHelperText(getTranslation("compensation.pay.salary.reason-help"));
        reason.setWidthFull();
        Paragraph facts = new Paragraph(current == null || current.range() == null
                ? getTranslation("compensation.pay.range.none")
                : getTranslation("compensation.pay.salary.range", rangeText(new RangeRow(null, null, current.range(), 0))));
        Paragraph conflict = new Paragraph();
        conflict.setId("pay-salary-conflict");
        conflict.addClassName("k-error");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        FormLayout form = new FormLayout(salary, currency, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        form.setColspan(reason, 2);
        dialog.add(conflict, facts, form);
        FieldErrors errors = new FieldErrors().bind("salary", salary).bind("currency", currency).bind("reason", reason)
                .focusingFirstInvalid();
        Button save = new Button(getTranslation("compensation.pay.save"), click -> {
            errors.clear();
            try {
                pay.setSalary(line.personId(), salary.getValue(), currency.getValue(), reason.getValue(), version[0]);
                dialog.close();
                Toast.success(getTranslation("compensation.pay.salary.saved", line.name()));
                refreshSalaries();
                refreshRanges();
                refreshDistribution();
            } catch (InvalidInputException e) {
                errors.showOrToast(e.fieldErrors(), this::getTranslation);
            } catch (ConcurrentEditException e) {
                // Keep what the user typed, reason included; say what is stored now.
                Pay now = pay.payOf(line.personId()).orElse(null);
                version[0] = now == null ? 0 : now.version();
                conflict.setText(getTranslation("compensation.pay.salary.conflict", now == null ? "–"
                        : Money.amount(now.salary(), now.currency(), getLocale())));
                conflict.setVisible(true);
            }
        });
        save.setId("pay-salary-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("compensation.pay.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
    }

    // ------------------------------------------------------------------ import

    private Div importCard() {
        Div card = card("pay-import-card", "compensation.pay.import.heading", "compensation.pay.import.text");
        importKind.setId("pay-import-kind");
        importKind.setLabel(getTranslation("compensation.pay.import.kind"));
        importKind.setItems(PayImportPlan.Kind.values());
        importKind.setItemLabelGenerator(kind -> getTranslation("compensation.pay.import.kind." + kind.name()));
        importKind.setValue(PayImportPlan.Kind.SALARIES);
        importKind.addValueChangeListener(change -> clearPlan());

        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            PayImportPlan.Kind kind = importKind.getValue() == null ? PayImportPlan.Kind.SALARIES : importKind.getValue();
            byte[] bytes = PayImport.template(kind).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    kind == PayImportPlan.Kind.SALARIES ? "salaries.csv" : "pay-ranges.csv", "text/csv", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("compensation.pay.import.template"));
        template.setId("pay-import-template");
        template.getStyle().set("text-decoration", "underline");

        upload.setId("pay-import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) IMPORT_MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.getElement().setAttribute("aria-label", getTranslation("compensation.pay.import.upload"));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("compensation.pay.import.add"))
                        .setMany(getTranslation("compensation.pay.import.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("compensation.pay.import.drop"))
                        .setMany(getTranslation("compensation.pay.import.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("compensation.pay.import.too-large"))
                        .setIncorrectFileType(getTranslation("compensation.pay.import.csv-only"))
                        .setTooManyFiles(getTranslation("compensation.pay.import.one-file"))));

        preview.setText(getTranslation("compensation.pay.import.preview"));
        preview.setId("pay-import-preview");
        preview.addClickListener(click -> showPreview());
        confirm.setText(getTranslation("compensation.pay.import.confirm"));
        confirm.setId("pay-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.addClickListener(click -> startApply());
        confirm.setVisible(false);

        progress.setId("pay-import-progress");
        progress.setVisible(false);
        progressLabel.setText(getTranslation("compensation.pay.import.progress"));
        progressLabel.setFor(progress);
        progressLabel.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("compensation.pay.import.progress"));
        report.setId("pay-import-report");
        report.getElement().setAttribute("aria-live", "polite");
        card.add(importKind, new Paragraph(template), upload, preview, report, confirm, progressLabel, progress);
        return card;
    }

    private void received(String fileName, byte[] bytes) {
        pendingCsv = bytes;
        previewed = null;
        confirm.setVisible(false);
        // Ready for the corrected file at once: the upload takes one file at a time.
        upload.clearFileList();
        report.removeAll();
        Paragraph received = new Paragraph(getTranslation("compensation.pay.import.received", fileName));
        received.setId("pay-import-received");
        report.add(received);
    }

    private void clearPlan() {
        previewed = null;
        confirm.setVisible(false);
        report.removeAll();
    }

    private void showPreview() {
        report.removeAll();
        confirm.setVisible(false);
        if (pendingCsv == null) {
            report.add(new Paragraph(getTranslation("compensation.pay.import.choose")));
            return;
        }
        PayImportPlan plan = imports.preview(importKind.getValue(), pendingCsv);
        showPlan(plan, false);
    }

    private void showPlan(PayImportPlan plan, boolean applied) {
        report.removeAll();
        previewed = applied || !plan.valid() ? null : plan;
        confirm.setVisible(previewed != null);
        confirm.setEnabled(previewed != null);
        if (!plan.valid()) {
            Paragraph failed = new Paragraph(getTranslation("compensation.pay.import.invalid", plan.problems().size()));
            failed.setId("pay-import-invalid");
            failed.addClassName("k-error");
            failed.getElement().setAttribute("role", "alert");
            report.add(failed, problemList(plan.problems()));
            return;
        }
        Paragraph summary = new Paragraph(getTranslation(applied ? "compensation.pay.import.done"
                        : "compensation.pay.import.summary", plan.rows(), plan.count(PayImportPlan.Action.CREATE),
                plan.count(PayImportPlan.Action.UPDATE), plan.count(PayImportPlan.Action.UNCHANGED)));
        summary.setId(applied ? "pay-import-done" : "pay-import-summary");
        if (applied) {
            summary.getElement().setAttribute("role", "status");
        }
        report.add(summary, changeList(plan, applied));
    }

    private Component problemList(List<io.kadens.compensation.PayImportReport.Problem> problems) {
        Grid<io.kadens.compensation.PayImportReport.Problem> grid = new Grid<>();
        grid.setId("pay-import-problems");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(io.kadens.compensation.PayImportReport.Problem::line)
                .setHeader(getTranslation("compensation.pay.import.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(io.kadens.compensation.PayImportReport.Problem::column)
                .setHeader(getTranslation("compensation.pay.import.column")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.messageKey(), p.value()))
                .setHeader(getTranslation("compensation.pay.import.reason")).setFlexGrow(3);
        ResponsiveList<io.kadens.compensation.PayImportReport.Problem> list =
                new ResponsiveList<>(grid, getTranslation("compensation.pay.import.problems"));
        list.cardTitle(p -> getTranslation("compensation.pay.import.line-n", p.line()))
                .cardFact("column", getTranslation("compensation.pay.import.column"), p -> p.column())
                .cardFact("reason", getTranslation("compensation.pay.import.reason"),
                        p -> getTranslation(p.messageKey(), p.value()));
        list.setItems(problems);
        return list;
    }

    private Component changeList(PayImportPlan plan, boolean applied) {
        Grid<PayImportPlan.Change> grid = new Grid<>();
        grid.setId(applied ? "pay-import-written" : "pay-import-changes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(plan.changes().size() <= 50);
        if (plan.changes().size() > 50) {
            grid.setHeight("24rem");
        }
        grid.addColumn(PayImportPlan.Change::line).setHeader(getTranslation("compensation.pay.import.line"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PayImportPlan.Change::subject).setHeader(getTranslation(plan.kind() == PayImportPlan.Kind.SALARIES
                ? "compensation.pay.import.person" : "compensation.pay.import.level")).setAutoWidth(true);
        grid.addColumn(c -> amounts(c.before())).setHeader(getTranslation("compensation.pay.import.before"))
                .setAutoWidth(true);
        grid.addColumn(c -> amounts(c.after())).setHeader(getTranslation("compensation.pay.import.after"))
                .setAutoWidth(true);
        grid.addColumn(c -> action(c, applied)).setHeader(getTranslation("compensation.pay.import.action"))
                .setAutoWidth(true);
        ResponsiveList<PayImportPlan.Change> list = new ResponsiveList<>(grid, getTranslation(applied
                ? "compensation.pay.import.written" : "compensation.pay.import.changes"));
        list.cardTitle(c -> getTranslation("compensation.pay.import.line-n", c.line()) + ": " + c.subject())
                .cardFact("before", getTranslation("compensation.pay.import.before"), c -> amounts(c.before()))
                .cardFact("after", getTranslation("compensation.pay.import.after"), c -> amounts(c.after()))
                .cardFact("action", getTranslation("compensation.pay.import.action"), c -> action(c, applied));
        list.setItems(plan.changes());
        return list;
    }

    private String action(PayImportPlan.Change change, boolean applied) {
        return getTranslation("compensation.pay.import.action." + change.action().name() + (applied ? ".done" : ""));
    }

    private String amounts(PayImportPlan.Amounts amounts) {
        if (amounts == null) {
            return "–";
        }
        return amounts.figures().stream().map(f -> Money.amount(f, amounts.currency(), getLocale()))
                .collect(Collectors.joining(" / "));
    }

    /** Applies in the background under the user's tenant; the page polls for the progress. */
    private void startApply() {
        if (previewed == null || pendingCsv == null) {
            return;
        }
        UI ui = UI.getCurrent();
        PayImportPlan.Kind kind = previewed.kind();
        byte[] file = pendingCsv;
        PayImportPlan confirmed = previewed;
        SecurityContext security = SecurityContextHolder.getContext();
        confirm.setEnabled(false);
        preview.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        progressLabel.setVisible(true);
        ui.setPollInterval(250);
        Thread.ofVirtual().name("pay-import-" + user.tenantId()).start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                PayImportPlan done = TenantScope.call(user.tenantId(), () -> imports.apply(kind, file, confirmed,
                        fraction -> ui.access(() -> progress.setValue(fraction))));
                ui.access(() -> {
                    stopProgress();
                    showPlan(done, done.valid());
                    if (done.valid()) {
                        pendingCsv = null;
                        upload.clearFileList();
                        refreshAll();
                    }
                });
            } catch (ConcurrentEditException changed) {
                ui.access(() -> {
                    stopProgress();
                    showPlan(imports.preview(kind, file), false);
                    Paragraph stale = new Paragraph(getTranslation("compensation.pay.import.stale"));
                    stale.setId("pay-import-stale");
                    stale.addClassName("k-error");
                    stale.getElement().setAttribute("role", "alert");
                    report.addComponentAsFirst(stale);
                });
            } catch (RuntimeException failure) {
                log.error("Pay import failed; nothing was written", failure);
                ui.access(() -> {
                    stopProgress();
                    report.removeAll();
                    Paragraph failed = new Paragraph(getTranslation("compensation.pay.import.failed-unexpectedly"));
                    failed.addClassName("k-error");
                    failed.getElement().setAttribute("role", "alert");
                    report.add(failed);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void stopProgress() {
        progress.setVisible(false);
        progressLabel.setVisible(false);
        preview.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    // ------------------------------------------------------------------ distribution

    private void refreshAll() {
        refreshRanges();
        refreshSalaries();
        refreshDistribution();
    }

    private void refreshDistribution() {
        distributionHost.removeAll();
        CompaDistribution distribution = pay.compaDistribution();
        if (distribution.withRatio() == 0) {
            distributionHost.add(new Paragraph(getTranslation("compensation.pay.distribution.empty")));
            return;
        }
        List<String> labels = distribution.buckets().stream().map(this::bucketLabel).toList();
        List<Integer> counts = distribution.buckets().stream().map(CompaDistribution.Bucket::people).toList();
        String people = getTranslation("compensation.pay.distribution.people");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 36, "bottom", 28, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", labels, "name",
                getTranslation("compensation.col.compa"), "nameLocation", "middle", "nameGap", 28,
                "axisLabel", Map.of("interval", 0, "rotate", 30)));
        option.put("yAxis", Map.of("type", "value", "minInterval", 1, "name", people));
        option.put("series", List.of(Map.of("name", people, "type", "bar", "data", counts,
                "itemStyle", Map.of("color", "#2f6f5e"), "label", Map.of("show", true, "position", "top"))));
        EChart chart = new EChart(getTranslation("compensation.pay.distribution.chart", distribution.withRatio()));
        chart.setId("pay-compa-chart");
        chart.setOption(JSON.writeValueAsString(option));

        NativeTable table = new NativeTable();
        table.setId("pay-compa-table");
        table.addClassName("k-sr-only");
        table.getElement().setAttribute("aria-label", getTranslation("compensation.pay.distribution.heading"));
        NativeTableHeaderCell bucketHead = new NativeTableHeaderCell(getTranslation("compensation.col.compa"));
        bucketHead.getElement().setAttribute("scope", "col");
        NativeTableHeaderCell countHead = new NativeTableHeaderCell(people);
        countHead.getElement().setAttribute("scope", "col");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(bucketHead, countHead));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < labels.size(); i++) {
            NativeTableHeaderCell label = new NativeTableHeaderCell(labels.get(i));
            label.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(label, new NativeTableCell(String.valueOf(counts.get(i)))));
        }
        NativeTableHeaderCell none = new NativeTableHeaderCell(getTranslation("compensation.pay.distribution.none"));
        none.getElement().setAttribute("scope", "row");
        body.add(new NativeTableRow(none, new NativeTableCell(String.valueOf(distribution.withoutRatio()))));
        table.add(head, body);

        Paragraph without = new Paragraph(getTranslation("compensation.pay.distribution.without",
                distribution.withoutRatio()));
        without.addClassName("k-muted");
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pay.compaDistributionCsv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "compa-ratio-distribution.csv", "text/csv",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("compensation.pay.distribution.csv"));
        csv.setId("pay-compa-csv");
        csv.getStyle().set("text-decoration", "underline");
        distributionHost.add(chart, table, without, new Paragraph(csv));
    }

    private String bucketLabel(CompaDistribution.Bucket bucket) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        if (bucket.from() == null) {
            return "< " + format.format(bucket.to());
        }
        if (bucket.to() == null) {
            return "≥ " + format.format(bucket.from());
        }
        return format.format(bucket.from()) + "–" + format.format(bucket.to());
    }
}
