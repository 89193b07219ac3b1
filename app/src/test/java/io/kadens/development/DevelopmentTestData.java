package io.kadens.development;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.competencies.CompetencyTestData;
import io.kadens.learning.ProviderKind;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingItemData;
import io.kadens.learning.TrainingLevel;
import io.kadens.learning.TrainingLibrary;
import io.kadens.support.TestTenants.Company;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An approved development plan of the company's employee (approved by their manager), with a competency-gap
 * and a growth-area objective, stretch work, a course of the library and a mentor (the team lead, who offers
 * mentoring); texts contain the company's slug so that a leak shows in any response. For the isolation suite.
 */
@Component
public class DevelopmentTestData {

    private final DevelopmentPlans plans;
    private final Mentoring mentoring;
    private final TrainingLibrary library;
    private final CompetencyTestData competencies;

    DevelopmentTestData(DevelopmentPlans plans, Mentoring mentoring, TrainingLibrary library,
                        CompetencyTestData competencies) {
        this.plans = plans;
        this.mentoring = mentoring;
        this.library = library;
        this.competencies = competencies;
    }

    public record Seeded(UUID plan, UUID coreCompetency, UUID trainingItem, UUID stretchAction, UUID learningAction,
                         UUID mentorAction, UUID milestone, UUID objective) {
    }

    /** A framework and a course of its own, then the plan. */
    public Seeded seed(Company company) {
        CompetencyTestData.Seeded framework = competencies.framework(company);
        UUID item = signedIn(as(company, company.hrAdmin()), () -> library.create(new TrainingItemData(
                "Facilitation course of " + company.slug(), "Learn to run meetings at " + company.slug(),
                ProviderKind.INTERNAL, null, null, TrainingFormat.COURSE, 60, TrainingLevel.BEGINNER,
                List.of("Communication"), "en", List.of())));
        return seed(company, framework.coreCompetency(), item);
    }

    /** The plan, on a competency and a training item that exist already (the isolation suite's). */
    public Seeded seed(Company company, UUID coreCompetency, UUID trainingItem) {
        signedIn(as(company, company.teamLead()), () -> mentoring.offer(List.of(coreCompetency)));
        LocalDate today = io.kadens.support.TestTenants.today();
        DevelopmentPlan draft = signedIn(as(company, company.employee()), () -> {
            UUID id = plans.create(company.employee().id(), today.minusDays(10), today.plusMonths(6), 30);
            DevelopmentPlan created = plans.plan(id);
            return plans.edit(id, created.version(), new DevelopmentPlans.PlanEdit(null, null, null,
                    objectives(company, coreCompetency, trainingItem, today)));
        });
        DevelopmentPlan submitted = signedIn(as(company, company.employee()),
                () -> plans.submit(draft.id(), draft.version()));
        DevelopmentPlan approved = signedIn(as(company, company.manager()),
                () -> plans.approve(submitted.id(), submitted.version(), "Approved plan of " + company.slug()));
        Objective first = approved.objectives().getFirst();
        Objective second = approved.objectives().get(1);
        return new Seeded(approved.id(), coreCompetency, trainingItem,
                first.actions().stream().filter(a -> a.kind() == ActionKind.STRETCH).findFirst().orElseThrow().id(),
                first.actions().stream().filter(a -> a.kind() == ActionKind.FORMAL_LEARNING).findFirst().orElseThrow().id(),
                second.actions().stream().filter(a -> a.kind() == ActionKind.LEARN_FROM_OTHERS).findFirst().orElseThrow().id(),
                first.milestones().getFirst().id(), first.id());
    }

    static List<ObjectiveDraft> objectives(Company company, UUID competency, UUID item, LocalDate today) {
        return List.of(
                new ObjectiveDraft(null, "Chair three team meetings of " + company.slug() + " by " + today.plusMonths(3),
                        "Meetings with agendas at " + company.slug(), ObjectiveSource.COMPETENCY_GAP, competency, null,
                        null, null, today.plusMonths(3), null,
                        List.of(new ObjectiveDraft.MilestoneDraft(null, "First meeting of " + company.slug(),
                                today.plusWeeks(3), null)),
                        List.of(new ObjectiveDraft.ActionDraft(null, ActionKind.STRETCH,
                                        "Chair the weekly meeting of " + company.slug(), null, null, today.plusDays(3), null),
                                new ObjectiveDraft.ActionDraft(null, ActionKind.FORMAL_LEARNING,
                                        "Take the facilitation course of " + company.slug(), null, item,
                                        today.plusMonths(1), null))),
                new ObjectiveDraft(null, "Give two demos at " + company.slug() + " by " + today.plusMonths(5), "",
                        ObjectiveSource.GROWTH_AREA, null, null, "Presenting at " + company.slug(), null,
                        today.plusMonths(5), null, List.of(),
                        List.of(new ObjectiveDraft.ActionDraft(null, ActionKind.LEARN_FROM_OTHERS,
                                "Rehearse with my mentor at " + company.slug(), company.teamLead().id(), null,
                                today.plusWeeks(2), null))));
    }
}
