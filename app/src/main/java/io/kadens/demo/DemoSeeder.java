package io.kadens.demo;

import io.kadens.demo.DemoCompany.DemoDepartment;
import io.kadens.demo.DemoCompany.DemoLogin;
import io.kadens.demo.DemoCompany.DemoPerson;
import io.kadens.content.ContentLibrary;
import io.kadens.feedback.FeedbackDemoData;
import io.kadens.content.ContentUpload;
import io.kadens.content.DocumentKind;
import io.kadens.goals.GoalsDemoSeed;
import io.kadens.learning.ImportReport;
import io.kadens.learning.LearningPlans;
import io.kadens.oneonones.OneOnOneDemoSeed;
import io.kadens.learning.LibraryQuery;
import io.kadens.learning.ProgressStatus;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingLibrary;
import io.kadens.organisation.NewOrganisation;
import io.kadens.organisation.Organisations;
import io.kadens.people.NewPerson;
import io.kadens.people.PeopleAdministration;
import io.kadens.security.Accounts;
import io.kadens.security.Role;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo companies and the operator. Idempotent: a company that exists is left alone.
 * Each company is written in one transaction with its tenant bound, so a failure leaves nothing.
 */
@Service
public class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final Organisations organisations;
    private final PeopleAdministration people;
    private final Accounts accounts;
    private final TransactionTemplate transactions;
    private final TrainingLibrary training;
    private final LearningPlans learningPlans;
    private final ContentLibrary content;
    private final DemoOrganisation organisation;
    private final FeedbackDemoData feedback;
    private final OneOnOneDemoSeed oneOnOnes;
    private final GoalsDemoSeed goals;
    private final io.kadens.rollout.RolloutDemoSeed rollout;
    private final io.kadens.reviews.ReviewsDemoSeed reviews;
    private final io.kadens.competencies.CompetenciesDemoSeed competencies;
    private final io.kadens.surveys.SurveysDemoSeed surveys;
    private final io.kadens.analytics.AnalyticsDemoSeed analytics;
    private final io.kadens.development.DevelopmentDemoSeed development;
    private final io.kadens.calibration.CalibrationDemoSeed calibration;
    private final io.kadens.compensation.CompensationDemoSeed compensation;
    /** Written reviews in the demo cycles (issue 15, part 4). */
    private final io.kadens.reviews.ReviewWritingDemoSeed reviewWriting;
    /** Sara's peer nominations and shared outcome (issue 15, demo). */
    private final io.kadens.reviews.Review360DemoSeed review360;

    DemoSeeder(Organisations organisations, PeopleAdministration people, Accounts accounts,
               PlatformTransactionManager transactionManager, TrainingLibrary training, LearningPlans learningPlans,
               ContentLibrary content, DemoOrganisation organisation, FeedbackDemoData feedback,
               OneOnOneDemoSeed oneOnOnes, GoalsDemoSeed goals, io.kadens.rollout.RolloutDemoSeed rollout,
               io.kadens.reviews.ReviewsDemoSeed reviews,
               io.kadens.competencies.CompetenciesDemoSeed competencies,
               io.kadens.surveys.SurveysDemoSeed surveys, io.kadens.analytics.AnalyticsDemoSeed analytics,
               io.kadens.development.DevelopmentDemoSeed development,
               io.kadens.calibration.CalibrationDemoSeed calibration,
               io.kadens.compensation.CompensationDemoSeed compensation,
               io.kadens.reviews.ReviewWritingDemoSeed reviewWriting,
               io.kadens.reviews.Review360DemoSeed review360) {
        this.review360 = review360;
        this.calibration = calibration;
        this.compensation = compensation;
        this.reviewWriting = reviewWriting;
        this.analytics = analytics;
        this.development = development;
        this.rollout = rollout;
        this.reviews = reviews;
        this.competencies = competencies;
        this.surveys = surveys;
        this.organisation = organisation;
        this.feedback = feedback;
        this.oneOnOnes = oneOnOnes;
        this.goals = goals;
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.training = training;
        this.learningPlans = learningPlans;
        this.content = content;
    }

    /** Seeds whatever is missing; returns the printed list of logins. */
    public String seed() {
        if (!accounts.operatorExists(DemoCompanies.OPERATOR_EMAIL)) {
            accounts.createOperator(DemoCompanies.OPERATOR_EMAIL, "Kadens Operator", DemoCompanies.PASSWORD);
        }
        for (DemoCompany company : DemoCompanies.all()) {
            var existing = organisations.bySlug(company.slug());
            if (existing.isPresent()) {
                log.info("Demo company {} exists; adding only what later features seed", company.name());
                seedLaterFeatures(company, existing.get().id());
                continue;
            }
            seed(company);
        }
        return logins();
    }

    private void seed(DemoCompany company) {
        TenantId tenant = TenantId.random();
        Map<String, UUID> byEmail = new HashMap<>();
        Map<String, UUID> departments = new HashMap<>();
        TenantScope.run(tenant, () -> transactions.executeWithoutResult(status -> {
            organisations.register(tenant,
                    new NewOrganisation(company.slug(), company.name(), company.locale(), company.timeZone()));
            for (DemoDepartment department : company.departments()) {
                UUID departmentId = people.createDepartment(department.name(), null);
                departments.put(department.name(), departmentId);
                for (DemoPerson person : department.people()) {
                    String email = DemoCompanies.email(person.givenName(), person.familyName(), company.domain());
                    UUID id = people.addPerson(new NewPerson(person.givenName(), person.familyName(), email,
                            person.jobTitle(), departmentId,
                            person.managerEmail() == null ? null : byEmail.get(person.managerEmail()),
                            person.location(), phone(byEmail.size(), company.locale()),
                            LocalDate.parse(person.startDate()), null));
                    byEmail.put(email, id);
                    accounts.enableSignIn(id, DemoCompanies.PASSWORD);
                }
            }
            company.logins().stream().filter(login -> login.persona().equals("HR admin"))
                    .forEach(login -> accounts.grant(byEmail.get(login.email()), Role.HR_ADMIN));
            organisation.apply(company, byEmail, departments);
        }));
        TenantScope.run(tenant, () -> seedLearning(company, byEmail));
        TenantScope.run(tenant, () -> goals.seed(company.slug(), company.timeZone()));
        TenantScope.run(tenant, () -> feedback.seed(company.slug(), byEmail));
        TenantScope.run(tenant, () -> oneOnOnes.seed("sv".equals(company.locale()),
                "sv".equals(company.locale()) ? null : byEmail.get(login(company, "Manager")), 13));
        seedLaterFeatures(company, tenant);
        log.info("Seeded demo company {}", company.name());
    }

    private void seedCompetencies(DemoCompany company) {
        competencies.seed("sv".equals(company.locale()), login(company, "Manager"), login(company, "Employee"));
    }

    /**
     * Features that came after the first demo data seed themselves here, each leaving alone a company that
     * already has its data, so a database seeded by an earlier version gets them too.
     */
    private void seedLaterFeatures(DemoCompany company, TenantId tenant) {
        TenantScope.run(tenant, () -> seedCompetencies(company));
        TenantScope.run(tenant, () -> rollout.seedIfMissing(company.slug(), company.timeZone()));
        TenantScope.run(tenant, () -> reviews.seedIfMissing(company.slug()));
        TenantScope.run(tenant, () -> reviewWriting.seedIfMissing(company.slug()));
        TenantScope.run(tenant, () -> surveys.seedIfMissing(company.slug()));
        TenantScope.run(tenant, () -> analytics.seedIfMissing(company.slug(), company.timeZone()));
        TenantScope.run(tenant, () -> development.seedIfMissing("sv".equals(company.locale()),
                login(company, "Manager"), login(company, "Employee")));
        TenantScope.run(tenant, () -> calibration.seedIfMissing(company.slug()));
        TenantScope.run(tenant, () -> compensation.seedIfMissing(company.slug()));
        // after the written reviews and calibration: it adds a submitted peer review and shares an outcome
        TenantScope.run(tenant, () -> review360.seedIfMissing(company.slug()));
    }

    /**
     * The training catalogue, a competency framework (indexed in the background like any upload) and
     * a few assignments with progress, so the library, search and the completion chart have content.
     */
    private void seedLearning(DemoCompany company, Map<String, UUID> byEmail) {
        DemoLearning.Content demo = DemoLearning.forCompany(company.slug());
        ImportReport report = training.importCatalogue(demo.catalogueBytes());
        if (!report.imported()) {
            throw new IllegalStateException("demo catalogue of " + company.name() + ": " + report.problems());
        }
        UUID hrAdmin = byEmail.get(login(company, "HR admin"));
        UUID manager = byEmail.get(login(company, "Manager"));
        UUID employee = byEmail.get(login(company, "Employee"));
        content.uploadOnBehalfOf(hrAdmin, new ContentUpload(demo.fileName(), demo.markdownBytes(),
                DocumentKind.COMPETENCY_FRAMEWORK, company.locale(), null, null));
        Map<String, UUID> items = new HashMap<>();
        training.search(LibraryQuery.all()).forEach((TrainingItem item) -> items.put(item.title(), item.id()));
        UUID assigned = items.get(demo.assignedTitle());
        UUID completed = items.get(demo.completedTitle());
        // The organisation's day from the application's clock, as the learning rules read it: the server's day is
        // another one for part of each day (and is one tests cannot move).
        LocalDate today = learningPlans.today();
        learningPlans.assignAs(manager, assigned, employee, today.plusDays(30));
        learningPlans.assignAs(manager, completed, employee, today.plusDays(7));
        learningPlans.recordProgressAs(employee, assigned, ProgressStatus.IN_PROGRESS, 40, null);
        learningPlans.recordProgressAs(employee, completed, ProgressStatus.COMPLETED, 100, today.minusDays(3));
    }

    private static String login(DemoCompany company, String persona) {
        return company.logins().stream().filter(login -> login.persona().equals(persona))
                .map(DemoLogin::email).findFirst()
                .orElseThrow(() -> new IllegalStateException(persona + " of " + company.name()));
    }

    private static String phone(int index, String locale) {
        return "sv".equals(locale) ? "+46 70 %03d %02d %02d".formatted(100 + index, index % 100, (index * 7) % 100)
                : "+1 212 555 %04d".formatted(1000 + index);
    }

    static String logins() {
        StringBuilder out = new StringBuilder();
        out.append("\n  Kadens demo logins (password for all: ").append(DemoCompanies.PASSWORD).append(")\n");
        out.append("  %-12s %-12s %-34s%n".formatted("organisation", "persona", "email"));
        for (DemoCompany company : DemoCompanies.all()) {
            for (DemoLogin login : company.logins()) {
                out.append("  %-12s %-12s %-34s%n".formatted(company.slug(), login.persona(), login.email()));
            }
        }
        out.append("  %-12s %-12s %-34s%n".formatted("operator", "Operator", DemoCompanies.OPERATOR_EMAIL));
        return out.toString();
    }
}
