package io.kadens.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.EChart;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.notifications.DailyDeliveries;
import io.kadens.notifications.DeliveryRow;
import io.kadens.notifications.DeliveryStatus;
import io.kadens.notifications.NotificationAdministration;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** HR admins' view of the notification outbox: every delivery's state, a daily chart, and "retry now". */
@Route("admin/notifications")
@Menu(order = 36, title = "notifications.outbox.nav", icon = "vaadin:paperplane")
@RolesAllowed(Role.HR_ADMIN_NAME)
class NotificationOutboxView extends Main implements PageTitles.Translated {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int DAYS = 14;
    private static final Map<DeliveryStatus, String> COLORS = Map.of(DeliveryStatus.SENT, "#2f6f5e",
            DeliveryStatus.PENDING, "#1f5eb8", DeliveryStatus.RETRYING, "#c98a1b", DeliveryStatus.FAILED, "#b3261e");

    private final transient NotificationAdministration administration;
    private final Grid<DeliveryRow> grid = new Grid<>();
    private ResponsiveList<DeliveryRow> list;
    private final Select<Optional<DeliveryStatus>> filter = new Select<>();
    private final Div chartArea = new Div();
    private final DateTimeFormatter times;
    private final DateTimeFormatter days;

    NotificationOutboxView(NotificationAdministration administration, TenantSettingsService settings) {
        this.administration = administration;
        ZoneId zone = settings.zone();
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone);
        this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        addClassName("k-page");

        Paragraph intro = new Paragraph(getTranslation("notifications.outbox.intro"));
        intro.addClassName("k-muted");

        List<Optional<DeliveryStatus>> choices = new ArrayList<>();
        choices.add(Optional.empty());
        for (DeliveryStatus status : DeliveryStatus.values()) {
            choices.add(Optional.of(status));
        }
        filter.setId("outbox-filter");
        filter.setLabel(getTranslation("notifications.outbox.filter"));
        filter.setItems(choices);
        filter.setItemLabelGenerator(choice -> choice.map(s -> getTranslation("notifications.status." + s.name()))
                .orElse(getTranslation("notifications.outbox.filter.all")));
        filter.setValue(Optional.empty());
        filter.addValueChangeListener(change -> refresh());
        Button refresh = new Button(getTranslation("notifications.outbox.refresh"), VaadinIcon.REFRESH.create(),
                click -> refresh());
        refresh.setId("outbox-refresh");
        HorizontalLayout tools = new HorizontalLayout(filter, refresh);
        tools.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("aria-label", getTranslation("notifications.outbox.heading"));
        grid.addColumn(d -> format(d.createdAt())).setHeader(getTranslation("notifications.outbox.created"));
        grid.addColumn(d -> getTranslation("notifications.kind." + d.kind().name()))
                .setHeader(getTranslation("notifications.outbox.kind"));
        grid.addColumn(DeliveryRow::recipientName).setHeader(getTranslation("notifications.outbox.recipient"));
        grid.addColumn(d -> getTranslation("notifications.channel." + d.channel().name()))
                .setHeader(getTranslation("notifications.outbox.channel"));
        grid.addColumn(d -> getTranslation("notifications.status." + d.status().name()))
                .setHeader(getTranslation("notifications.outbox.status"));
        grid.addColumn(DeliveryRow::attempts).setHeader(getTranslation("notifications.outbox.attempts"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.status() == DeliveryStatus.SENT || d.status() == DeliveryStatus.FAILED ? ""
                : format(d.nextAttemptAt())).setHeader(getTranslation("notifications.outbox.next-attempt"));
        grid.addComponentColumn(this::lastError).setHeader(getTranslation("notifications.outbox.last-error"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::retryButton).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("notifications.outbox.empty"));
        grid.setHeight("55vh");

        // On a phone: a card per delivery with its status and the retry button.
        list = new ResponsiveList<>(grid, getTranslation("notifications.outbox.heading"))
                .cardTitle(d -> getTranslation("notifications.kind." + d.kind().name()))
                .cardFact("status", getTranslation("notifications.outbox.status"),
                        d -> getTranslation("notifications.status." + d.status().name()))
                .cardFact("recipient", getTranslation("notifications.outbox.recipient"), DeliveryRow::recipientName)
                .cardFact("created", getTranslation("notifications.outbox.created"), d -> format(d.createdAt()))
                .cardFact("last-error", getTranslation("notifications.outbox.last-error"), DeliveryRow::lastError)
                .cardActions(this::retryButton);
        add(new H1(getTranslation("notifications.outbox.heading")), intro, chartArea, tools, list);
        refresh();
    }

    @Override
    public String titleKey() {
        return "notifications.outbox.heading";
    }

    private void refresh() {
        list.setItems(administration.deliveries(filter.getValue() == null ? Optional.empty() : filter.getValue()));
        showChart(administration.daily(DAYS));
    }

    private Component lastError(DeliveryRow delivery) {
        Span error = new Span(delivery.lastError() == null ? "" : delivery.lastError());
        if (delivery.lastError() != null) {
            error.getElement().setAttribute("title", delivery.lastError());
        }
        return error;
    }

    private Component retryButton(DeliveryRow delivery) {
        if (delivery.status() == DeliveryStatus.SENT) {
            return new Span();
        }
        Button retry = new Button(getTranslation("notifications.outbox.retry"), click -> retry(delivery));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.addClassName("retry-delivery");
        retry.getElement().setAttribute("aria-label",
                getTranslation("notifications.outbox.retry.label", delivery.recipientName()));
        return retry;
    }

    private void retry(DeliveryRow delivery) {
        boolean done = administration.retryNow(delivery.id());
        refresh();
        Toast.outcome(!done, getTranslation(done ? "notifications.outbox.retried" : "notifications.outbox.retry.gone"));
    }

    private void showChart(List<DailyDeliveries> daily) {
        chartArea.removeAll();
        String title = getTranslation("notifications.outbox.chart");
        List<String> labels = daily.stream().map(d -> days.format(d.day())).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (DeliveryStatus status : DeliveryStatus.values()) {
            series.add(Map.of("name", getTranslation("notifications.status." + status.name()), "type", "bar",
                    "stack", "total", "data", daily.stream().map(d -> d.count(status)).toList(),
                    "itemStyle", Map.of("color", COLORS.get(status))));
        }
        Map<String, Object> option = Map.of(
                "grid", Map.of("left", 8, "right", 16, "top", 36, "bottom", 8, "containLabel", true),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "xAxis", Map.of("type", "category", "data", labels),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", series);
        EChart chart = new EChart(title);
        chart.setId("outbox-chart");
        chart.setHeight("240px");
        chart.setWidthFull();
        chart.setOption(JSON.writeValueAsString(option));

        NativeTable table = new NativeTable();
        table.addClassName("k-sr-only");
        table.setId("outbox-chart-table");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(getTranslation("notifications.outbox.day")));
        for (DeliveryStatus status : DeliveryStatus.values()) {
            head.add(new NativeTableHeaderCell(getTranslation("notifications.status." + status.name())));
        }
        NativeTableHeader header = new NativeTableHeader();
        header.add(head);
        NativeTableBody body = new NativeTableBody();
        for (DailyDeliveries day : daily) {
            NativeTableRow row = new NativeTableRow(new NativeTableCell(days.format(day.day())));
            for (DeliveryStatus status : DeliveryStatus.values()) {
                row.add(new NativeTableCell(String.valueOf(day.count(status))));
            }
            body.add(row);
        }
        table.add(header, body);
        chartArea.add(new H2(title), chart, table);
    }

    private String format(OffsetDateTime time) {
        return time == null ? "" : times.format(time);
    }
}
