package io.kadens.frontend;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A list that is a grid where there is room and a column of cards where there is not (a phone): the
 * grid's columns would be cut off at the right edge, so under about 600 px of width the cards show what
 * matters instead: a title, a few labelled facts and the row's actions.
 *
 * <p>The theme's container query ({@code kadens/responsive.css}) shows one and hides the other with
 * {@code display: none}, which also takes the hidden one out of the accessibility tree and the tab order. The
 * switch follows the list's own width, not the window's, so a list in a narrow column turns into cards too.
 * The cards are built only once the browser shows them: a small script watches the list's size and tells the
 * server the first time the cards' list is displayed. On a wide screen they are never built, which spares each
 * page the components of a card per row (the people directory's 40 cards were about 500 state nodes in every
 * answer; docs/decisions/2026-12-07-ui-cards-when-shown.md); on a phone they follow one round trip later. The cards are a labelled {@code ul} of {@code li}; each fact is a {@code dt}/{@code dd}
 * pair, so screen readers read "Health: On track". Links and buttons in a card are ordinary focusable
 * controls: the cards are keyboard-usable without any script.
 *
 * <p>Use: build the grid as before, wrap it, say what a card shows, and give items to this list instead of
 * the grid:
 *
 * <pre>
 * ResponsiveList&lt;Goal&gt; list = new ResponsiveList&lt;&gt;(grid, label)
 *         .cardTitle(goal -&gt; new Anchor("goals/" + goal.id(), goal.title()))
 *         .cardFact("health", healthLabel, goal -&gt; badge(goal))
 *         .cardFact("progress", progressLabel, goal -&gt; bar(goal));
 * list.setItems(goals);
 * </pre>
 *
 * The cards get the grid's id with {@code -cards} appended; each fact carries {@code data-fact="key"}.
 *
 * @param <T> the row type
 */
public class ResponsiveList<T> extends Div {

    /**
     * Watches the list's size and calls {@link #cardsShown()} once, the first time the cards' list is displayed
     * (the container query decides, so the breakpoint is written in the stylesheet only).
     */
    private static final String WATCH_CARDS = """
            const list = this;
            if (list.$kadensCards) { return; }
            const cards = list.querySelector(':scope > .k-list-cards');
            const watcher = new ResizeObserver(() => {
              if (cards && getComputedStyle(cards).display !== 'none') {
                watcher.disconnect();
                list.$server.cardsShown();
              }
            });
            list.$kadensCards = watcher;
            watcher.observe(list);
            """;

    private record Fact<T>(String key, String label, Function<T, ?> value) {
    }

    private final Grid<T> grid;
    private final UnorderedList cards = new UnorderedList();
    private final List<Fact<T>> facts = new ArrayList<>();
    private Function<T, ?> title = Objects::toString;
    private Function<T, ? extends Component> actions;
    private List<T> items = List.of();
    /** Whether the browser has shown the cards: until then none are built. */
    private boolean cardsWanted;

    /**
     * @param grid  the wide layout, with its columns (and id, if the page needs one)
     * @param label what the list is, for screen readers; also set on the grid when it has no label yet
     */
    public ResponsiveList(Grid<T> grid, String label) {
        this.grid = grid;
        addClassName("k-responsive-list");
        cards.addClassName("k-list-cards");
        cards.getElement().setAttribute("aria-label", label);
        if (grid.getElement().getAttribute("aria-label") == null) {
            grid.getElement().setAttribute("aria-label", label);
        }
        grid.getId().ifPresent(id -> cards.setId(id + "-cards"));
        add(grid, cards);
        addAttachListener(attach -> {
            if (!cardsWanted) {
                getElement().executeJs(WATCH_CARDS);
            }
        });
    }

    /** The browser shows the cards (the list is narrow): build them now, and from now on with every change. */
    @ClientCallable
    void cardsShown() {
        if (!cardsWanted) {
            cardsWanted = true;
            if (lazy != null) {
                firstCards();
            }
            renderCards();
        }
    }

    /** The card's heading: usually a link to the item (a {@link Component}) or a plain text. */
    public ResponsiveList<T> cardTitle(Function<T, ?> title) {
        this.title = title;
        renderCards();
        return this;
    }

    /**
     * One fact on the card, in the order added. The value is a {@link Component} (a badge, a progress bar)
     * or anything else, shown as text; {@code null} or blank leaves the fact off that card.
     */
    public ResponsiveList<T> cardFact(String key, String label, Function<T, ?> value) {
        facts.add(new Fact<>(key, label, value));
        renderCards();
        return this;
    }

    /** The row's controls at the bottom of the card (the same actions as the grid's last column). */
    public ResponsiveList<T> cardActions(Function<T, ? extends Component> actions) {
        this.actions = actions;
        renderCards();
        return this;
    }

    /** Shows the items in both layouts. */
    public void setItems(Collection<T> items) {
        this.lazy = null;
        this.items = List.copyOf(items);
        grid.setItems(this.items);
        renderCards();
    }

    /** One page of a list too long to load whole (an audit log, a company's people). */
    @FunctionalInterface
    public interface Pages<T> {
        List<T> page(int offset, int limit);
    }

    private record Lazy<T>(Pages<T> pages, java.util.function.IntSupplier total, String moreLabel) {
    }

    /** How many cards a lazily loaded list shows at first, and adds per press of "show more". */
    public static final int CARDS_PER_PAGE = 25;

    private Lazy<T> lazy;
    private int lazyTotal;

    /**
     * Shows a list that is loaded a page at a time: the grid pages as it scrolls, and the cards show the first
     * {@value #CARDS_PER_PAGE} with a button that loads the next ones.
     *
     * @param total     how many items there are in all
     * @param moreLabel the button's text, e.g. "Show more"
     */
    public void setItemsLazily(Pages<T> pages, java.util.function.IntSupplier total, String moreLabel) {
        grid.setItems(query -> pages.page(query.getOffset(), query.getLimit()).stream(), query -> total.getAsInt());
        this.lazy = new Lazy<>(pages, total, moreLabel);
        this.items = List.of();
        if (cardsWanted) {
            firstCards();
        }
        renderCards();
    }

    /** A lazily loaded list's first page of cards, read when the cards are shown. */
    private void firstCards() {
        lazyTotal = lazy.total().getAsInt();
        items = List.copyOf(lazy.pages().page(0, CARDS_PER_PAGE));
    }

    private void showMore() {
        List<T> more = new ArrayList<>(items);
        int firstNew = items.size();
        more.addAll(lazy.pages().page(firstNew, CARDS_PER_PAGE));
        items = List.copyOf(more);
        renderCards();
        // the pressed button is gone: keyboard and screen-reader users continue at the first new card
        if (firstNew < items.size()) {
            var card = cards.getElement().getChild(firstNew);
            card.setAttribute("tabindex", "-1");
            card.executeJs("this.focus()");
        }
    }

    public Grid<T> grid() {
        return grid;
    }

    /** The cards' list, e.g. to give it an id when the grid has none. */
    public UnorderedList cards() {
        return cards;
    }

    private void renderCards() {
        if (cards.getId().isEmpty()) {
            grid.getId().ifPresent(id -> cards.setId(id + "-cards"));
        }
        if (!cardsWanted) {
            return;
        }
        cards.removeAll();
        for (T item : items) {
            cards.add(card(item));
        }
        if (lazy != null && items.size() < lazyTotal) {
            // inside the list, so it is hidden with the cards where the grid shows
            com.vaadin.flow.component.button.Button more =
                    new com.vaadin.flow.component.button.Button(lazy.moreLabel(), click -> showMore());
            more.addClassName("k-list-cards-more-button");
            ListItem moreItem = new ListItem(more);
            moreItem.addClassName("k-list-cards-more");
            cards.add(moreItem);
        }
        String empty = grid.getEmptyStateText();
        if (items.isEmpty() && empty != null && !empty.isBlank()) {
            // The grid says what an empty list means; the cards say the same.
            ListItem nothing = new ListItem(empty);
            nothing.addClassName("k-list-cards-empty");
            cards.add(nothing);
        }
    }

    private ListItem card(T item) {
        ListItem card = new ListItem();
        card.addClassName("k-list-card");
        Div heading = new Div();
        heading.addClassName("k-list-card-title");
        heading.add(asComponent(title.apply(item)));
        card.add(heading);
        DescriptionList list = new DescriptionList();
        list.addClassName("k-list-card-facts");
        for (Fact<T> fact : facts) {
            Object value = fact.value().apply(item);
            if (value == null || value instanceof CharSequence text && text.toString().isBlank()) {
                continue;
            }
            Div pair = new Div(new DescriptionList.Term(fact.label()),
                    new DescriptionList.Description(asComponent(value)));
            pair.getElement().setAttribute("data-fact", fact.key());
            list.add(pair);
        }
        if (!facts.isEmpty()) {
            card.add(list);
        }
        if (actions != null) {
            Component controls = actions.apply(item);
            if (controls != null) {
                Div bar = new Div(controls);
                bar.addClassName("k-list-card-actions");
                card.add(bar);
            }
        }
        return card;
    }

    private static Component asComponent(Object value) {
        return value instanceof Component component ? component : new Span(String.valueOf(value));
    }
}
