package io.kadens.compensation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.compensation.CompensationCycle;
import io.kadens.compensation.CompensationCycles;
import io.kadens.compensation.CompensationProposals;
import io.kadens.compensation.DepartmentBudget;
import io.kadens.compensation.PromotionCheck;
import io.kadens.compensation.Proposal;
import io.kadens.compensation.ProposalWarning;
import io.kadens.competencies.CareerStep;
import io.kadens.frontend.EChart;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.FieldErrors;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.Toast;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pay and promotion for managers: the budget of each department (chart and table), the worksheet of direct reports
 * with salary, compa-ratio, final rating and the merit matrix's guideline beside each proposal, warnings outside the
 * guideline or over budget, promotion nominations checked against the target level, and what waits for their
 * approval.
 */
@Route("compensation")
@Menu(order = 11.5, title = "compensation.nav", icon = "vaadin:money")
@RolesAllowed({Role.MANAGER_NAME, Role.HR_ADMIN_NAME})
class CompensationView extends Main implements PageTitles.Translated {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient CompensationCycles cycles;
    private final transient CompensationProposals proposals;
    private final Select<CompensationCycle> cycleSelect = new Select<>();
    private final Div budgetHost = new Div();
    private final Div worksheetHost = new Div();
    private final Div editorHost = new Div();
    private final Div awaitingHost = new Div();

    CompensationView(CompensationCycles cycles, CompensationProposals proposals) {
        this.cycles = cycles;
        this.proposals = proposals;
        addClassName("k-page");
        add(new H1(getTranslation("compensation.heading")));
        List<CompensationCycle> open = cycles.cycles().stream()
                .filter(c -> c.status() == CompensationCycle.Status.OPEN).toList();
        if (open.isEmpty()) {
            add(new EmptyState(getTranslation("compensation.none.title"), getTranslation("compensation.none.text")));
        } else {
            cycleSelect.setId("compensation-cycle");
            cycleSelect.setLabel(getTranslation("compensation.cycle"));
            cycleSelect.setItemLabelGenerator(CompensationCycle::name);
            cycleSelect.setItems(open);
            cycleSelect.addValueChangeListener(change -> refresh());
            add(cycleSelect, budgetHost, worksheetHost, editorHost);
            cycleSelect.setValue(open.getFirst());
        }
        add(awaitingHost);
        refreshAwaiting();
    }

    @Override
    public String titleKey() {
        return "compensation.title";
    }

    private void refresh() {
        CompensationCycle cycle = cycleSelect.getValue();
        budgetHost.removeAll();
        worksheetHost.removeAll();
        editorHost.removeAll();
        if (cycle == null) {
            return;
        }
        budgetHost.add(budgets(cycle));
        worksheetHost.add(worksheet(cycle));
    }

    // ------------------------------------------------------------------ budgets

    private Component budgets(CompensationCycle cycle) {
        Div card = new Div(new H2(getTranslation("compensation.budget.heading")));
        card.addClassName("k-card");
        card.setId("compensation-budgets");
        List<DepartmentBudget> budgets = cycles.budgets(cycle.id());
        if (budgets.isEmpty()) {
            card.add(new Paragraph(getTranslation("compensation.budget.none")));
            return card;
        }
        card.add(budgetChart(budgets, cycle), budgetTable(budgets, cycle, getTranslation("compensation.budget.table"),
                this, getLocale()));
        return card;
    }

    private EChart budgetChart(List<DepartmentBudget> budgets, CompensationCycle cycle) {
        String used = getTranslation("compensation.budget.used");
        String left = getTranslation("compensation.budget.left");
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value"));
        option.put("yAxis", Map.of("type", "category", "data",
                budgets.stream().map(b -> String.valueOf(b.departmentName())).toList()));
        option.put("series", List.of(
                Map.of("name", used, "type", "bar", "stack", "budget", "itemStyle", Map.of("color", "#2f6f5e"),
                        "data", budgets.stream().map(b -> b.used()).toList()),
                Map.of("name", left, "type", "bar", "stack", "budget", "itemStyle", Map.of("color", "#8a8f98"),
                        "data", budgets.stream().map(b -> b.left().max(BigDecimal.ZERO)).toList())));
        EChart chart = new EChart(getTranslation("compensation.budget.chart", cycle.name()));
        chart.setId("compensation-budget-chart");
        chart.setHeight(Math.max(160, 60 + 40 * budgets.size()) + "px");
        chart.setOption(JSON.writeValueAsString(option));
        return chart;
    }

    /** The chart's figures for everyone, screen readers included (also used on the HR page). */
    static NativeTable budgetTable(List<DepartmentBudget> budgets, CompensationCycle cycle, String label,
                                   Component translator, java.util.Locale locale) {
        NativeTable table = new NativeTable();
        table.setId("compensation-budget-table");
        table.getElement().setAttribute("aria-label", label);
        NativeTableRow headRow = new NativeTableRow();
        for (String key : List.of("compensation.budget.department", "compensation.budget.amount",
                "compensation.budget.used", "compensation.budget.left")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(translator.getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        NativeTableHeader head = new NativeTableHeader();
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (DepartmentBudget b : budgets) {
            NativeTableHeaderCell name = new NativeTableHeaderCell(String.valueOf(b.departmentName()));
            name.getElement().setAttribute("scope", "row");
            String amount = Money.amount(b.amount(), cycle.currency(), locale)
                    + (b.percent() == null ? "" : " (" + Money.percent(b.percent(), locale) + ")");
            NativeTableCell leftCell = new NativeTableCell(Money.amount(b.left(), cycle.currency(), locale)
                    + (b.overspent() ? " – " + translator.getTranslation("compensation.warning.OVER_BUDGET") : ""));
            body.add(new NativeTableRow(name, new NativeTableCell(amount),
                    new NativeTableCell(Money.amount(b.used(), cycle.currency(), locale)), leftCell));
        }
        table.add(head, body);
        return table;
    }

    // ------------------------------------------------------------------ worksheet

    private Component worksheet(CompensationCycle cycle) {
        Div card = new Div(new H2(getTranslation("compensation.worksheet.heading")));
        card.addClassName("k-card");
        List<Proposal> lines = proposals.worksheet(cycle.id());
        if (lines.isEmpty()) {
            card.add(new Paragraph(getTranslation("compensation.worksheet.empty")));
            return card;
        }
        card.add(proposalList(lines, "compensation-worksheet", getTranslation("compensation.worksheet.heading"),
                p -> {
                    Button edit = new Button(getTranslation(p.status().editable() ? "compensation.propose"
                            : "compensation.view"), click -> edit(cycle, p));
                    edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    edit.getElement().setAttribute("aria-label",
                            getTranslation("compensation.propose-for", p.employeeName()));
                    return edit;
                }));
        return card;
    }

    private ResponsiveList<Proposal> proposalList(List<Proposal> lines, String id, String label,
                                                 java.util.function.Function<Proposal, Component> action) {
        Grid<Proposal> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        var locale = getLocale();
        grid.addColumn(Proposal::employeeName).setHeader(getTranslation("compensation.col.person")).setFlexGrow(2);
        grid.addColumn(p -> Money.amount(p.currentSalary(), p.currency(), locale))
                .setHeader(getTranslation("compensation.col.salary"));
        grid.addColumn(p -> Money.number(p.compaRatio(), locale)).setHeader(getTranslation("compensation.col.compa"));
        grid.addColumn(p -> p.finalRating() == null ? "–" : String.valueOf(p.finalRating()))
                .setHeader(getTranslation("compensation.col.rating"));
        grid.addColumn(p -> Money.percent(p.guidelinePercent(), locale))
                .setHeader(getTranslation("compensation.col.guideline"));
        grid.addColumn(p -> Money.amount(p.newSalary(), p.currency(), locale))
                .setHeader(getTranslation("compensation.col.proposed"));
        grid.addColumn(p -> Money.percent(p.raisePercent(), locale)).setHeader(getTranslation("compensation.col.raise"));
        grid.addColumn(p -> getTranslation("compensation.status." + p.status().name()))
                .setHeader(getTranslation("compensation.col.status"));
        grid.addColumn(this::warnings).setHeader(getTranslation("compensation.col.warnings")).setFlexGrow(2);
        grid.addComponentColumn(action::apply).setHeader(getTranslation("compensation.col.actions"));
        ResponsiveList<Proposal> list = new ResponsiveList<>(grid, label)
                .cardTitle(Proposal::employeeName)
                .cardFact("salary", getTranslation("compensation.col.salary"),
                        p -> Money.amount(p.currentSalary(), p.currency(), locale))
                .cardFact("guideline", getTranslation("compensation.col.guideline"),
                        p -> Money.percent(p.guidelinePercent(), locale))
                .cardFact("status", getTranslation("compensation.col.status"),
                        p -> getTranslation("compensation.status." + p.status().name()))
                .cardActions(action::apply);
        list.setItems(lines);
        return list;
    }

    private String warnings(Proposal p) {
        return p.warnings().stream().map(w -> getTranslation("compensation.warning." + w.name()))
                .collect(Collectors.joining("; "));
    }

    // ------------------------------------------------------------------ editor

    private void edit(CompensationCycle cycle, Proposal line) {
        editorHost.removeAll();
        Div card = new Div();
        card.addClassName("k-card");
        card.setId("compensation-editor");
        var locale = getLocale();
        card.add(new H2(getTranslation("compensation.editor.heading", line.employeeName())));
        card.add(new Paragraph(getTranslation("compensation.editor.facts",
                Money.amount(line.currentSalary(), line.currency(), locale), Money.number(line.compaRatio(), locale),
                line.finalRating() == null ? "–" : String.valueOf(line.finalRating()))));
        Paragraph guideline = new Paragraph(line.guidelinePercent() == null
                ? getTranslation("compensation.editor.no-guideline")
                : getTranslation("compensation.editor.guideline", Money.percent(line.guidelinePercent(), locale),
                        Money.amount(guidedSalary(line), line.currency(), locale)));
        guideline.setId("compensation-guideline");
        card.add(guideline);

        BigDecimalField newSalary = new BigDecimalField(getTranslation("compensation.editor.new-salary"));
        newSalary.setId("compensation-new-salary");
        newSalary.setValue(line.newSalary());
        newSalary.setSuffixComponent(new Div(String.valueOf(line.currency() == null ? "" : line.currency())));
        Select<Optional<CareerStep>> target = new Select<>();
        target.setId("compensation-target-level");
        target.setLabel(getTranslation("compensation.editor.promotion"));
        List<Optional<CareerStep>> steps = new ArrayList<>();
        steps.add(Optional.empty());
        proposals.promotionTargets(line.employeeId()).forEach(s -> steps.add(Optional.of(s)));
        target.setItems(steps);
        target.setItemLabelGenerator(s -> s.map(step -> step.toFamilyName() + " – " + step.toLevelName())
                .orElse(getTranslation("compensation.editor.no-promotion")));
        target.setValue(steps.stream().filter(s -> s.isPresent() && s.get().toLevelId().equals(line.targetLevelId()))
                .findFirst().orElse(Optional.empty()));
        Div check = new Div();
        check.setId("compensation-promotion-check");
        target.addValueChangeListener(change -> showCheck(check, cycle, line, change.getValue()));
        showCheck(check, cycle, line, target.getValue());
        TextArea justification = new TextArea(getTranslation("compensation.editor.justification"));
        justification.setId("compensation-justification");
        justification.setMaxLength(CompensationProposals.MAX_COMMENT);
        justification.setWidthFull();
        justification.setValue(line.justification() == null ? "" : line.justification());
        Div warnings = new Div();
        warnings.setId("compensation-warnings");
        warnings.getElement().setAttribute("aria-live", "polite");
        showWarnings(warnings, line);
        FieldErrors errors = new FieldErrors().bind("newSalary", newSalary).bind("justification", justification);

        boolean editable = line.status().editable();
        newSalary.setReadOnly(!editable);
        target.setReadOnly(!editable);
        justification.setReadOnly(!editable);
        card.add(newSalary);
        BigDecimal guided = guidedSalary(line);
        if (editable && guided != null) {
            Button useGuideline = new Button(getTranslation("compensation.editor.use-guideline"),
                    click -> newSalary.setValue(guided));
            useGuideline.setId("compensation-use-guideline");
            useGuideline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            card.add(useGuideline);
        }
        card.add(target, check, justification, warnings);
        if (editable) {
            long[] version = {line.version()};
            Button save = new Button(getTranslation("compensation.editor.save"));
            save.setId("compensation-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button submit = new Button(getTranslation("compensation.editor.submit"));
            submit.setId("compensation-submit");
            submit.setEnabled(line.version() > 0);
            save.addClickListener(click -> {
                errors.clear();
                try {
                    Proposal saved = proposals.save(cycle.id(), line.employeeId(), newSalary.getValue(),
                            target.getValue().map(CareerStep::toLevelId).orElse(null), justification.getValue(),
                            version[0]);
                    version[0] = saved.version();
                    submit.setEnabled(true);
                    showWarnings(warnings, saved);
                    Toast.success(getTranslation("compensation.editor.saved"));
                    budgetHost.removeAll();
                    budgetHost.add(budgets(cycle));
                    worksheetHost.removeAll();
                    worksheetHost.add(worksheet(cycle));
                } catch (InvalidInputException e) {
                    errors.showOrToast(e.fieldErrors(), this::getTranslation);
                } catch (ConcurrentEditException e) {
                    Toast.error(getTranslation("compensation.stale"));
                }
            });
            submit.addClickListener(click -> {
                try {
                    proposals.submit(cycle.id(), line.employeeId(), version[0]);
                    Toast.success(getTranslation("compensation.editor.submitted"));
                    refresh();
                } catch (InvalidInputException e) {
                    errors.showOrToast(e.fieldErrors(), this::getTranslation);
                } catch (ConcurrentEditException e) {
                    Toast.error(getTranslation("compensation.stale"));
                }
            });
            card.add(new HorizontalLayout(save, submit));
        }
        editorHost.add(card);
        newSalary.focus();
    }

    private static BigDecimal guidedSalary(Proposal line) {
        if (line.currentSalary() == null || line.guidelinePercent() == null) {
            return null;
        }
        return line.currentSalary().multiply(BigDecimal.valueOf(100).add(line.guidelinePercent()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    private void showWarnings(Div host, Proposal line) {
        host.removeAll();
        if (line.warnings().isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ProposalWarning warning : line.warnings()) {
            list.add(new ListItem(getTranslation("compensation.warning." + warning.name())));
        }
        host.add(new H3(getTranslation("compensation.warnings")), list);
    }

    private void showCheck(Div host, CompensationCycle cycle, Proposal line, Optional<CareerStep> step) {
        host.removeAll();
        if (step == null || step.isEmpty()) {
            return;
        }
        PromotionCheck check = proposals.promotionCheck(cycle.id(), line.employeeId(), step.get().toLevelId());
        host.add(new H3(getTranslation("compensation.check.heading", check.targetLevelName())));
        host.add(new Paragraph(check.finalRating() == null ? getTranslation("compensation.check.no-rating")
                : getTranslation("compensation.check.rating", check.finalRating())));
        if (check.meetsExpectations()) {
            host.add(new Paragraph(getTranslation("compensation.check.met")));
            return;
        }
        UnorderedList gaps = new UnorderedList();
        for (PromotionCheck.Expectation gap : check.gaps()) {
            gaps.add(new ListItem(getTranslation("compensation.check.gap", gap.name(), gap.expected(),
                    gap.assessed() == null ? getTranslation("compensation.check.not-assessed")
                            : String.valueOf(gap.assessed()))));
        }
        host.add(new Paragraph(getTranslation("compensation.check.gaps")), gaps);
    }

    // ------------------------------------------------------------------ approvals

    private void refreshAwaiting() {
        awaitingHost.removeAll();
        Div card = new Div(new H2(getTranslation("compensation.awaiting.heading")));
        card.addClassName("k-card");
        List<Proposal> waiting = proposals.awaitingMe();
        if (waiting.isEmpty()) {
            card.add(new Paragraph(getTranslation("compensation.awaiting.empty")));
        } else {
            Div decide = new Div();
            card.add(proposalList(waiting, "compensation-awaiting", getTranslation("compensation.awaiting.heading"),
                    p -> {
                        Button open = new Button(getTranslation("compensation.decide"), click -> decide(decide, p));
                        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                        open.getElement().setAttribute("aria-label",
                                getTranslation("compensation.decide-for", p.employeeName()));
                        return open;
                    }), decide);
        }
        awaitingHost.add(card);
    }

    private void decide(Div host, Proposal p) {
        host.removeAll();
        host.add(DecisionForm.of(this, getLocale(), proposals, p, () -> {
            refreshAwaiting();
            refresh();
        }));
    }
}
