package io.kadens.learning;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.awaitility.Awaitility.await;

import io.kadens.content.ContentLibrary;
import io.kadens.content.ContentUpload;
import io.kadens.content.DocumentKind;
import io.kadens.content.IndexingJob;
import io.kadens.support.TestTenants.Company;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A training item (with a file) and an indexed content document in a test company, each named after
 * the company's slug so that a leak shows up in any response that contains it. For the isolation suite.
 */
@Component
public class LearningTestData {

    private final TrainingLibrary library;
    private final ContentLibrary content;

    LearningTestData(TrainingLibrary library, ContentLibrary content) {
        this.library = library;
        this.content = content;
    }

    public record Seeded(UUID trainingItem, UUID contentDocument) {
    }

    public Seeded seed(Company company) {
        return signedIn(as(company, company.hrAdmin()), () -> {
            UUID item = library.create(new TrainingItemData("Course of " + company.slug(), "Only for " + company.slug(),
                    ProviderKind.INTERNAL, null, null, TrainingFormat.COURSE, 30, TrainingLevel.BEGINNER,
                    List.of("Secrecy " + company.slug()), "en", List.of()));
            library.attachFile(item, 0, new TrainingFile("slides.txt", "text/plain",
                    ("Slides of " + company.slug()).getBytes(StandardCharsets.UTF_8)));
            IndexingJob job = content.upload(new ContentUpload("policy-" + company.slug() + ".md",
                    ("# Policy of " + company.slug() + "\n\nEvery rule of " + company.slug() + " is written here.\n")
                            .getBytes(StandardCharsets.UTF_8), DocumentKind.POLICY, "en", null, null));
            // In this thread: the job is read as the signed-in admin.
            await("indexing of " + company.slug() + "'s policy").atMost(Duration.ofSeconds(60))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                    .until(() -> !content.job(job.id()).orElseThrow().active());
            return new Seeded(item, job.documentId());
        });
    }
}
