package io.kadens.oneonones;

import io.kadens.security.KadensUser;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The points other features add to a 1:1's agenda ({@link TalkingPointSource}): only on an open meeting of a
 * manager and their report, only for one of the two, about the report.
 */
@Service
@Transactional(readOnly = true)
public class SuggestedTalkingPoints {

    private final OneOnOneRepository repository;
    private final OneOnOneGuard guard;
    private final List<TalkingPointSource> sources;

    SuggestedTalkingPoints(OneOnOneRepository repository, OneOnOneGuard guard, List<TalkingPointSource> sources) {
        this.repository = repository;
        this.guard = guard;
        this.sources = List.copyOf(sources);
    }

    public List<SuggestedTalkingPoint> forMeeting(UUID meetingId) {
        KadensUser me = guard.requirePerson();
        var meeting = repository.meeting(meetingId).filter(m -> m.status().isOpen()).orElse(null);
        if (meeting == null) {
            return List.of();
        }
        var pair = repository.pair(meeting.pairId()).filter(p -> p.includes(me.personId()))
                .filter(p -> p.kind() == PairKind.MANAGER).orElse(null);
        if (pair == null) {
            return List.of();
        }
        List<SuggestedTalkingPoint> points = new ArrayList<>();
        sources.forEach(source -> points.addAll(source.talkingPoints(pair.memberId())));
        return points;
    }
}
