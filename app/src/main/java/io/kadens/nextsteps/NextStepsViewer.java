package io.kadens.nextsteps;

import java.time.Instant;
import java.util.UUID;

/**
 * Who the home page is for. Sources still read through their own feature APIs as the signed-in user;
 * this saves each of them asking for the same facts again.
 *
 * @param since the start of this visit's news: praise and other "what happened" items newer than this are new
 * @param now   the moment the page is built (every source uses the same one)
 */
public record NextStepsViewer(UUID personId, boolean manager, boolean hrAdmin, Instant since, Instant now) {
}
