package io.kadens.feedback;

import java.util.List;
import java.util.UUID;

/** The tenant's public praise feed with reactions. */
public interface PraiseFeed {

    /** Praises a colleague; publishes {@link PraiseGiven}. */
    Praise give(NewPraise praise);

    /** The newest praise first, at most {@code limit}. */
    List<Praise> feed(int limit);

    /** Praise for one person, newest first. */
    List<Praise> about(UUID employeeId, int limit);

    /** One praise of the tenant. */
    Praise find(UUID praiseId);

    /** Adds the signed-in user's reaction (idempotent: one per person and reaction). */
    Praise react(UUID praiseId, Reaction reaction);

    /** Removes the signed-in user's reaction. */
    Praise unreact(UUID praiseId, Reaction reaction);
}
