package io.kadens.nextsteps;

import java.util.List;

/**
 * A feature's contribution to the home page's "what's next": register one Spring bean of this type in
 * the feature (package-private is fine) and the home page picks it up; the home page itself knows no
 * feature.
 *
 * <p>Called inside the home page's single transaction, signed in as the reader, in their tenant. Read
 * through the feature's own API or repository, as the reader may see it; show nothing the reader could
 * not open. An item disappears when what it asks for is done, because the next call no longer returns it.
 * Keep it cheap (one or two queries): the whole page has a budget of 150 ms at the 95th percentile.
 */
public interface NextStepsSource {

    /** Items for the reader: their own, and their team's or the organisation's when they are a manager or HR admin. */
    List<NextStep> nextSteps(NextStepsViewer viewer);

    /** Summary figures (drawn as small charts); none by default. */
    default List<HomeFigure> figures(NextStepsViewer viewer) {
        return List.of();
    }
}
