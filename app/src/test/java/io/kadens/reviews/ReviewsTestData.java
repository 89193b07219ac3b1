package io.kadens.reviews;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.support.TestTenants.Company;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A review template of a test company whose names name the company's slug, so that a leak shows up.
 * For the isolation suite and the API tests.
 */
@Component
public class ReviewsTestData {

    private final ReviewTemplates templates;

    ReviewsTestData(ReviewTemplates templates) {
        this.templates = templates;
    }

    public record Seeded(UUID template) {
    }

    public Seeded seed(Company company) {
        TemplateDraft starter = ReviewTemplates.starter();
        ReviewTemplate template = signedIn(as(company, company.hrAdmin()), () -> templates.create(
                new TemplateDraft("Template of " + company.slug(), "Mall för " + company.slug(), starter.sections())));
        return new Seeded(template.id());
    }
}
