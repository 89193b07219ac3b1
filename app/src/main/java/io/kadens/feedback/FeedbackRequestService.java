package io.kadens.feedback;

import io.kadens.platform.InvalidInputException;
import io.kadens.security.KadensUser;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TransactionTenant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback requests. A person asks about themselves; a manager may also ask about anyone below them. The
 * recipients answer with named feedback about the subject (a request's answers are known to its requester,
 * so they cannot be anonymous) or decline.
 */
@Service
class FeedbackRequestService implements FeedbackRequests {

    static final int MAX_QUESTION = 1000;
    static final int MAX_RECIPIENTS = 20;

    private final FeedbackRepository repository;
    private final FeedbackAccess access;
    private final FeedbackService feedback;
    private final ApplicationEventPublisher events;
    private final TransactionTenant transactionTenant;

    FeedbackRequestService(FeedbackRepository repository, FeedbackAccess access, FeedbackService feedback,
                           ApplicationEventPublisher events, TransactionTenant transactionTenant) {
        this.repository = repository;
        this.access = access;
        this.feedback = feedback;
        this.events = events;
        this.transactionTenant = transactionTenant;
    }

    @Override
    @Transactional
    public FeedbackRequest request(NewFeedbackRequest request) {
        KadensUser me = access.me();
        return requestAs(me.personId(), request, access.today());
    }

    FeedbackRequest requestAs(UUID requester, NewFeedbackRequest request, LocalDate today) {
        var errors = new InvalidInputException.Collector();
        UUID subject = request.subjectId() == null ? requester : request.subjectId();
        Optional<FeedbackRepository.Person> subjectPerson = repository.person(subject);
        errors.check(subjectPerson.isPresent(), "subjectId", "feedback.request.subject.unknown");
        errors.check(subject.equals(requester) || repository.managerChain(subject).contains(requester), "subjectId",
                "feedback.request.subject.not-yours");
        Set<UUID> recipients = new LinkedHashSet<>(request.recipientIds());
        recipients.remove(null);
        errors.check(!recipients.isEmpty(), "recipientIds", "feedback.request.recipients.required");
        errors.check(recipients.size() <= MAX_RECIPIENTS, "recipientIds", "feedback.request.recipients.too-many");
        errors.check(!recipients.contains(subject), "recipientIds", "feedback.request.recipients.subject");
        for (UUID recipient : recipients) {
            Optional<FeedbackRepository.Person> person = repository.person(recipient);
            errors.check(person.isPresent(), "recipientIds", "feedback.request.recipients.unknown");
            errors.check(person.map(FeedbackRepository.Person::active).orElse(true), "recipientIds",
                    "feedback.request.recipients.inactive");
        }
        String question = request.question() == null ? "" : request.question().strip();
        errors.check(!question.isEmpty(), "question", "feedback.request.question.required");
        errors.check(question.length() <= MAX_QUESTION, "question", "feedback.request.question.too-long");
        errors.check(request.dueDate() != null, "dueDate", "feedback.request.due.required");
        errors.check(request.dueDate() == null || !request.dueDate().isBefore(today), "dueDate",
                "feedback.request.due.past");
        errors.throwIfAny();
        UUID id = UUID.randomUUID();
        repository.insertRequest(id, subject, requester, question, request.dueDate(), recipients,
                today.equals(access.today()) ? access.now()
                        : today.atTime(9, 0).atZone(access.zone()).toOffsetDateTime());
        events.publishEvent(new FeedbackRequested(transactionTenant.require(), id, requester, subject,
                List.copyOf(recipients), question, request.dueDate()));
        return toRequests(repository.request(id).stream().toList(), null).getFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeedbackRequest> toAnswer() {
        KadensUser me = access.me();
        return toRequests(repository.openRequestsFor(me.personId()), me.personId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<FeedbackRequest> askedByMe() {
        KadensUser me = access.me();
        return toRequests(repository.requestsBy(me.personId()), null);
    }

    @Override
    @Transactional(readOnly = true)
    public FeedbackRequest find(UUID requestId) {
        KadensUser me = access.me();
        FeedbackRepository.RequestRow row = (requestId == null ? Optional.<FeedbackRepository.RequestRow>empty()
                : repository.request(requestId)).orElseThrow(() -> new FeedbackNotFoundException("request"));
        if (row.requesterId().equals(me.personId())) {
            return toRequests(List.of(row), null).getFirst();
        }
        boolean asked = repository.recipients(List.of(row.id())).stream()
                .anyMatch(recipient -> recipient.recipientId().equals(me.personId()));
        if (!asked) {
            throw new FeedbackNotFoundException("request");
        }
        return toRequests(List.of(row), me.personId()).getFirst();
    }

    @Override
    @Transactional
    public FeedbackItem answer(UUID requestId, AnswerToRequest answer) {
        KadensUser me = access.me();
        return answerAs(me.personId(), requestId, answer, access.today());
    }

    FeedbackItem answerAs(UUID recipient, UUID requestId, AnswerToRequest answer, LocalDate on) {
        FeedbackRepository.RequestRow request = openFor(recipient, requestId);
        FeedbackRepository.Row row = feedback.giveAs(recipient, new NewFeedback(request.subjectId(), answer.text(),
                answer.competency(), null, answer.visibility(), false), request.id(), on, false);
        if (!repository.closeRecipient(request.id(), recipient, RequestStatus.ANSWERED, on)) {
            throw new FeedbackNotFoundException("request");
        }
        return FeedbackService.toItem(row, true, repository.names(List.of(row.receiverId(), recipient)));
    }

    @Override
    @Transactional
    public void decline(UUID requestId) {
        KadensUser me = access.me();
        FeedbackRepository.RequestRow request = openFor(me.personId(), requestId);
        if (!repository.closeRecipient(request.id(), me.personId(), RequestStatus.DECLINED, access.today())) {
            throw new FeedbackNotFoundException("request");
        }
    }

    /** The request if it is open for the recipient; otherwise "not found", whatever the reason. */
    private FeedbackRepository.RequestRow openFor(UUID recipient, UUID requestId) {
        Optional<FeedbackRepository.RequestRow> request = requestId == null ? Optional.empty()
                : repository.request(requestId);
        boolean open = request.isPresent() && repository.recipients(List.of(requestId)).stream()
                .anyMatch(r -> r.recipientId().equals(recipient) && r.status() == RequestStatus.OPEN);
        if (!open) {
            throw new FeedbackNotFoundException("request");
        }
        return request.get();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueFeedbackRequest> openDueOn(LocalDate dueDate) {
        return repository.openDueOn(dueDate, false);
    }

    @Override
    @Transactional
    public int publishDueReminders(LocalDate dueDate) {
        TenantId tenant = transactionTenant.require();
        int published = 0;
        for (DueFeedbackRequest due : repository.openDueOn(dueDate, true)) {
            if (repository.markReminded(due.requestId(), due.recipientId(), access.today())) {
                events.publishEvent(new FeedbackRequestDue(tenant, due.requestId(), due.recipientId(),
                        due.requesterId(), due.subjectId(), due.dueDate()));
                published++;
            }
        }
        return published;
    }

    /** Requests with recipients: all of them, or only {@code onlyRecipient}'s own entry. */
    private List<FeedbackRequest> toRequests(List<FeedbackRepository.RequestRow> rows, UUID onlyRecipient) {
        Map<UUID, List<FeedbackRepository.RecipientRow>> recipients = repository
                .recipients(rows.stream().map(FeedbackRepository.RequestRow::id).toList()).stream()
                .filter(r -> onlyRecipient == null || r.recipientId().equals(onlyRecipient))
                .collect(Collectors.groupingBy(FeedbackRepository.RecipientRow::requestId));
        Set<UUID> people = new HashSet<>();
        rows.forEach(row -> {
            people.add(row.subjectId());
            people.add(row.requesterId());
        });
        recipients.values().forEach(list -> list.forEach(r -> people.add(r.recipientId())));
        Map<UUID, String> names = repository.names(people);
        List<FeedbackRequest> result = new ArrayList<>();
        for (FeedbackRepository.RequestRow row : rows) {
            List<RequestRecipient> entries = recipients.getOrDefault(row.id(), List.of()).stream()
                    .map(r -> new RequestRecipient(r.recipientId(), names.get(r.recipientId()), r.status(),
                            r.respondedOn()))
                    .sorted(Comparator.comparing(r -> r.name() == null ? "" : r.name()))
                    .toList();
            result.add(new FeedbackRequest(row.id(), row.subjectId(), names.get(row.subjectId()), row.requesterId(),
                    names.get(row.requesterId()), row.question(), row.dueDate(), row.askedOn(), entries));
        }
        return result;
    }
}
