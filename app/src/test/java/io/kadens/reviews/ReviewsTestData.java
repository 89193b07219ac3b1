package io.kadens.reviews;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;

import io.kadens.settings.TenantSettingsService;
import io.kadens.support.TestTenants.Company;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A review template and a launched cycle of a test company whose names name the company's slug, so that a leak shows up.
 * For the isolation suite and the API tests.
 */
@Component
public class ReviewsTestData {

    private final ReviewTemplates templates;
    private final ReviewCycles cycles;
    private final TenantSettingsService settings;

    ReviewsTestData(ReviewTemplates templates, ReviewCycles cycles, TenantSettingsService settings) {
        this.templates = templates;
        this.cycles = cycles;
        this.settings = settings;
    }

    /** The template, and a launched cycle of the company's Sales department named after the slug. */
    public record Seeded(UUID template, UUID cycle) {
    }

    public Seeded seed(Company company) {
        TemplateDraft starter = ReviewTemplates.starter();
        ReviewTemplate template = signedIn(as(company, company.hrAdmin()), () -> templates.create(
                new TemplateDraft("Template of " + company.slug(), "Mall för " + company.slug(), starter.sections())));
        // The window ends today in the company's time zone, the zone feedback given now is dated by.
        java.time.LocalDate today = java.time.LocalDate.now(signedIn(as(company, company.hrAdmin()), settings::zone));
        CycleDraft base = ReviewCycles.defaultDraft(CycleKind.QUARTERLY, template.id(), today);
        ReviewCycle cycle = signedIn(as(company, company.hrAdmin()), () -> {
            ReviewCycle draft = cycles.create(new CycleDraft("Cycle of " + company.slug(), base.kind(), base.templateId(),
                    base.windowStart(), base.windowEnd(), base.peerCap(), base.deadlines(),
                    new ParticipantSelection(java.util.Set.of(company.salesId()), null, null)));
            return cycles.launch(draft.id(), draft.version());
        });
        return new Seeded(template.id(), cycle.id());
    }
}
