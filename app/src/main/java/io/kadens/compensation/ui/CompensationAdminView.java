package io.kadens.compensation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.kadens.compensation.CompaBand;
import io.kadens.compensation.CompensationCycle;
import io.kadens.compensation.CompensationCycles;
import io.kadens.compensation.CompensationProposals;
import io.kadens.compensation.DepartmentBudget;
import io.kadens.compensation.MeritCell;
import io.kadens.compensation.PayData;
import io.kadens.compensation.PaySettings;
import io.kadens.compensation.Proposal;
import io.kadens.compensation.ProposalStatus;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.people.Department;
import io.kadens.people.OrganisationStructure;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.reviews.ReviewCycle;
import io.kadens.reviews.ReviewCycles;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pay and promotion for HR admins: whether people see their own pay, opening a compensation cycle over a review
 * cycle, each department's budget, the merit matrix, the proposals waiting for HR (approve or return with a
 * comment), every proposal of the cycle, and the CSV of approved changes for payroll.
 */
@Route("admin/compensation")
@Menu(order = 40.5, title = "compensation.admin.nav", icon = "vaadin:money")
@RolesAllowed(Role.HR_ADMIN_NAME)
class CompensationAdminView extends Main implements PageTitles.Translated {

    private final transient PayData pay;
    private final transient CompensationCycles cycles;
    private final transient CompensationProposals proposals;
    private final transient ReviewCycles reviewCycles;
    private final transient OrganisationStructure structure;
    private final transient TenantSettingsService tenantSettings;
    private final Select<CompensationCycle> cycleSelect = new Select<>();
    private final Div cycleHost = new Div();

    CompensationAdminView(PayData pay, CompensationCycles cycles, CompensationProposals proposals,
                          ReviewCycles reviewCycles, OrganisationStructure structure,
                          TenantSettingsService tenantSettings) {
        this.pay = pay;
        this.cycles = cycles;
        this.proposals = proposals;
        this.reviewCycles = reviewCycles;
        this.structure = structure;
        this.tenantSettings = tenantSettings;
        addClassName("k-page");
        Anchor payPage = new Anchor("admin/compensation/pay", getTranslation("compensation.pay.link"));
        payPage.setId("compensation-pay-link");
        payPage.getStyle().set("text-decoration", "underline");
        add(new H1(getTranslation("compensation.admin.heading")), new Paragraph(payPage), settings(), newCycle());
        cycleSelect.setId("compensation-admin-cycle");
        cycleSelect.setLabel(getTranslation("compensation.cycle"));
        cycleSelect.setItemLabelGenerator(c -> c.name() + (c.status() == CompensationCycle.Status.CLOSED
                ? " (" + getTranslation("compensation.cycle.closed-label") + ")" : ""));
        cycleSelect.addValueChangeListener(change -> showCycle());
        add(cycleSelect, cycleHost);
        reloadCycles(null);
    }

    @Override
    public String titleKey() {
        return "compensation.admin.title";
    }

    private void reloadCycles(CompensationCycle select) {
        List<CompensationCycle> all = cycles.cycles();
        cycleSelect.setItems(all);
        if (!all.isEmpty()) {
            cycleSelect.setValue(select == null ? all.getFirst()
                    : all.stream().filter(c -> c.id().equals(select.id())).findFirst().orElse(all.getFirst()));
        }
    }

    private Div settings() {
        Div card = new Div(new H2(getTranslation("compensation.settings.heading")));
        card.addClassName("k-card");
        PaySettings now = pay.settings();
        long[] version = {now.version()};
        Checkbox own = new Checkbox(getTranslation("compensation.settings.own-pay"), now.employeesSeeOwnPay());
        own.setId("compensation-own-pay");
        own.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                version[0] = pay.changeSettings(change.getValue(), version[0]).version();
                Toast.success(getTranslation("compensation.settings.saved"));
            } catch (ConcurrentEditException e) {
                Toast.error(getTranslation("compensation.stale"));
            }
        });
        card.add(new Paragraph(getTranslation("compensation.settings.text")), own);
        return card;
    }

    private Div newCycle() {
        Div card = new Div(new H2(getTranslation("compensation.new.heading")));
        card.addClassName("k-card");
        TextField name = new TextField(getTranslation("compensation.new.name"));
        name.setId("compensation-new-name");
        name.setMaxLength(CompensationCycles.MAX_NAME);
        Select<ReviewCycle> review = new Select<>();
        review.setId("compensation-new-review-cycle");
        review.setLabel(getTranslation("compensation.new.review-cycle"));
        review.setItems(reviewCycles.cycles());
        review.setItemLabelGenerator(ReviewCycle::name);
        DatePicker effective = new DatePicker(getTranslation("compensation.new.effective-date"));
        effective.setId("compensation-new-effective");
        effective.setLocale(getLocale());
        effective.setValue(tenantSettings.todayAt(Clock.systemUTC()).plusMonths(1).withDayOfMonth(1));
        TextField currency = new TextField(getTranslation("compensation.new.currency"));
        currency.setId("compensation-new-currency");
        currency.setMaxLength(3);
        currency.setValue("SEK");
        FieldErrors errors = new FieldErrors().bind("name", name).bind("reviewCycleId", review)
                .bind("effectiveDate", effective).bind("currency", currency);
        Button create = new Button(getTranslation("compensation.new.create"), click -> {
            errors.clear();
            try {
                CompensationCycle created = cycles.create(name.getValue(),
                        review.getValue() == null ? null : review.getValue().id(), effective.getValue(),
                        currency.getValue());
                Toast.success(getTranslation("compensation.new.created", created.name()));
                name.clear();
                reloadCycles(created);
            } catch (InvalidInputException e) {
                errors.showOrToast(e.fieldErrors(), this::getTranslation);
            }
        });
        create.setId("compensation-new-create");
        HorizontalLayout row = new HorizontalLayout(name, review, effective, currency, create);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        card.add(row);
        return card;
    }

    private void showCycle() {
        cycleHost.removeAll();
        CompensationCycle cycle = cycleSelect.getValue();
        if (cycle == null) {
            return;
        }
        cycleHost.add(budgets(cycle), matrix(cycle), awaiting(cycle), all(cycle), export(cycle));
    }

    // ------------------------------------------------------------------ budgets

    private Div budgets(CompensationCycle cycle) {
        Div card = new Div(new H2(getTranslation("compensation.budget.heading")));
        card.addClassName("k-card");
        card.setId("compensation-admin-budgets");
        List<DepartmentBudget> budgets = cycles.budgets(cycle.id());
        if (!budgets.isEmpty()) {
            card.add(CompensationView.budgetTable(budgets, cycle, getTranslation("compensation.budget.table"), this,
                    getLocale()));
        }
        Select<Department> department = new Select<>();
        department.setId("compensation-budget-department");
        department.setLabel(getTranslation("compensation.budget.department"));
        department.setItems(structure.departments());
        department.setItemLabelGenerator(Department::name);
        Select<DepartmentBudget.Kind> kind = new Select<>();
        kind.setId("compensation-budget-kind");
        kind.setLabel(getTranslation("compensation.budget.kind"));
        kind.setItems(DepartmentBudget.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("compensation.budget.kind." + k.name(), cycle.currency()));
        kind.setValue(DepartmentBudget.Kind.PERCENT);
        BigDecimalField value = new BigDecimalField(getTranslation("compensation.budget.value"));
        value.setId("compensation-budget-value");
        FieldErrors errors = new FieldErrors().bind("departmentId", department).bind("kind", kind).bind("value", value);
        Button save = new Button(getTranslation("compensation.budget.save"), click -> {
            errors.clear();
            try {
                long version = department.getValue() == null ? 0 : budgets.stream()
                        .filter(b -> b.departmentId().equals(department.getValue().id()))
                        .mapToLong(DepartmentBudget::version).findFirst().orElse(0);
                cycles.setBudget(cycle.id(), department.getValue() == null ? null : department.getValue().id(),
                        kind.getValue(), value.getValue(), version);
                Toast.success(getTranslation("compensation.budget.saved"));
                showCycle();
            } catch (InvalidInputException e) {
                errors.showOrToast(e.fieldErrors(), this::getTranslation);
            } catch (ConcurrentEditException e) {
                Toast.error(getTranslation("compensation.stale"));
                showCycle();
            }
        });
        save.setId("compensation-budget-save");
        HorizontalLayout row = new HorizontalLayout(department, kind, value, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        card.add(row);
        return card;
    }

    // ------------------------------------------------------------------ merit matrix

    private Div matrix(CompensationCycle cycle) {
        Div card = new Div(new H2(getTranslation("compensation.matrix.heading")),
                new Paragraph(getTranslation("compensation.matrix.text")));
        card.addClassName("k-card");
        Map<String, BigDecimal> current = new HashMap<>();
        cycles.matrix(cycle.id()).forEach(c -> current.put(c.rating() + "/" + c.band(), c.percent()));
        Map<Integer, Map<CompaBand, BigDecimalField>> fields = new HashMap<>();
        NativeTable table = new NativeTable();
        table.setId("compensation-matrix");
        table.getElement().setAttribute("aria-label", getTranslation("compensation.matrix.heading"));
        NativeTableRow headRow = new NativeTableRow();
        NativeTableHeaderCell corner = new NativeTableHeaderCell(getTranslation("compensation.matrix.rating"));
        corner.getElement().setAttribute("scope", "col");
        headRow.add(corner);
        for (CompaBand band : CompaBand.values()) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("compensation.band." + band.name()));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        NativeTableHeader head = new NativeTableHeader();
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (int rating = 5; rating >= 1; rating--) {
            NativeTableHeaderCell label = new NativeTableHeaderCell(String.valueOf(rating));
            label.getElement().setAttribute("scope", "row");
            NativeTableRow row = new NativeTableRow(label);
            Map<CompaBand, BigDecimalField> byBand = new EnumMap<>(CompaBand.class);
            for (CompaBand band : CompaBand.values()) {
                BigDecimalField field = new BigDecimalField();
                field.setId("compensation-matrix-" + rating + "-" + band.name());
                field.setAriaLabel(getTranslation("compensation.matrix.cell", rating,
                        getTranslation("compensation.band." + band.name())));
                field.setValue(current.get(rating + "/" + band));
                field.setSuffixComponent(new Div("%"));
                field.setWidth("7em");
                byBand.put(band, field);
                row.add(new NativeTableCell(field));
            }
            fields.put(rating, byBand);
            body.add(row);
        }
        table.add(head, body);
        Button save = new Button(getTranslation("compensation.matrix.save"), click -> {
            List<MeritCell> cells = new ArrayList<>();
            fields.forEach((rating, byBand) -> byBand.forEach((band, field) -> {
                if (field.getValue() != null) {
                    cells.add(new MeritCell(rating, band, field.getValue()));
                }
            }));
            try {
                long version = cycles.cycle(cycle.id()).orElseThrow().version();
                cycles.setMatrix(cycle.id(), cells, version);
                Toast.success(getTranslation("compensation.matrix.saved"));
            } catch (InvalidInputException e) {
                Toast.error(FieldErrors.joined(e.fieldErrors(), this::getTranslation));
            } catch (ConcurrentEditException e) {
                Toast.error(getTranslation("compensation.stale"));
            }
        });
        save.setId("compensation-matrix-save");
        save.setEnabled(cycle.status() == CompensationCycle.Status.OPEN);
        card.add(table, save);
        return card;
    }

    // ------------------------------------------------------------------ proposals

    private Div awaiting(CompensationCycle cycle) {
        Div card = new Div(new H2(getTranslation("compensation.admin.with-hr")));
        card.addClassName("k-card");
        List<Proposal> waiting = proposals.proposals(cycle.id()).stream()
                .filter(p -> p.status() == ProposalStatus.WITH_HR).toList();
        if (waiting.isEmpty()) {
            card.add(new Paragraph(getTranslation("compensation.awaiting.empty")));
            return card;
        }
        Div decide = new Div();
        for (Proposal p : waiting) {
            Button open = new Button(getTranslation("compensation.decide-for", p.employeeName()), click -> {
                decide.removeAll();
                decide.add(DecisionForm.of(this, getLocale(), proposals, p, this::showCycle));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(new Div(open));
        }
        card.add(decide);
        return card;
    }

    private Div all(CompensationCycle cycle) {
        Div card = new Div(new H2(getTranslation("compensation.admin.all")));
        card.addClassName("k-card");
        List<Proposal> all = proposals.proposals(cycle.id());
        if (all.isEmpty()) {
            card.add(new Paragraph(getTranslation("compensation.admin.all.empty")));
            return card;
        }
        var locale = getLocale();
        NativeTable table = new NativeTable();
        table.setId("compensation-admin-proposals");
        table.getElement().setAttribute("aria-label", getTranslation("compensation.admin.all"));
        NativeTableRow headRow = new NativeTableRow();
        for (String key : List.of("compensation.col.person", "compensation.col.salary", "compensation.col.proposed",
                "compensation.col.raise", "compensation.col.guideline", "compensation.col.status")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        NativeTableHeader head = new NativeTableHeader();
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (Proposal p : all) {
            NativeTableHeaderCell name = new NativeTableHeaderCell(p.employeeName());
            name.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(name, new NativeTableCell(Money.amount(p.currentSalary(), p.currency(), locale)),
                    new NativeTableCell(Money.amount(p.newSalary(), p.currency(), locale)),
                    new NativeTableCell(Money.percent(p.raisePercent(), locale)),
                    new NativeTableCell(Money.percent(p.guidelinePercent(), locale)),
                    new NativeTableCell(getTranslation("compensation.status." + p.status().name()))));
        }
        table.add(head, body);
        card.add(table);
        return card;
    }

    private Div export(CompensationCycle cycle) {
        Div card = new Div(new H2(getTranslation("compensation.export.heading")),
                new Paragraph(getTranslation("compensation.export.text")));
        card.addClassName("k-card");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = proposals.payrollCsv(cycle.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "payroll-" + cycle.id() + ".csv",
                    "text/csv", csv.length);
        }), AttachmentType.DOWNLOAD, getTranslation("compensation.export.download"));
        download.setId("compensation-export");
        card.add(download);
        return card;
    }
}
