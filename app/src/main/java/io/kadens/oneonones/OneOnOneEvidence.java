package io.kadens.oneonones;

import io.kadens.security.KadensUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 1:1s held with a person over a period, for evidence beside a review: only meetings of a pair the signed-in
 * person belongs to, so a writer sees the 1:1s they were in (a manager: with the report; the person themselves:
 * all of theirs), never anyone else's, and never a private note. Three queries, whatever the number of meetings.
 */
@Service
public class OneOnOneEvidence {

    private final OneOnOneEvidenceRepository repository;
    private final OneOnOneGuard guard;
    private final OneOnOnePeople people;

    OneOnOneEvidence(OneOnOneEvidenceRepository repository, OneOnOneGuard guard, OneOnOnePeople people) {
        this.repository = repository;
        this.guard = guard;
        this.people = people;
    }

    /**
     * Completed 1:1s of {@code personId} scheduled in [from, to), oldest first, among the pairs of the signed-in
     * person (who is either {@code personId} or the other one of the pair).
     */
    @Transactional(readOnly = true)
    public List<HeldOneOnOne> heldWith(UUID personId, Instant from, Instant to) {
        KadensUser me = guard.requirePerson();
        if (personId == null || from == null || to == null || !from.isBefore(to)) {
            return List.of();
        }
        Map<UUID, OneOnOneEvidenceRepository.Pair> pairs = repository.pairsOf(personId).stream()
                .filter(p -> personId.equals(me.personId()) || p.includes(me.personId()))
                .collect(Collectors.toMap(OneOnOneEvidenceRepository.Pair::id, p -> p));
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<OneOnOneEvidenceRepository.Held> meetings = repository.held(pairs.keySet(), from, to);
        if (meetings.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> agenda = new HashMap<>();
        Map<UUID, Integer> covered = new HashMap<>();
        repository.agendas(meetings.stream().map(OneOnOneEvidenceRepository.Held::id).toList()).forEach(point -> {
            agenda.computeIfAbsent(point.meetingId(), id -> new ArrayList<>()).add(point.text());
            if (point.covered()) {
                covered.merge(point.meetingId(), 1, Integer::sum);
            }
        });
        Set<UUID> others = pairs.values().stream().map(p -> p.other(me.personId())).collect(Collectors.toSet());
        Map<UUID, Participant> participants = people.participants(others);
        List<HeldOneOnOne> held = new ArrayList<>();
        for (var m : meetings) {
            var pair = pairs.get(m.pairId());
            String notes = m.sharedNotes() == null || m.sharedNotes().isBlank() ? null : m.sharedNotes().strip();
            held.add(new HeldOneOnOne(m.id(), pair.id(), pair.kind(), participants.get(pair.other(me.personId())),
                    m.scheduledAt(), m.completedAt(), agenda.getOrDefault(m.id(), List.of()),
                    covered.getOrDefault(m.id(), 0), notes));
        }
        return held;
    }
}
