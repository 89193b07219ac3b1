package io.kadens.reviews;

import io.kadens.audit.AuditLog;
import io.kadens.notifications.NotificationFacts;
import io.kadens.notifications.NotificationKind;
import io.kadens.notifications.Notifications;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 360 peer nominations: the employee nominates peers within the cycle's cap until the nomination deadline; their
 * manager (or anyone above them) approves, rejects or adds peers until the peer reviews' deadline; a nominee may
 * decline with a reason. An approved nomination is a PEER review the nominee writes. Every decision is audited, and
 * the outbox tells the manager that nominations wait and the nominee that they were nominated.
 */
@Service
public class PeerNominations {

    public static final int MAX_REASON = 1000;

    private final ReviewNominationRepository repository;
    private final ReviewCycleRepository cycles;
    private final ReviewTemplateRepository templates;
    private final ReviewCalendar calendar;
    private final OrgFacts org;
    private final CurrentUser currentUser;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    PeerNominations(ReviewNominationRepository repository, ReviewCycleRepository cycles,
                    ReviewTemplateRepository templates, ReviewCalendar calendar, OrgFacts org, CurrentUser currentUser,
                    Notifications notifications, AuditLog audit, Clock clock,
                    PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.cycles = cycles;
        this.templates = templates;
        this.calendar = calendar;
        this.org = org;
        this.currentUser = currentUser;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    // ------------------------------------------------------------------ reading

    /** The nominations of one participant, for the participant or their manager chain. */
    public PeerNominationPage page(UUID cycleId, UUID subjectId) {
        KadensUser me = requireEmployee();
        return transactions.execute(status -> {
            var cycle = cycle(cycleId);
            var participant = repository.participant(cycleId, subjectId).filter(ReviewNominationRepository.Participant::active)
                    .orElseThrow(() -> new ResourceNotFoundException("review-participant", subjectId));
            boolean manager = managesParticipant(me.personId(), participant);
            if (!manager && !me.personId().equals(subjectId)) {
                throw new AccessDeniedException("only the participant and their manager chain see nominations");
            }
            return page(cycle, subjectId, manager);
        });
    }

    /** The nominations of the caller's reports in the cycle (their manager at launch is the caller). */
    public List<PeerNominationPage> forApproval(UUID cycleId) {
        KadensUser me = requireEmployee();
        return transactions.execute(status -> {
            var cycle = cycle(cycleId);
            return repository.reportsInCycle(cycleId, me.personId()).stream()
                    .map(subject -> page(cycle, subject, true))
                    .sorted(java.util.Comparator.comparing((PeerNominationPage p) -> String.valueOf(p.subjectName())))
                    .toList();
        });
    }

    /** The peer reviews the caller was asked to write (approved), and those they declined. */
    public List<PeerNomination> askedOfMe() {
        KadensUser me = requireEmployee();
        return transactions.execute(status -> {
            var rows = repository.askedOf(me.personId());
            return views(rows, true);
        });
    }

    private PeerNominationPage page(ReviewCycleRepository.CycleRow cycle, UUID subjectId, boolean showReasons) {
        Map<CyclePhase, LocalDate> deadlines = cycles.deadlines(cycle.id());
        LocalDate today = calendar.today();
        List<PeerNomination> nominations = views(repository.nominations(cycle.id(), subjectId), showReasons);
        return new PeerNominationPage(cycle.id(), cycle.name(), subjectId, org.names(Set.of(subjectId)).get(subjectId),
                cycle.peerCap(), deadlines.get(CyclePhase.PEER_NOMINATION), deadlines.get(CyclePhase.PEER_REVIEWS),
                ReviewCalendar.openUntil(cycle.status(), deadlines, CyclePhase.PEER_NOMINATION, today),
                ReviewCalendar.openUntil(cycle.status(), deadlines, CyclePhase.PEER_REVIEWS, today), nominations);
    }

    private List<PeerNomination> views(List<ReviewNominationRepository.Row> rows, boolean showReasons) {
        Set<UUID> people = new HashSet<>();
        Map<UUID, ReviewCycleRepository.CycleRow> cycleRows = new LinkedHashMap<>();
        Map<UUID, LocalDate> peerDeadlines = new LinkedHashMap<>();
        for (var row : rows) {
            people.add(row.subjectId());
            people.add(row.nomineeId());
            cycleRows.computeIfAbsent(row.cycleId(), id -> cycles.cycle(id).orElseThrow());
            peerDeadlines.computeIfAbsent(row.cycleId(), id -> cycles.deadlines(id).get(CyclePhase.PEER_REVIEWS));
        }
        Map<UUID, String> names = org.names(people);
        return rows.stream().map(r -> new PeerNomination(r.id(), r.cycleId(), cycleRows.get(r.cycleId()).name(),
                r.subjectId(), names.get(r.subjectId()), r.nomineeId(), names.get(r.nomineeId()),
                !r.nominatedBy().equals(r.subjectId()), r.status(), showReasons ? r.declineReason() : null,
                r.decidedAt(), peerDeadlines.get(r.cycleId()), r.version())).toList();
    }

    // ------------------------------------------------------------------ the employee nominates

    /** The caller nominates a peer for their own review, within the cycle's cap, until the nomination deadline. */
    public PeerNomination nominate(UUID cycleId, UUID nomineeId) {
        KadensUser me = requireEmployee();
        return transactions.execute(status -> {
            var cycle = cycle(cycleId);
            var participant = repository.participantForUpdate(cycleId, me.personId())
                    .filter(ReviewNominationRepository.Participant::active)
                    .orElseThrow(() -> new AccessDeniedException("only participants nominate peers"));
            Map<CyclePhase, LocalDate> deadlines = cycles.deadlines(cycleId);
            if (!ReviewCalendar.openUntil(cycle.status(), deadlines, CyclePhase.PEER_NOMINATION, calendar.today())) {
                throw InvalidInputException.of("cycle", "reviews.nomination.closed");
            }
            requirePeerForm(cycle);
            checkNominee(participant, nomineeId);
            long taken = repository.nominations(cycleId, me.personId()).stream()
                    .filter(n -> n.status() == NominationStatus.PENDING || n.status() == NominationStatus.APPROVED)
                    .count();
            if (taken >= cycle.peerCap()) {
                throw InvalidInputException.of("nomineeId", "reviews.nomination.cap");
            }
            UUID id = UUID.randomUUID();
            if (!repository.insert(id, cycleId, me.personId(), nomineeId, me.personId(), NominationStatus.PENDING,
                    null, null)) {
                throw InvalidInputException.of("nomineeId", "reviews.nomination.already");
            }
            audit.record("review.nomination.nominated", "review_nomination", id.toString(), null,
                    Map.of("cycleId", cycleId.toString(), "nomineeId", nomineeId.toString()));
            if (participant.managerId() != null) {
                // one message a day per report and cycle, however many peers they nominate that day
                notifications.enqueue(NotificationKind.REVIEW_NOMINATIONS_WAITING, participant.managerId(),
                        "review-nominations-waiting:" + cycleId + ":" + me.personId() + ":" + calendar.today(),
                        new NotificationFacts(org.names(Set.of(me.personId())).get(me.personId()), cycleId, null,
                                deadlines.get(CyclePhase.PEER_REVIEWS), cycle.name(), null, approvalLink(cycleId)));
            }
            return view(id);
        });
    }

    // ------------------------------------------------------------------ the manager decides

    public PeerNomination approve(UUID nominationId, long expectedVersion) {
        return decide(nominationId, NominationStatus.APPROVED, expectedVersion);
    }

    public PeerNomination reject(UUID nominationId, long expectedVersion) {
        return decide(nominationId, NominationStatus.REJECTED, expectedVersion);
    }

    private PeerNomination decide(UUID nominationId, NominationStatus to, long expectedVersion) {
        KadensUser me = requireEmployee();
        return transactions.execute(status -> {
            var row = repository.nomination(nominationId)
                    .orElseThrow(() -> new ResourceNotFoundException("review-nomination", nominationId));
            var cycle = cycle(row.cycleId());
            var participant = repository.participantForUpdate(row.cycleId(), row.subjectId()).orElseThrow();
            if (!managesParticipant(me.personId(), participant)) {
                throw new AccessDeniedException("only the participant's manager chain decides nominations");
            }
            requireDecisionsOpen(cycle);
            if (row.status() != NominationStatus.PENDING) {
                throw InvalidInputException.of("status", "reviews.nomination.not-pending");
            }
            if (!repository.decide(nominationId, NominationStatus.PENDING, to, me.personId(), clock.instant(), null,
                    expectedVersion)) {
                throw new ConcurrentEditException("review-nomination", nominationId);
            }
            audit.record(to == NominationStatus.APPROVED ? "review.nomination.approved" : "review.nomination.rejected",
                    "review_nomination", nominationId.toString(), Map.of("status", "PENDING"),
                    Map.of("status", to.name(), "nomineeId", row.nomineeId().toString()));
            if (to == NominationStatus.APPROVED) {
                askToWrite(cycle, row.subjectId(), row.nomineeId(), nominationId);
            }
            return view(nominationId);
        });
    }

    /** The manager adds a peer directly: approved at once, with the peer review to write. */
    public PeerNomination add(UUID cycleId, UUID subjectId, UUID nomineeId) {
        KadensUser me = requireEmployee();
        return transactions.execute(status -> {
            var cycle = cycle(cycleId);
            var participant = repository.participantForUpdate(cycleId, subjectId)
                    .filter(ReviewNominationRepository.Participant::active)
                    .orElseThrow(() -> new ResourceNotFoundException("review-participant", subjectId));
            if (!managesParticipant(me.personId(), participant)) {
                throw new AccessDeniedException("only the participant's manager chain adds peers");
            }
            requireDecisionsOpen(cycle);
            requirePeerForm(cycle);
            checkNominee(participant, nomineeId);
            UUID id = UUID.randomUUID();
            Instant now = clock.instant();
            if (!repository.insert(id, cycleId, subjectId, nomineeId, me.personId(), NominationStatus.APPROVED,
                    me.personId(), now)) {
                throw InvalidInputException.of("nomineeId", "reviews.nomination.already");
            }
            audit.record("review.nomination.added", "review_nomination", id.toString(), null,
                    Map.of("cycleId", cycleId.toString(), "subjectId", subjectId.toString(),
                            "nomineeId", nomineeId.toString()));
            askToWrite(cycle, subjectId, nomineeId, id);
            return view(id);
        });
    }

    private void askToWrite(ReviewCycleRepository.CycleRow cycle, UUID subjectId, UUID nomineeId, UUID nominationId) {
        repository.insertPeerReview(cycle.id(), subjectId, nomineeId);
        notifications.enqueue(NotificationKind.REVIEW_PEER_NOMINATED, nomineeId, "review-peer-nominated:" + nominationId,
                new NotificationFacts(org.names(Set.of(subjectId)).get(subjectId), nominationId, null,
                        cycles.deadlines(cycle.id()).get(CyclePhase.PEER_REVIEWS), cycle.name(), null,
                        "reviews/peer-requests"));
    }

    // ------------------------------------------------------------------ the nominee declines

    /** The nominee declines an approved nomination with a reason; their unsubmitted peer review is dropped. */
    public PeerNomination decline(UUID nominationId, String reason, long expectedVersion) {
        KadensUser me = requireEmployee();
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.of("reason", "reviews.nomination.reason.required");
        }
        if (clean.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "reviews.nomination.reason.too-long");
        }
        return transactions.execute(status -> {
            var row = repository.nomination(nominationId).filter(n -> n.nomineeId().equals(me.personId()))
                    // someone else's nomination answers like one that never existed
                    .orElseThrow(() -> new ResourceNotFoundException("review-nomination", nominationId));
            var cycle = cycle(row.cycleId());
            if (row.status() != NominationStatus.APPROVED) {
                throw InvalidInputException.of("status", "reviews.nomination.not-approved");
            }
            if (cycle.status() == CycleStatus.CLOSED) {
                throw InvalidInputException.of("status", "reviews.cycle.closed");
            }
            if (repository.peerReviewSubmitted(row.cycleId(), row.subjectId(), me.personId())) {
                throw InvalidInputException.of("status", "reviews.nomination.already-submitted");
            }
            if (!repository.decide(nominationId, NominationStatus.APPROVED, NominationStatus.DECLINED, me.personId(),
                    clock.instant(), clean, expectedVersion)) {
                throw new ConcurrentEditException("review-nomination", nominationId);
            }
            int dropped = repository.deleteUnsubmittedPeerReview(row.cycleId(), row.subjectId(), me.personId());
            audit.record("review.nomination.declined", "review_nomination", nominationId.toString(),
                    Map.of("status", "APPROVED"), Map.of("status", "DECLINED", "reason", clean, "peerReviewsDropped", dropped));
            return views(List.of(repository.nomination(nominationId).orElseThrow()), true).getFirst();
        });
    }

    // ------------------------------------------------------------------ helpers

    private PeerNomination view(UUID id) {
        return views(List.of(repository.nomination(id).orElseThrow()), true).getFirst();
    }

    private void checkNominee(ReviewNominationRepository.Participant participant, UUID nomineeId) {
        if (nomineeId == null) {
            throw InvalidInputException.of("nomineeId", "reviews.nomination.nominee.required");
        }
        OrgPerson nominee = org.person(nomineeId).filter(OrgPerson::active)
                .orElseThrow(() -> InvalidInputException.of("nomineeId", "reviews.nomination.nominee.unknown"));
        if (nominee.id().equals(participant.employeeId())) {
            throw InvalidInputException.of("nomineeId", "reviews.nomination.nominee.self");
        }
        if (nominee.id().equals(participant.managerId())) {
            // the manager writes the manager review; as a peer they would also be counted among anonymous answers
            throw InvalidInputException.of("nomineeId", "reviews.nomination.nominee.manager");
        }
    }

    private boolean managesParticipant(UUID me, ReviewNominationRepository.Participant participant) {
        return me.equals(participant.managerId()) || org.isAbove(me, participant.employeeId());
    }

    private void requireDecisionsOpen(ReviewCycleRepository.CycleRow cycle) {
        if (!ReviewCalendar.openUntil(cycle.status(), cycles.deadlines(cycle.id()), CyclePhase.PEER_REVIEWS,
                calendar.today())) {
            throw InvalidInputException.of("cycle", "reviews.nomination.decisions-closed");
        }
    }

    private void requirePeerForm(ReviewCycleRepository.CycleRow cycle) {
        boolean asksPeers = cycle.templateVersion() != null && templates.version(cycle.templateId(), cycle.templateVersion())
                .map(v -> v.questions().stream().anyMatch(q -> q.forms().contains(ReviewForm.PEER))).orElse(false);
        if (!asksPeers) {
            throw InvalidInputException.of("cycle", "reviews.nomination.no-peer-form");
        }
    }

    private ReviewCycleRepository.CycleRow cycle(UUID cycleId) {
        return cycles.cycle(cycleId).filter(c -> c.status() != CycleStatus.DRAFT)
                .orElseThrow(() -> new ResourceNotFoundException("review-cycle", cycleId));
    }

    static String approvalLink(UUID cycleId) {
        return "reviews/cycle/" + cycleId + "/peers";
    }

    private KadensUser requireEmployee() {
        KadensUser me = currentUser.require();
        if (me.isOperator() || me.tenantId() == null) {
            throw new AccessDeniedException("peer nominations belong to a tenant's people");
        }
        return me;
    }
}
