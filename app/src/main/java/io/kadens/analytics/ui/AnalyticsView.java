package io.kadens.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.kadens.analytics.Analytics;
import io.kadens.analytics.AnalyticsChart;
import io.kadens.analytics.AnalyticsCsv;
import io.kadens.analytics.AnalyticsFilter;
import io.kadens.analytics.AnalyticsSection;
import io.kadens.analytics.AnalyticsTexts;
import io.kadens.frontend.EChart;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.people.OrgDepartment;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Analytics (issue 16): one page per topic, chosen with tabs, for a period of months, a department and the pilot's
 * people or the rest. HR admins see the tenant, managers their reporting line. Every chart has its figures as a
 * table for screen readers and as a CSV download; groups too small to be anonymous say so instead of a figure.
 */
@Route("analytics")
@Menu(order = 10.5, title = "analytics.nav", icon = "vaadin:chart")
@RolesAllowed({Role.MANAGER_NAME, Role.HR_ADMIN_NAME})
class AnalyticsView extends Main implements PageTitles.Translated, HasUrlParameter<String> {

    /** The pilot filter's choices. */
    enum PilotChoice {
        ALL(null), PILOT(Boolean.TRUE), REST(Boolean.FALSE);

        final Boolean pilot;

        PilotChoice(Boolean pilot) {
            this.pilot = pilot;
        }
    }

    private final transient Analytics analytics;
    private final transient AnalyticsTexts texts;
    private final transient AnalyticsCsv csv;
    private final transient TenantSettingsService settings;
    // A navigation of links rather than tabs: each section is its own address, and a link list is what a
    // screen reader expects for that (axe found vaadin-tabs' tablist without tab children here).
    private final Nav tabs = new Nav();
    private final List<Anchor> sectionLinks = new ArrayList<>();
    private final ComboBox<OrgDepartment> department = new ComboBox<>();
    private final Select<PilotChoice> pilot = new Select<>();
    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final Paragraph threshold = new Paragraph();
    private final Div charts = new Div();
    private final transient List<Analytics.SectionInfo> sections;
    private String sectionId;

    AnalyticsView(Analytics analytics, AnalyticsTexts texts, AnalyticsCsv csv, TenantSettingsService settings) {
        this.settings = settings;
        this.analytics = analytics;
        this.texts = texts;
        this.csv = csv;
        this.sections = analytics.sections();
        addClassName("k-page");
        setId("analytics");
        add(new H1(getTranslation("analytics.title")));

        tabs.setId("analytics-sections");
        tabs.getElement().setAttribute("aria-label", getTranslation("analytics.sections"));
        tabs.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        sections.forEach(section -> {
            Anchor link = new Anchor("analytics/" + section.id(), getTranslation(section.titleKey()));
            link.setId("analytics-tab-" + section.id());
            sectionLinks.add(link);
            tabs.add(link);
        });

        AnalyticsFilter defaults = analytics.defaultFilter();
        List<YearMonth> months = new ArrayList<>();
        for (int back = AnalyticsFilter.MAX_MONTHS - 1; back >= 0; back--) {
            months.add(defaults.to().minusMonths(back));
        }
        department.setLabel(getTranslation("analytics.filter.department"));
        department.setItems(analytics.departments());
        department.setItemLabelGenerator(OrgDepartment::name);
        department.setClearButtonVisible(true);
        department.setPlaceholder(getTranslation("analytics.filter.all-departments"));
        department.setId("analytics-department");
        pilot.setLabel(getTranslation("analytics.filter.pilot"));
        pilot.setItems(PilotChoice.values());
        pilot.setItemLabelGenerator(choice -> getTranslation("analytics.filter.pilot." + choice.name().toLowerCase(Locale.ROOT)));
        pilot.setValue(PilotChoice.ALL);
        pilot.setId("analytics-pilot");
        for (Select<YearMonth> month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(value -> texts.month(value, getLocale()));
        }
        from.setLabel(getTranslation("analytics.filter.from"));
        from.setId("analytics-from");
        from.setValue(defaults.from());
        to.setLabel(getTranslation("analytics.filter.to"));
        to.setId("analytics-to");
        to.setValue(defaults.to());
        department.addValueChangeListener(event -> refresh());
        pilot.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        FlexLayout filters = new FlexLayout(department, pilot, from, to);
        filters.addClassName("k-filters");
        filters.getStyle().set("gap", "var(--lumo-space-m)").set("flex-wrap", "wrap");
        threshold.addClassName("k-muted");
        threshold.setId("analytics-threshold");
        charts.setId("analytics-charts");
        charts.getElement().setAttribute("aria-live", "polite");
        add(tabs, filters, threshold, charts);
    }

    @Override
    public String titleKey() {
        return "analytics.title";
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        int index = 0;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(parameter)) {
                index = i;
            }
        }
        sectionId = sections.isEmpty() ? null : sections.get(index).id();
        for (int i = 0; i < sectionLinks.size(); i++) {
            Anchor link = sectionLinks.get(i);
            if (i == index) {
                link.getElement().setAttribute("aria-current", "page");
                link.getStyle().set("font-weight", "600");
            } else {
                link.getElement().removeAttribute("aria-current");
                link.getStyle().remove("font-weight");
            }
        }
        refresh();
    }

    private void refresh() {
        if (sectionId == null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        charts.removeAll();
        if (to.getValue().isBefore(from.getValue())) {
            threshold.setText("");
            charts.add(new EmptyState(getTranslation("analytics.error.range"), getTranslation("analytics.error.range.explanation")));
            return;
        }
        AnalyticsFilter filter = new AnalyticsFilter(department.getValue() == null ? null : department.getValue().id(),
                pilot.getValue() == null ? null : pilot.getValue().pilot, from.getValue(), to.getValue());
        AnalyticsSection section = analytics.section(sectionId, filter);
        String note = getTranslation("analytics.threshold", section.threshold());
        if (section.keptAsOf() != null) {
            note += " " + getTranslation("analytics.kept-as-of", java.time.format.DateTimeFormatter
                    .ofLocalizedDateTime(java.time.format.FormatStyle.SHORT).withLocale(getLocale())
                    .format(section.keptAsOf().atZoneSameInstant(settings.zone())));
        }
        threshold.setText(note);
        for (AnalyticsChart chart : section.charts()) {
            charts.add(card(section, chart));
        }
    }

    private Component card(AnalyticsSection section, AnalyticsChart chart) {
        Locale locale = getLocale();
        String title = texts.title(chart, locale);
        String baseId = "analytics-" + section.id() + "-" + chart.id();
        Section card = new Section();
        card.addClassName("k-card");
        card.setId(baseId);
        H2 heading = new H2(title);
        card.add(heading);
        if (chart.rows().isEmpty()) {
            card.add(new EmptyState(getTranslation("analytics.empty"), getTranslation("analytics.empty.explanation")));
            return card;
        }
        EChart echart = new EChart(getTranslation("analytics.chart.label", title));
        echart.setId(baseId + "-chart");
        echart.setOption(ChartOptions.of(chart, texts, locale));
        card.add(echart, table(chart, title));
        if (chart.rows().stream().anyMatch(AnalyticsChart.Row::suppressed)) {
            Paragraph note = new Paragraph(getTranslation("analytics.suppressed-note", section.threshold()));
            note.addClassName("k-muted");
            card.add(note);
        }
        String fileName = "kadens-" + section.id() + "-" + chart.id() + "-" + section.filter().from() + "-"
                + section.filter().to() + ".csv";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv.write(chart, locale).getBytes(StandardCharsets.UTF_8)),
                fileName.replaceAll("[^A-Za-z0-9._-]", "-"), "text/csv", -1)),
                getTranslation("analytics.csv", title));
        download.getElement().setAttribute("download", true);
        download.setId(baseId + "-csv");
        download.getStyle().set("text-decoration", "underline");
        card.add(download);
        return card;
    }

    /** The chart's figures for screen readers: one row per group or month, with the number of people. */
    private NativeTable table(AnalyticsChart chart, String title) {
        Locale locale = getLocale();
        NativeTable table = new NativeTable();
        table.addClassName("k-sr-only");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(title);
        table.add(caption);
        NativeTableRow header = new NativeTableRow(new NativeTableHeaderCell(getTranslation("analytics.table.group")),
                new NativeTableHeaderCell(getTranslation("analytics.table.people")));
        chart.columns().forEach(column -> header.add(new NativeTableHeaderCell(texts.label(column.label(), locale))));
        NativeTableHeader head = new NativeTableHeader();
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (AnalyticsChart.Row row : chart.rows()) {
            NativeTableRow line = new NativeTableRow(new NativeTableHeaderCell(texts.label(row.label(), locale)));
            line.add(new NativeTableCell(row.suppressed() ? getTranslation("analytics.suppressed-short")
                    : row.people() == null ? "" : texts.figure((double) row.people(), AnalyticsChart.Format.COUNT, locale)));
            for (int i = 0; i < chart.columns().size(); i++) {
                line.add(new NativeTableCell(texts.figure(row.values().get(i), chart.columns().get(i).format(), locale)));
            }
            body.add(line);
        }
        table.add(head, body);
        return table;
    }
}
