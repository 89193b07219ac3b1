package io.kadens.oneonones;

import java.util.List;
import java.util.UUID;

/**
 * Another feature's points for a 1:1 between a manager and their report (open development plan actions,
 * say): register one Spring bean of this type in the feature and the meeting shows its points on the
 * agenda of an open meeting; the 1:1s feature itself knows no such feature.
 *
 * <p>Called in a read-only transaction, signed in as one of the pair, in their tenant. Return only what the
 * signed-in person may see; nothing for anyone else.
 */
public interface TalkingPointSource {

    /** Points about the report of a manager 1:1 ({@code reportId}), for the signed-in person of the pair. */
    List<SuggestedTalkingPoint> talkingPoints(UUID reportId);
}
