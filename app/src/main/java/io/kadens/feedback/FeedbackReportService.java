package io.kadens.feedback;

import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TransactionTenant;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and the four-eyes unmasking of anonymous authors. The database functions of V93 enforce every
 * rule (HR admin, reason, reported item, second admin, rate limits) and write the audit entries; this
 * service checks what it can first, for clear messages, and translates the functions' refusals.
 */
@Service
class FeedbackReportService implements FeedbackReports {

    static final int MAX_REPORT_REASON = 2000;
    static final int MIN_UNMASK_REASON = 10;

    private final FeedbackRepository repository;
    private final FeedbackAccess access;
    private final Feedback feedback;
    private final ApplicationEventPublisher events;
    private final TransactionTenant transactionTenant;

    FeedbackReportService(FeedbackRepository repository, FeedbackAccess access, Feedback feedback,
                          ApplicationEventPublisher events, TransactionTenant transactionTenant) {
        this.repository = repository;
        this.access = access;
        this.feedback = feedback;
        this.events = events;
        this.transactionTenant = transactionTenant;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayReport(UUID feedbackId) {
        KadensUser me = access.me();
        return feedback.find(feedbackId)
                .filter(item -> !item.mine() && access.mayRead(me.personId(), item.receiverId()))
                .isPresent();
    }

    @Override
    @Transactional
    public FeedbackReport report(UUID feedbackId, String reason) {
        KadensUser me = access.me();
        if (!mayReport(feedbackId)) {
            throw new FeedbackNotFoundException("feedback");
        }
        String why = reason == null ? "" : reason.strip();
        new InvalidInputException.Collector()
                .check(!why.isEmpty(), "reason", "feedback.report.reason-required")
                .check(why.length() <= MAX_REPORT_REASON, "reason", "feedback.report.reason-too-long")
                .throwIfAny();
        repository.insertReport(UUID.randomUUID(), feedbackId, me.personId(), why, access.now());
        return repository.reports(feedbackId).stream().filter(row -> row.reporterId().equals(me.personId()))
                .findFirst().map(row -> toReport(row, repository.names(List.of(me.personId()))))
                .orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportedFeedback> reported() {
        KadensUser me = requireHrAdmin();
        List<FeedbackRepository.ReportRow> reports = repository.reports(null);
        Map<UUID, List<FeedbackRepository.ReportRow>> byItem = new LinkedHashMap<>();
        reports.forEach(row -> byItem.computeIfAbsent(row.feedbackId(), id -> new ArrayList<>()).add(row));
        Map<UUID, List<FeedbackRepository.UnmaskRow>> requests = new LinkedHashMap<>();
        repository.unmaskRequests(null).forEach(row ->
                requests.computeIfAbsent(row.feedbackId(), id -> new ArrayList<>()).add(row));
        List<FeedbackRepository.Row> items = repository.byIds(me.personId(), byItem.keySet());
        Set<UUID> people = new HashSet<>();
        items.forEach(item -> people.add(item.receiverId()));
        reports.forEach(row -> people.add(row.reporterId()));
        requests.values().forEach(list -> list.forEach(row -> {
            people.add(row.requestedBy());
            people.add(row.decidedBy());
        }));
        Map<UUID, String> names = repository.names(people);
        Map<UUID, FeedbackRepository.Row> itemById = new LinkedHashMap<>();
        items.forEach(item -> itemById.put(item.id(), item));
        List<ReportedFeedback> result = new ArrayList<>();
        byItem.forEach((id, rows) -> {
            FeedbackRepository.Row item = itemById.get(id);
            if (item != null) {
                result.add(new ReportedFeedback(id, item.receiverId(), names.get(item.receiverId()), item.source(),
                        item.anonymous(), item.body(), YearMonth.from(item.givenOn()),
                        rows.stream().map(row -> toReport(row, names)).toList(),
                        requests.getOrDefault(id, List.of()).stream().map(row -> toRequest(row, names)).toList()));
            }
        });
        return result;
    }

    @Override
    @Transactional
    public UnmaskRequest requestUnmask(UUID feedbackId, String reason) {
        KadensUser me = requireHrAdmin();
        String why = reason == null ? "" : reason.strip();
        new InvalidInputException.Collector()
                .check(why.length() >= MIN_UNMASK_REASON, "reason", "feedback.unmask.reason-required")
                .check(why.length() <= MAX_REPORT_REASON, "reason", "feedback.report.reason-too-long")
                .throwIfAny();
        if (feedbackId == null) {
            throw new FeedbackNotFoundException("feedback");
        }
        UUID id = refusalsTranslated(() -> repository.createUnmaskRequest(feedbackId, why));
        events.publishEvent(new FeedbackUnmaskRequested(transactionTenant.require(), id, feedbackId,
                me.personId()));
        return request(id);
    }

    @Override
    @Transactional
    public UnmaskRequest approveUnmask(UUID requestId) {
        return decide(requestId, true);
    }

    @Override
    @Transactional
    public UnmaskRequest declineUnmask(UUID requestId) {
        return decide(requestId, false);
    }

    private UnmaskRequest decide(UUID requestId, boolean approve) {
        KadensUser me = requireHrAdmin();
        if (requestId == null) {
            throw new FeedbackNotFoundException("unmask request");
        }
        refusalsTranslated(() -> {
            repository.decideUnmaskRequest(requestId, approve);
            return null;
        });
        UnmaskRequest decided = request(requestId);
        if (approve) {
            events.publishEvent(new FeedbackAuthorUnmasked(transactionTenant.require(), requestId,
                    decided.feedbackId(), decided.requestedById(), me.personId()));
        }
        return decided;
    }

    @Override
    @Transactional
    public AuthorReveal revealAuthor(UUID requestId) {
        requireHrAdmin();
        if (requestId == null) {
            throw new FeedbackNotFoundException("unmask request");
        }
        UUID author = refusalsTranslated(() -> repository.revealUnmasked(requestId)
                .orElseThrow(() -> new FeedbackNotFoundException("unmask request")));
        UnmaskRequest request = request(requestId);
        return new AuthorReveal(request.feedbackId(), author, repository.names(List.of(author)).get(author));
    }

    // ------------------------------------------------------------------ helpers

    private KadensUser requireHrAdmin() {
        KadensUser me = access.me();
        if (!me.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins handle reported feedback");
        }
        return me;
    }

    private UnmaskRequest request(UUID id) {
        FeedbackRepository.UnmaskRow row = repository.unmaskRequests(id).stream().findFirst()
                .orElseThrow(() -> new FeedbackNotFoundException("unmask request"));
        return toRequest(row, repository.names(java.util.Arrays.asList(row.requestedBy(), row.decidedBy())));
    }

    /** The database functions refuse with SQLSTATEs; each becomes the answer the caller should get. */
    private <T> T refusalsTranslated(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            String state = sqlState(e);
            if (state == null) {
                throw e;
            }
            throw switch (state) {
                case "42501" -> new AccessDeniedException("refused by the database");
                case "22023" -> InvalidInputException.of("reason", "feedback.unmask.reason-required");
                case "P0002" -> new FeedbackNotFoundException("unmask");
                case "KDF01" -> InvalidInputException.of("feedbackId", "feedback.unmask.not-reported");
                case "KDF02" -> InvalidInputException.of("reason", "feedback.unmask.rate-limited");
                case "KDF03" -> InvalidInputException.of("feedbackId", "feedback.unmask.pending");
                case "KDF04" -> InvalidInputException.of("requestId", "feedback.unmask.second-admin");
                default -> e;
            };
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static FeedbackReport toReport(FeedbackRepository.ReportRow row, Map<UUID, String> names) {
        return new FeedbackReport(row.id(), row.feedbackId(), row.reporterId(), names.get(row.reporterId()),
                row.reason(), row.reportedAt().toInstant());
    }

    private static UnmaskRequest toRequest(FeedbackRepository.UnmaskRow row, Map<UUID, String> names) {
        OffsetDateTime decided = row.decidedAt();
        return new UnmaskRequest(row.id(), row.feedbackId(), row.requestedBy(), names.get(row.requestedBy()),
                row.reason(), row.requestedAt().toInstant(), row.status(), row.decidedBy(),
                row.decidedBy() == null ? null : names.get(row.decidedBy()), decided == null ? null : decided.toInstant());
    }
}
