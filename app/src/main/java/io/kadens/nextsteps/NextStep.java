package io.kadens.nextsteps;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One thing a person should do (or know) next, as a link on the home page.
 *
 * @param id        stable and unique on the page (the feature's prefix plus an entity id), used as the
 *                  element id so the item can be found and followed
 * @param audience  which list it belongs in: the person's own, their team's, or the organisation's
 * @param urgency   how soon it matters; the page lists the most urgent first
 * @param at        when it is due or happened (a meeting's start, a due date, when praise was given);
 *                  null when there is no date (a count of failures, say)
 * @param textKey   i18n key of the link text
 * @param arguments the text's parameters (names, counts as Integer); formatted with the reader's language
 * @param link      the route the item opens, relative to the app root (e.g. {@code goals/<id>})
 */
public record NextStep(String id, Audience audience, Urgency urgency, Instant at, String textKey,
                       List<Object> arguments, String link) {

    public NextStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(textKey, "textKey");
        Objects.requireNonNull(link, "link");
        arguments = List.copyOf(arguments);
    }

    /** Whose work an item is: the page shows one list per audience the reader has. */
    public enum Audience { MINE, TEAM, ORGANISATION }

    /** Most urgent first: overdue, due today, due within the week, then everything else (news, counts). */
    public enum Urgency { OVERDUE, TODAY, SOON, LATER }
}
