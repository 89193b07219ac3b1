package io.kadens.knowledge;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.awaitility.Awaitility.await;

import io.kadens.content.ContentLibrary;
import io.kadens.content.ContentUpload;
import io.kadens.content.DocumentKind;
import io.kadens.content.IndexingJob;
import io.kadens.goals.CycleKind;
import io.kadens.goals.GoalAdministration;
import io.kadens.goals.GoalCycleData;
import io.kadens.goals.GoalData;
import io.kadens.goals.GoalKind;
import io.kadens.goals.GoalLevel;
import io.kadens.goals.GoalVisibility;
import io.kadens.goals.Goals;
import io.kadens.learning.ProviderKind;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingItemData;
import io.kadens.learning.TrainingLevel;
import io.kadens.learning.TrainingLibrary;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.support.TestTenants;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Puts sources into a company's knowledge the way people do, through each feature's own service: an
 * uploaded document, a training item, a goal. Search tests then see exactly what production indexes,
 * under the features' real access rules.
 */
@Component
public class KnowledgeFixtures {

    private final ContentLibrary content;
    private final TrainingLibrary training;
    private final Goals goals;
    private final GoalAdministration goalAdministration;

    KnowledgeFixtures(ContentLibrary content, TrainingLibrary training, Goals goals,
                      GoalAdministration goalAdministration) {
        this.content = content;
        this.training = training;
        this.goals = goals;
        this.goalAdministration = goalAdministration;
    }

    /** Uploads a Markdown document as the company's HR admin and waits until it is indexed; its id. */
    public UUID upload(Company company, String fileName, String markdown) {
        IndexingJob queued = signedIn(as(company, company.hrAdmin()), () -> content.upload(new ContentUpload(fileName,
                markdown.getBytes(StandardCharsets.UTF_8), DocumentKind.POLICY, "en", null, null)));
        IndexingJob done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> signedIn(as(company, company.hrAdmin()), () -> content.job(queued.id())).orElseThrow(),
                        job -> !job.active());
        if (done.status() != IndexingJob.Status.DONE) {
            throw new AssertionError("indexing " + fileName + " ended " + done.status() + ": " + done.failureKey());
        }
        return done.documentId();
    }

    /** A training item in the company's catalogue, created by its HR admin. */
    public UUID trainingItem(Company company, String title, String description) {
        return signedIn(as(company, company.hrAdmin()), () -> training.create(new TrainingItemData(title, description,
                ProviderKind.INTERNAL, null, null, TrainingFormat.COURSE, 60, TrainingLevel.BEGINNER, List.of(), "en",
                List.of())));
    }

    /** A goal cycle around today, created by the company's HR admin. */
    public UUID cycle(Company company) {
        LocalDate today = TestTenants.today();
        return signedIn(as(company, company.hrAdmin()), () -> goalAdministration.createCycle(new GoalCycleData(
                "Now " + UUID.randomUUID().toString().substring(0, 4), CycleKind.QUARTER, today.minusDays(45),
                today.plusDays(45), false)));
    }

    /** An individual goal of {@code owner}, created by them. */
    public UUID goal(Company company, UUID cycle, Person owner, String title, String description,
                     GoalVisibility visibility) {
        return signedIn(as(company, owner), () -> goals.create(new GoalData(title, description, GoalLevel.INDIVIDUAL,
                null, null, owner.id(), Set.of(), null, visibility, cycle, null, null, null, GoalKind.BUSINESS)));
    }
}
