package io.kadens.feedbacksummary.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.summary.Polarity;
import io.kadens.feedbacksummary.FeedbackSummaryNotFoundException;
import io.kadens.feedbacksummary.FeedbackSummaryReport;
import io.kadens.feedbacksummary.FeedbackSummaryReport.CaveatView;
import io.kadens.feedbacksummary.FeedbackSummaryReport.QuoteView;
import io.kadens.feedbacksummary.FeedbackSummaryReport.SummarySentence;
import io.kadens.feedbacksummary.FeedbackSummaryReport.ThemeView;
import io.kadens.feedbacksummary.FeedbackSummaryService;
import io.kadens.frontend.EChart;
import io.kadens.frontend.EmptyState;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.StyleSheets;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's feedback summary for a period: strengths and growth areas as cards with quotes linked
 * to their feedback items, the coverage as a chart with a table for screen readers, the caveats, and
 * who wrote it; a quote opens its feedback item. No menu entry: the 1:1 page and the profile link here.
 * The summary is computed in
 * the background while a progress bar shows; the service decides who may see it.
 */
@Route("feedback-summary/:employeeId")
@RolesAllowed(Role.EMPLOYEE_NAME)
public class FeedbackSummaryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(FeedbackSummaryView.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient FeedbackSummaryService summaries;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressLabel = new Span();
    private final Div result = new Div();
    private UUID employeeId;
    private String title;

    FeedbackSummaryView(FeedbackSummaryService summaries) {
        this.summaries = summaries;
        addClassName("k-page");
        StyleSheets.loadWith(this, "context://kadens/summary.css");
    }

    /** The route of a person's summary, for links from other pages. */
    public static String routeFor(UUID employeeId) {
        return "feedback-summary/" + employeeId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("employeeId").flatMap(FeedbackSummaryView::parse);
        Optional<String> name = id.flatMap(summaries::personName);
        if (name.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        employeeId = id.get();
        title = getTranslation("summary.heading", name.get());
        build();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void build() {
        removeAll();
        H1 heading = new H1(title);
        heading.setId("summary-heading");
        Paragraph intro = new Paragraph(getTranslation("summary.intro"));
        intro.addClassName("k-muted");
        from.setLabel(getTranslation("summary.from"));
        from.setId("summary-from");
        from.setLocale(getLocale());
        from.setValue(summaries.defaultFrom());
        to.setLabel(getTranslation("summary.to"));
        to.setId("summary-to");
        to.setLocale(getLocale());
        to.setValue(summaries.today());
        run.setText(getTranslation("summary.run"));
        run.setId("summary-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start());
        HorizontalLayout period = new HorizontalLayout(from, to, run);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        progress.setIndeterminate(true);
        progress.setId("summary-progress");
        progressLabel.setText(getTranslation("summary.computing"));
        progressLabel.setId("summary-progress-label");
        progress.getElement().setAttribute("aria-labelledby", "summary-progress-label");
        Div progressBox = new Div(progressLabel, progress);
        progressBox.setId("summary-progress-box");
        progressBox.setVisible(false);
        result.setId("summary-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(heading, intro, period, progressBox, result);
        start();
    }

    /** Computes in the background as the signed-in user; the page polls until it is done. */
    private void start() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null || to.getValue() == null) {
            markInvalid(from.getValue() == null ? from : to, "summary.period.required");
            return;
        }
        UI ui = UI.getCurrent();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        SecurityContext security = SecurityContextHolder.getContext();
        run.setEnabled(false);
        progressBox().setVisible(true);
        result.removeAll();
        ui.setPollInterval(300);
        UUID person = employeeId;
        Thread.ofVirtual().name("feedback-summary").start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                FeedbackSummaryReport report = summaries.summarize(person, start, end);
                ui.access(() -> {
                    stop();
                    show(report);
                });
            } catch (InvalidInputException invalid) {
                ui.access(() -> {
                    stop();
                    invalid.fieldErrors().forEach((field, key) -> markInvalid("to".equals(field) ? to : from, key));
                });
            } catch (FeedbackSummaryNotFoundException notFound) {
                ui.access(() -> {
                    stop();
                    result.add(new Paragraph(getTranslation("summary.failed")));
                });
            } catch (RuntimeException failure) {
                log.error("Feedback summary failed", failure);
                ui.access(() -> {
                    stop();
                    Paragraph failed = new Paragraph(getTranslation("summary.failed"));
                    failed.setId("summary-failed");
                    result.add(failed);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private Div progressBox() {
        return (Div) progress.getParent().orElseThrow();
    }

    private void markInvalid(DatePicker field, String key) {
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(key));
    }

    private void stop() {
        progressBox().setVisible(false);
        run.setEnabled(true);
        UI.getCurrent().setPollInterval(-1);
    }

    private void show(FeedbackSummaryReport report) {
        result.removeAll();
        Span mode = new Span(getTranslation("summary.mode") + ": " + getTranslation("summary.mode." + report.mode().name()));
        mode.addClassName("k-summary-mode");
        mode.setId("summary-mode");
        mode.getElement().setAttribute("data-mode", report.mode().name());
        result.add(new Div(mode));
        if (report.fallbackReason() != null) {
            Paragraph reason = new Paragraph(getTranslation(report.fallbackReason().messageKey()));
            reason.setId("summary-fallback");
            reason.addClassName("k-muted");
            result.add(reason);
        }
        if (report.mode() == AnswerMode.OFF) {
            result.add(new EmptyState(getTranslation("summary.mode.OFF"), getTranslation("summary.off")));
            return;
        }
        result.add(themes("summary-strengths", "summary.strengths", "summary.none.strengths",
                report.themes().stream().filter(t -> t.polarity() == Polarity.STRENGTH).toList()));
        result.add(themes("summary-growth", "summary.growth", "summary.none.growth",
                report.themes().stream().filter(t -> t.polarity() == Polarity.GROWTH_AREA).toList()));
        if (!report.caveats().isEmpty()) {
            Section caveats = new Section(new H2(getTranslation("summary.caveats")));
            caveats.setId("summary-caveats");
            UnorderedList list = new UnorderedList();
            for (CaveatView caveat : report.caveats()) {
                ListItem item = new ListItem(caveat.message());
                item.getElement().setAttribute("data-kind", caveat.kind().name());
                list.add(item);
            }
            caveats.add(list);
            result.add(caveats);
        }
        if (report.coverage() != null) {
            result.add(coverage(report.coverage()));
        }
    }

    private Section themes(String id, String headingKey, String noneKey, List<ThemeView> themes) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        if (themes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(noneKey));
            none.addClassName("k-muted");
            section.add(none);
            return section;
        }
        Div cards = new Div();
        cards.addClassName("k-summary-themes");
        for (ThemeView theme : themes) {
            cards.add(card(theme));
        }
        section.add(cards);
        return section;
    }

    private Section card(ThemeView theme) {
        boolean strength = theme.polarity() == Polarity.STRENGTH;
        H3 name = new H3(theme.name());
        Span polarity = new Span(getTranslation("summary.polarity." + theme.polarity().name()));
        polarity.addClassName("k-summary-polarity");
        Section card = new Section(polarity, name);
        card.addClassNames("k-summary-theme", strength ? "strength" : "growth");
        card.getElement().setAttribute("data-theme", theme.name());
        for (SummarySentence sentence : theme.summary()) {
            card.add(new Paragraph(sentence.text()));
        }
        Paragraph basis = new Paragraph(getTranslation("summary.theme.items", theme.items()) + " · "
                + getTranslation("summary.theme.named." + theme.nameSource().name()));
        basis.addClassName("k-muted");
        card.add(basis);
        if (theme.link() != null && !theme.link().isBlank()) {
            card.add(new Div(new Anchor(theme.link(), getTranslation("summary.theme.named-after"))));
        }
        Div quotes = new Div();
        quotes.getElement().setAttribute("role", "list");
        quotes.getElement().setAttribute("aria-label", getTranslation("summary.quotes"));
        for (QuoteView quote : theme.quotes()) {
            Div entry = new Div();
            entry.addClassName("k-summary-quote");
            entry.getElement().setAttribute("role", "listitem");
            entry.add(new Span("“" + quote.text() + "”"));
            Button open = new Button(getTranslation("summary.quote.open"), click -> openItem(quote.citation().feedbackId()));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            open.addClassName("k-summary-quote-link");
            open.getElement().setAttribute("data-feedback-id", quote.citation().feedbackId().toString());
            Div meta = new Div();
            if (quote.anonymous()) {
                meta.add(new Span(getTranslation("summary.quote.anonymous") + " · "));
            }
            meta.add(open);
            entry.add(meta);
            quotes.add(entry);
        }
        card.add(quotes);
        return card;
    }

    /** The cited item in full, as the feedback feature lets the requester see it now. */
    private void openItem(UUID feedbackId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("summary.item.title"));
        dialog.setId("summary-item");
        summaries.citedItem(feedbackId).ifPresentOrElse(item -> {
            Paragraph text = new Paragraph(item.text());
            text.setId("summary-item-text");
            String meta = getTranslation("summary.source." + item.source().name())
                    + (item.anonymous() ? " · " + getTranslation("summary.quote.anonymous")
                    : item.givenOn() == null ? "" : " · " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(getLocale()).format(item.givenOn()))
                    + (item.competency() == null ? "" : " · " + item.competency());
            Paragraph details = new Paragraph(meta);
            details.addClassName("k-muted");
            dialog.add(text, details);
        }, () -> dialog.add(new Paragraph(getTranslation("summary.item.gone"))));
        Button close = new Button(getTranslation("summary.item.close"), click -> dialog.close());
        close.setId("summary-item-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Section coverage(FeedbackSummaryReport.CoverageView coverage) {
        Section section = new Section(new H2(getTranslation("summary.coverage")));
        section.setId("summary-coverage");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        section.add(new Paragraph(getTranslation("summary.coverage.items", coverage.items(), coverage.anonymous())));
        section.add(new Paragraph(coverage.firstDate() == null ? getTranslation("summary.coverage.window.none")
                : getTranslation("summary.coverage.window", dates.format(coverage.firstDate()),
                        dates.format(coverage.lastDate()))));
        section.add(new Paragraph(getTranslation("summary.coverage.recent", coverage.recentPercent())));
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        coverage.bySource().forEach((source, count) -> {
            labels.add(getTranslation("summary.source." + source));
            values.add(count);
        });
        EChart chart = new EChart(getTranslation("summary.coverage.chart"));
        chart.setId("summary-coverage-chart");
        chart.setHeight("220px");
        chart.setOption(JSON.writeValueAsString(Map.of(
                "grid", Map.of("left", 8, "right", 32, "top", 8, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "yAxis", Map.of("type", "category", "inverse", true, "data", labels),
                "series", List.of(Map.of("name", getTranslation("summary.coverage.count"), "type", "bar", "data", values,
                        "itemStyle", Map.of("color", "#2f6f5e"), "label", Map.of("show", true, "position", "right"))))));
        NativeTable table = new NativeTable();
        table.addClassName("k-sr-only");
        table.setId("summary-coverage-table");
        NativeTableHeader head = new NativeTableHeader();
        head.add(new NativeTableRow(new NativeTableHeaderCell(getTranslation("summary.coverage.source")),
                new NativeTableHeaderCell(getTranslation("summary.coverage.count"))));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < labels.size(); i++) {
            body.add(new NativeTableRow(new NativeTableCell(labels.get(i)), new NativeTableCell(String.valueOf(values.get(i)))));
        }
        table.add(head, body);
        section.add(chart, table);
        return section;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
