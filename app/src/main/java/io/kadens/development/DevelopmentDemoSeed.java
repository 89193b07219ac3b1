package io.kadens.development;

import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.learning.LibraryQuery;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingLibrary;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.security.KadensUser;
import io.kadens.security.Principals;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo companies' development data (Swedish for Acme, English otherwise): two colleagues of the employee
 * persona who offer mentoring, and an approved plan for the employee persona (Sara, Emma) with a competency-gap
 * objective (stretch work and a course of the library) and a learn-from-others objective with a mentor, which
 * their manager (Erik, James) approved; the approval's development goals are made with the manager signed in.
 * Runs in the tenant's {@code TenantScope}; a company where the persona already has a plan keeps it, and only
 * gets the goals an earlier version did not make, so it also fills a database seeded by an earlier version.
 */
@Component
public class DevelopmentDemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentDemoSeed.class);

    private final DevelopmentPlans plans;
    private final DevelopmentRepository repository;
    private final Mentoring mentoring;
    private final CompetencyFrameworks frameworks;
    private final TrainingLibrary library;
    private final OrgFacts org;
    private final TransactionTemplate transactions;
    private final Organisations organisations;
    private final Principals principals;

    DevelopmentDemoSeed(DevelopmentPlans plans, DevelopmentRepository repository, Mentoring mentoring,
                        CompetencyFrameworks frameworks, TrainingLibrary library, OrgFacts org,
                        PlatformTransactionManager transactionManager, Organisations organisations,
                        Principals principals) {
        this.organisations = organisations;
        this.principals = principals;
        this.plans = plans;
        this.repository = repository;
        this.mentoring = mentoring;
        this.frameworks = frameworks;
        this.library = library;
        this.org = org;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public void seedIfMissing(boolean swedish, String managerEmail, String employeeEmail) {
        transactions.executeWithoutResult(status -> seed(swedish, managerEmail, employeeEmail));
        goalsFor(employeeEmail);
    }

    /**
     * The persona's approved plans get their development goals, made by the approver signed in (goals are made
     * by a signed-in person only): also for a plan an earlier version seeded without them. Nothing to do when
     * every objective has its goal.
     */
    void goalsFor(String employeeEmail) {
        TenantId tenant = TenantScope.explicitTenant().orElse(null);
        if (tenant == null) {
            return;
        }
        Organisation organisation = organisations.byId(tenant).orElse(null);
        record Approved(UUID plan, KadensUser approver) {
        }
        List<Approved> approved = transactions.execute(status -> {
            OrgPerson employee = org.personByEmail(employeeEmail).orElse(null);
            if (employee == null || organisation == null) {
                return List.<Approved>of();
            }
            List<Approved> found = new ArrayList<>();
            for (DevelopmentRepository.PlanRow plan : repository.plansOf(employee.id())) {
                boolean withoutGoals = repository.objectives(List.of(plan.id())).stream()
                        .anyMatch(o -> o.goalId() == null && o.status() != ObjectiveStatus.DROPPED);
                if (plan.status() == PlanStatus.APPROVED && plan.approvedBy() != null && withoutGoals) {
                    principals.activePerson(organisation, plan.approvedBy())
                            .ifPresent(user -> found.add(new Approved(plan.id(), user)));
                }
            }
            return found;
        });
        for (Approved plan : approved == null ? List.<Approved>of() : approved) {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(plan.approver(), null,
                    plan.approver().roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
            SecurityContextHolder.setContext(context);
            try {
                Integer made = transactions.execute(status -> plans.mirrorMissingGoals(plan.plan()));
                log.info("Made {} development goals for an approved demo plan", made);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
    }

    private void seed(boolean swedish, String managerEmail, String employeeEmail) {
        OrgPerson manager = org.personByEmail(managerEmail).orElse(null);
        OrgPerson employee = org.personByEmail(employeeEmail).orElse(null);
        if (manager == null || employee == null || !repository.plansOf(employee.id()).isEmpty()) {
            log.info("Development plans exist (or the personas are missing); leaving them as they are");
            return;
        }
        List<Competency> competencies = frameworks.competencies(false);
        if (competencies.size() < 2) {
            log.info("No competency framework to plan against; no development plans seeded");
            return;
        }
        Competency first = competencies.get(0);
        Competency second = competencies.get(1);
        List<UUID> mentors = new ArrayList<>(org.directReports(manager.id()));
        mentors.remove(employee.id());
        if (manager.managerId() != null) {
            mentors.add(0, manager.managerId());
        }
        mentors = mentors.stream().limit(2).toList();
        for (UUID mentor : mentors) {
            mentoring.offerAs(mentor, List.of(first.id(), second.id()));
        }
        // The organisation's day, which the plan's rules read (the clock's own zone is UTC: between midnight in
        // the organisation and midnight in UTC the plan's period and due days would be a day off).
        LocalDate today = plans.today();
        UUID plan = plans.createAs(employee.id(), today.minusMonths(1), today.plusMonths(5));
        List<TrainingItem> items = library.search(LibraryQuery.all());
        List<ObjectiveDraft.ActionDraft> firstActions = new ArrayList<>();
        firstActions.add(new ObjectiveDraft.ActionDraft(null, ActionKind.STRETCH,
                swedish ? "Leda veckomötet i teamet under en månad" : "Chair the team's weekly meeting for a month",
                null, null, today.plusWeeks(1), ActionStatus.OPEN));
        if (!items.isEmpty()) {
            firstActions.add(new ObjectiveDraft.ActionDraft(null, ActionKind.FORMAL_LEARNING, items.get(0).title(), null,
                    items.get(0).id(), today.plusMonths(2), ActionStatus.OPEN));
        }
        List<ObjectiveDraft.ActionDraft> secondActions = new ArrayList<>();
        if (!mentors.isEmpty()) {
            secondActions.add(new ObjectiveDraft.ActionDraft(null, ActionKind.LEARN_FROM_OTHERS,
                    swedish ? "Träffa min mentor varannan vecka" : "Meet my mentor every other week", mentors.get(0),
                    null, today.plusWeeks(2), ActionStatus.OPEN));
        }
        secondActions.add(new ObjectiveDraft.ActionDraft(null, ActionKind.STRETCH,
                swedish ? "Ta ansvar för en kunddemo" : "Own one customer demo", null, null, today.plusMonths(1),
                ActionStatus.OPEN));
        List<ObjectiveDraft> objectives = List.of(
                new ObjectiveDraft(null, swedish ? "Leda tre teammöten med tydlig agenda före " + today.plusMonths(3)
                        : "Chair three team meetings with a clear agenda by " + today.plusMonths(3), "",
                        ObjectiveSource.COMPETENCY_GAP, first.id(), null, null, null, today.plusMonths(3), null,
                        List.of(new ObjectiveDraft.MilestoneDraft(null, swedish ? "Första mötet hållet" : "First meeting held",
                                today.plusWeeks(3), null)), firstActions),
                new ObjectiveDraft(null, swedish ? "Presentera två kundfall för ledningen före " + today.plusMonths(5)
                        : "Present two customer cases to leadership by " + today.plusMonths(5), "",
                        ObjectiveSource.COMPETENCY_GAP, second.id(), null, null, null, today.plusMonths(5), null,
                        List.of(), secondActions));
        plans.editAs(employee.id(), plan, new DevelopmentPlans.PlanEdit(null, null, null, objectives));
        plans.submitAs(employee.id(), plan);
        UUID approver = org.isAbove(manager.id(), employee.id()) ? manager.id() : employee.managerId();
        if (approver != null) {
            plans.approveAs(approver, plan, swedish ? "Bra plan – vi följer upp i våra samtal."
                    : "Good plan – let us follow it up in our 1:1s.");
        }
        log.info("Seeded a development plan and {} mentors", mentors.size());
    }
}
