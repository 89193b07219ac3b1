package io.kadens.audit.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.frontend.StyleSheets;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.platform.KadensTranslations;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's audit log for HR admins: filter by action, actor, subject and dates; each entry
 * opens to show what changed, field by field, before and after.
 */
@StyleSheet("context://kadens/people-admin.css")
@Route("admin/audit")
@Menu(order = 30, title = "people-admin.nav.audit", icon = "vaadin:records")
@RolesAllowed(Role.HR_ADMIN_NAME)
class AuditLogView extends Main implements PageTitles.Translated {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final transient AuditLog auditLog;
    private final ZoneId zone;
    private final AuditTexts texts;
    private final Grid<AuditEntry> grid = new Grid<>();
    private ResponsiveList<AuditEntry> list;
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField actor = new TextField();
    private final TextField subject = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    /**
     * The tenant's time zone comes from the organisation registry (where settings keep it too): the
     * settings feature records its changes in the audit log, so the audit page cannot use it back.
     */
    AuditLogView(AuditLog auditLog, CurrentUser currentUser, Organisations organisations,
                 KadensTranslations translations) {
        this.auditLog = auditLog;
        this.texts = new AuditTexts(translations, getLocale());
        this.zone = currentUser.get().flatMap(KadensUser::tenant).flatMap(organisations::byId)
                .map(Organisation::zone).orElse(Organisation.zoneOf(null));
        addClassName("k-page");
        StyleSheets.loadWith(this, "context://kadens/people-admin.css");

        action.setLabel(getTranslation("people-admin.audit.action"));
        // families of actions in the reader's words, filtering by their code prefix; a full code may be typed
        action.setItems(AuditTexts.FAMILIES);
        action.setItemLabelGenerator(texts::filter);
        action.setAllowCustomValue(true);
        action.addCustomValueSetListener(e -> action.setValue(e.getDetail()));
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        actor.setLabel(getTranslation("people-admin.audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        subject.setLabel(getTranslation("people-admin.audit.subject"));
        subject.setHelperText(getTranslation("people-admin.audit.subject.help"));
        subject.setValueChangeMode(ValueChangeMode.LAZY);
        subject.setClearButtonVisible(true);
        from.setLabel(getTranslation("people-admin.audit.from"));
        to.setLabel(getTranslation("people-admin.audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        action.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        subject.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone);
        grid.setId("audit-grid");
        grid.addColumn(e -> when.format(e.occurredAt())).setHeader(getTranslation("people-admin.audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorLabel).setHeader(getTranslation("people-admin.audit.actor"));
        // the stored codes stay at hand as tooltips: they are what the filters take
        grid.addColumn(e -> texts.action(e.action())).setHeader(getTranslation("people-admin.audit.action"))
                .setTooltipGenerator(AuditEntry::action);
        grid.addColumn(this::subject).setHeader(getTranslation("people-admin.audit.subject")).setFlexGrow(2)
                .setTooltipGenerator(AuditLogView::subjectCode);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::changes));
        grid.setDetailsVisibleOnClick(true);
        grid.setEmptyStateText(getTranslation("people-admin.audit.empty"));
        grid.setHeight("65vh");
        grid.getElement().setAttribute("aria-label", getTranslation("people-admin.nav.audit"));
        // on a phone the entries are cards: what happened, when, by whom and to what, with the changes folded
        list = new ResponsiveList<>(grid, getTranslation("people-admin.nav.audit"))
                .cardTitle(this::actionWithCode)
                .cardFact("when", getTranslation("people-admin.audit.when"), e -> when.format(e.occurredAt()))
                .cardFact("actor", getTranslation("people-admin.audit.actor"), AuditEntry::actorLabel)
                .cardFact("subject", getTranslation("people-admin.audit.subject"), this::subject)
                .cardFact("changes", getTranslation("people-admin.audit.changes"),
                        e -> new com.vaadin.flow.component.details.Details(
                                getTranslation("people-admin.audit.show-changes"), changes(e)));

        HorizontalLayout filters = new HorizontalLayout(action, actor, subject, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("people-admin.nav.audit")), filters,
                new Span(getTranslation("people-admin.audit.hint")), list);
        refresh();
    }

    private AuditQuery query() {
        String subjectText = subject.getValue().isBlank() ? null : subject.getValue().trim();
        String subjectType = null;
        String subjectId = null;
        if (subjectText != null) {
            // "person 1234-…" or just an id or just a type
            String[] parts = subjectText.split("\\s+", 2);
            if (parts.length == 2) {
                subjectType = parts[0];
                subjectId = parts[1];
            } else if (parts[0].matches("[0-9a-fA-F-]{8,}")) {
                subjectId = parts[0];
            } else {
                subjectType = parts[0];
            }
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        return new AuditQuery(action.getValue(), actor.getValue().isBlank() ? null : actor.getValue().trim(), null,
                subjectType, subjectId,
                start == null ? null : start.atStartOfDay(zone).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void refresh() {
        AuditQuery query = query();
        list.setItemsLazily((offset, limit) -> auditLog.search(query, offset, limit), () -> auditLog.count(query),
                getTranslation("list.show-more"));
    }

    private Span actionWithCode(AuditEntry entry) {
        Span action = new Span(texts.action(entry.action()));
        action.setTitle(entry.action());
        return action;
    }

    private String subject(AuditEntry entry) {
        return texts.subjectType(entry.subjectType()) + " " + Objects.toString(entry.subjectId(), "");
    }

    /** As the subject filter takes it: "person 1234-…". */
    private static String subjectCode(AuditEntry entry) {
        return entry.subjectType() + " " + Objects.toString(entry.subjectId(), "");
    }

    /** What changed, field by field: before and after side by side, unchanged fields left out. */
    private Div changes(AuditEntry entry) {
        JsonNode before = parse(entry.beforeState());
        JsonNode after = parse(entry.afterState());
        TreeSet<String> names = new TreeSet<>();
        fieldNames(before, names);
        fieldNames(after, names);
        Div table = new Div();
        table.addClassName("k-audit-changes");
        com.vaadin.flow.component.html.NativeTable rows = new com.vaadin.flow.component.html.NativeTable();
        var head = new com.vaadin.flow.component.html.NativeTableRow();
        head.add(th(getTranslation("people-admin.audit.field")), th(getTranslation("people-admin.audit.before")),
                th(getTranslation("people-admin.audit.after")));
        rows.add(head);
        for (String name : names) {
            String b = text(before, name);
            String a = text(after, name);
            if (Objects.equals(a, b)) {
                continue;
            }
            var row = new com.vaadin.flow.component.html.NativeTableRow();
            row.add(td(name), td(b), td(a));
            rows.add(row);
        }
        table.add(rows);
        return table;
    }

    private static com.vaadin.flow.component.html.NativeTableHeaderCell th(String text) {
        var cell = new com.vaadin.flow.component.html.NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static com.vaadin.flow.component.html.NativeTableCell td(String text) {
        return new com.vaadin.flow.component.html.NativeTableCell(text == null ? "—" : text);
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void fieldNames(JsonNode node, TreeSet<String> names) {
        if (node != null && node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            fields.forEachRemaining(f -> names.add(f.getKey()));
        }
    }

    private static String text(JsonNode node, String name) {
        if (node == null || !node.has(name) || node.get(name).isNull()) {
            return null;
        }
        JsonNode value = node.get(name);
        return value.isValueNode() ? value.asString() : value.toString();
    }

    @Override
    public String titleKey() {
        return "people-admin.nav.audit";
    }
}
