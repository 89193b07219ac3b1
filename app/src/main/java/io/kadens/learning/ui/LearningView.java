package io.kadens.learning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.ResponsiveList;
import io.kadens.learning.Assignment;
import io.kadens.learning.LearningPlans;
import io.kadens.learning.LibraryQuery;
import io.kadens.learning.MyLearningEntry;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingLevel;
import io.kadens.learning.TrainingLibrary;
import io.kadens.security.CurrentUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The training library for everyone: search by meaning and words (in English or Swedish), filter by
 * format, level, language and competency; the person's own learning; for managers, their team's.
 */
@Route("learning")
@Menu(order = 5, title = "learning.nav", icon = "vaadin:academy-cap")
@RolesAllowed(Role.EMPLOYEE_NAME)
class LearningView extends Main implements PageTitles.Translated {

    private static final String ANY = "";

    private final transient TrainingLibrary library;
    private final TextField search = new TextField();
    private final Select<TrainingFormat> format = new Select<>();
    private final Select<TrainingLevel> level = new Select<>();
    private final Select<String> language = new Select<>();
    private final Select<String> competency = new Select<>();
    private final Grid<TrainingItem> results = new Grid<>();
    private final ResponsiveList<TrainingItem> resultList;

    LearningView(TrainingLibrary library, LearningPlans plans, CurrentUser currentUser) {
        this.library = library;
        addClassName("k-page");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());

        search.setLabel(getTranslation("learning.search"));
        search.setPlaceholder(getTranslation("learning.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(500);
        search.setId("learning-search");
        search.setWidth("min(100%, 480px)");
        search.addValueChangeListener(change -> refresh());

        format.setLabel(getTranslation("learning.format"));
        format.setId("learning-format");
        format.setItems(TrainingFormat.values());
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption(getTranslation("learning.any"));
        format.setItemLabelGenerator(f -> f == null ? getTranslation("learning.any") : getTranslation(f.labelKey()));
        format.addValueChangeListener(change -> refresh());

        level.setLabel(getTranslation("learning.level"));
        level.setId("learning-level");
        level.setItems(TrainingLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("learning.any"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("learning.any") : getTranslation(l.labelKey()));
        level.addValueChangeListener(change -> refresh());

        language.setLabel(getTranslation("learning.language"));
        language.setId("learning-language");
        language.setItems(ANY, "sv", "en");
        language.setItemLabelGenerator(l -> ANY.equals(l) ? getTranslation("learning.any")
                : getTranslation("learning.language." + l));
        language.setValue(ANY);
        language.addValueChangeListener(change -> refresh());

        competency.setLabel(getTranslation("learning.competency"));
        competency.setId("learning-competency");
        List<String> competencies = new ArrayList<>();
        competencies.add(ANY);
        competencies.addAll(library.competencies());
        competency.setItems(competencies);
        competency.setItemLabelGenerator(c -> ANY.equals(c) ? getTranslation("learning.any") : c);
        competency.setValue(ANY);
        competency.addValueChangeListener(change -> refresh());

        results.setId("learning-results");
        results.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        results.getElement().setAttribute("aria-label", getTranslation("learning.results"));
        results.addComponentColumn(item -> new Anchor("learning/" + item.id(), item.title()))
                .setHeader(getTranslation("learning.title")).setFlexGrow(3);
        results.addColumn(item -> getTranslation(item.data().format().labelKey()))
                .setHeader(getTranslation("learning.format"));
        results.addColumn(item -> getTranslation(item.data().level().labelKey()))
                .setHeader(getTranslation("learning.level"));
        results.addColumn(item -> Durations.format(item.data().durationMinutes(), this::getTranslation))
                .setHeader(getTranslation("learning.duration"));
        results.addColumn(item -> getTranslation("learning.language." + item.data().language()))
                .setHeader(getTranslation("learning.language"));
        results.addColumn(item -> String.join(", ", item.data().competencies()))
                .setHeader(getTranslation("learning.competencies")).setFlexGrow(2);
        results.setEmptyStateText(getTranslation("learning.results.empty"));
        results.setHeight("50vh");

        HorizontalLayout filters = new HorizontalLayout(search, format, level, language, competency);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        // On a phone: a card per item with its format, duration and language.
        resultList = new ResponsiveList<>(results, getTranslation("learning.results"))
                .cardTitle(item -> new Anchor("learning/" + item.id(), item.title()))
                .cardFact("format", getTranslation("learning.format"), item -> getTranslation(item.data().format().labelKey()))
                .cardFact("duration", getTranslation("learning.duration"),
                        item -> Durations.format(item.data().durationMinutes(), this::getTranslation))
                .cardFact("language", getTranslation("learning.language"),
                        item -> getTranslation("learning.language." + item.data().language()));
        add(new H1(getTranslation("learning.heading")), filters, resultList);

        Grid<MyLearningEntry> mine = new Grid<>();
        mine.setId("learning-mine");
        mine.getElement().setAttribute("aria-label", getTranslation("learning.mine"));
        mine.addComponentColumn(entry -> new Anchor("learning/" + entry.item().id(), entry.item().title()))
                .setHeader(getTranslation("learning.title")).setFlexGrow(3);
        mine.addColumn(entry -> entry.dueDate() == null ? "" : dates.format(entry.dueDate()))
                .setHeader(getTranslation("learning.due"));
        mine.addColumn(entry -> entry.assignedByName() == null ? getTranslation("learning.self-chosen")
                : entry.assignedByName()).setHeader(getTranslation("learning.assigned-by"));
        mine.addColumn(entry -> ProgressTexts.of(entry.progress(), dates, this::getTranslation))
                .setHeader(getTranslation("learning.progress")).setFlexGrow(2);
        mine.setEmptyStateText(getTranslation("learning.mine.empty"));
        mine.setAllRowsVisible(true);
        ResponsiveList<MyLearningEntry> mineList = new ResponsiveList<>(mine, getTranslation("learning.mine"))
                .cardTitle(entry -> new Anchor("learning/" + entry.item().id(), entry.item().title()))
                .cardFact("progress", getTranslation("learning.progress"),
                        entry -> ProgressTexts.of(entry.progress(), dates, this::getTranslation))
                .cardFact("due", getTranslation("learning.due"),
                        entry -> entry.dueDate() == null ? null : dates.format(entry.dueDate()));
        mineList.setItems(plans.myLearning());
        add(new H2(getTranslation("learning.mine")), mineList);

        if (currentUser.require().has(Role.MANAGER)) {
            Grid<Assignment> team = new Grid<>();
            team.setId("learning-team");
            team.getElement().setAttribute("aria-label", getTranslation("learning.team"));
            team.addColumn(Assignment::employeeName).setHeader(getTranslation("learning.person")).setFlexGrow(2);
            team.addComponentColumn(a -> new Anchor("learning/" + a.itemId(), a.itemTitle()))
                    .setHeader(getTranslation("learning.title")).setFlexGrow(3);
            team.addColumn(a -> a.dueDate() == null ? "" : dates.format(a.dueDate()))
                    .setHeader(getTranslation("learning.due"));
            team.addColumn(a -> ProgressTexts.of(a.progress(), dates, this::getTranslation))
                    .setHeader(getTranslation("learning.progress")).setFlexGrow(2);
            team.setEmptyStateText(getTranslation("learning.team.empty"));
            team.setAllRowsVisible(true);
            ResponsiveList<Assignment> teamList = new ResponsiveList<>(team, getTranslation("learning.team"))
                    .cardTitle(a -> new Anchor("learning/" + a.itemId(), a.itemTitle()))
                    .cardFact("person", getTranslation("learning.person"), Assignment::employeeName)
                    .cardFact("progress", getTranslation("learning.progress"),
                            a -> ProgressTexts.of(a.progress(), dates, this::getTranslation))
                    .cardFact("due", getTranslation("learning.due"), a -> a.dueDate() == null ? null : dates.format(a.dueDate()));
            teamList.setItems(plans.teamAssignments());
            Span hint = new Span(getTranslation("learning.team.hint"));
            hint.addClassName("k-muted");
            add(new H2(getTranslation("learning.team")), hint, teamList);
        }
        refresh();
    }

    private void refresh() {
        String chosenLanguage = language.getValue();
        String chosenCompetency = competency.getValue();
        resultList.setItems(library.search(new LibraryQuery(search.getValue(), format.getValue(), level.getValue(),
                ANY.equals(chosenLanguage) ? null : chosenLanguage,
                ANY.equals(chosenCompetency) ? null : chosenCompetency)));
        // What the results answer, so that a test (or a script) can tell the new results from the old.
        results.getElement().setAttribute("data-query", search.getValue());
    }

    @Override
    public String titleKey() {
        return "learning.heading";
    }
}
