package io.kadens.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsiveListTest {

    record Goal(String title, String health, Double progress) {
    }

    private ResponsiveList<Goal> list() {
        Grid<Goal> grid = new Grid<>();
        grid.setId("goals-mine");
        grid.addColumn(Goal::title).setHeader("Goal");
        grid.setEmptyStateText("No goals yet");
        ResponsiveList<Goal> list = new ResponsiveList<>(grid, "My goals")
                .cardTitle(goal -> new Anchor("goals/" + goal.title(), goal.title()))
                .cardFact("health", "Health", Goal::health)
                .cardFact("progress", "Progress", Goal::progress);
        // as the browser does once the list is narrow enough for the cards to show
        list.cardsShown();
        return list;
    }

    @Test
    void noCardIsBuiltUntilTheBrowserShowsTheCards() {
        Grid<Goal> grid = new Grid<>();
        grid.setId("goals-mine");
        grid.addColumn(Goal::title).setHeader("Goal");
        ResponsiveList<Goal> list = new ResponsiveList<>(grid, "My goals").cardTitle(Goal::title);
        list.setItems(List.of(new Goal("Ship it", "On track", 0.4), new Goal("Learn Swedish", "At risk", 0.1)));

        assertThat(list.cards().getElement().getChildCount()).isZero();
        assertThat(list.cards().getElement().getAttribute("id")).isEqualTo("goals-mine-cards");
        assertThat(list.grid().getListDataView().getItemCount()).isEqualTo(2);

        list.cardsShown();
        assertThat(list.cards().getElement().getChildren().map(Element::getTextRecursively))
                .containsExactly("Ship it", "Learn Swedish");
        // from then on the cards follow the items
        list.setItems(List.of(new Goal("Rest", "On track", 1.0)));
        assertThat(list.cards().getElement().getChildren().map(Element::getTextRecursively)).containsExactly("Rest");
    }

    @Test
    void aLazilyLoadedListReadsNoPageOfCardsUntilTheyAreShown() {
        Grid<Goal> grid = new Grid<>();
        grid.setId("people");
        grid.addColumn(Goal::title).setHeader("Name");
        ResponsiveList<Goal> list = new ResponsiveList<>(grid, "People").cardTitle(Goal::title);
        List<Integer> asked = new java.util.ArrayList<>();
        list.setItemsLazily((offset, limit) -> {
            asked.add(offset);
            return java.util.stream.IntStream.range(offset, Math.min(offset + limit, 30))
                    .mapToObj(i -> new Goal("Person " + i, null, null)).toList();
        }, () -> 30, "Show more");

        assertThat(asked).isEmpty();
        assertThat(list.cards().getElement().getChildCount()).isZero();

        list.cardsShown();
        assertThat(asked).containsExactly(0);
        // the first page of cards and the button for the rest
        assertThat(list.cards().getElement().getChildCount()).isEqualTo(ResponsiveList.CARDS_PER_PAGE + 1);
        assertThat(list.cards().getElement().getChild(ResponsiveList.CARDS_PER_PAGE).getClassList())
                .contains("k-list-cards-more");
    }

    @Test
    void everyItemIsACardWithItsTitleAndLabelledFacts() {
        ResponsiveList<Goal> list = list();
        list.setItems(List.of(new Goal("Ship it", "On track", 0.4), new Goal("Learn Swedish", "At risk", 0.1)));

        Element cards = list.cards().getElement();
        assertThat(cards.getTag()).isEqualTo("ul");
        assertThat(cards.getAttribute("id")).isEqualTo("goals-mine-cards");
        assertThat(cards.getAttribute("aria-label")).isEqualTo("My goals");
        assertThat(cards.getChildCount()).isEqualTo(2);
        Element first = cards.getChild(0);
        assertThat(first.getTag()).isEqualTo("li");
        assertThat(first.getTextRecursively()).contains("Ship it");
        Element facts = first.getChildren().filter(c -> c.getTag().equals("dl")).findFirst().orElseThrow();
        Element health = facts.getChild(0);
        assertThat(health.getAttribute("data-fact")).isEqualTo("health");
        assertThat(health.getChild(0).getTag()).isEqualTo("dt");
        assertThat(health.getChild(0).getText()).isEqualTo("Health");
        assertThat(health.getChild(1).getTag()).isEqualTo("dd");
        assertThat(health.getChild(1).getTextRecursively()).isEqualTo("On track");
        assertThat(facts.getChild(1).getAttribute("data-fact")).isEqualTo("progress");
        // The grid has the same items: both layouts are rendered, the theme shows one.
        assertThat(list.grid().getListDataView().getItemCount()).isEqualTo(2);
        assertThat(list.grid().getElement().getAttribute("aria-label")).isEqualTo("My goals");
    }

    @Test
    void aFactWithoutAValueIsLeftOffTheCard() {
        ResponsiveList<Goal> list = list();
        list.setItems(List.of(new Goal("Draft", null, 0.0)));

        Element facts = list.cards().getElement().getChild(0).getChildren()
                .filter(c -> c.getTag().equals("dl")).findFirst().orElseThrow();
        assertThat(facts.getChildren().map(c -> c.getAttribute("data-fact")).toList()).containsExactly("progress");
    }

    @Test
    void newItemsReplaceTheCardsAndAnEmptyListSaysWhatTheGridSays() {
        ResponsiveList<Goal> list = list();
        list.setItems(List.of(new Goal("Ship it", "On track", 0.4)));
        list.setItems(List.of());

        Element cards = list.cards().getElement();
        assertThat(cards.getChildCount()).isEqualTo(1);
        assertThat(cards.getChild(0).getText()).isEqualTo("No goals yet");
        assertThat(list.grid().getListDataView().getItemCount()).isZero();
    }

    @Test
    void actionsGoAtTheBottomOfEachCard() {
        ResponsiveList<Goal> list = list();
        list.cardActions(goal -> new com.vaadin.flow.component.button.Button("Check in " + goal.title()));
        list.setItems(List.of(new Goal("Ship it", "On track", 0.4)));

        Element card = list.cards().getElement().getChild(0);
        Element last = card.getChild(card.getChildCount() - 1);
        assertThat(last.getClassList()).contains("k-list-card-actions");
        assertThat(last.getChild(0).getTag()).isEqualTo("vaadin-button");
    }
}
