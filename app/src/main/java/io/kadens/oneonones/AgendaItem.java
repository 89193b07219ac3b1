package io.kadens.oneonones;

import java.util.UUID;

/**
 * A talking point on a meeting's shared agenda.
 *
 * @param recurring   reappears on every following meeting of the pair
 * @param carriedOver came over from an earlier meeting where it was not covered
 */
public record AgendaItem(UUID id, UUID meetingId, UUID authorId, String authorName, String text, int position,
                         boolean covered, boolean recurring, boolean carriedOver, long version) {
}
