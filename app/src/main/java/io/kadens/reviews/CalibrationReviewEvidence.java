package io.kadens.reviews;

import io.kadens.settings.TenantSettings;
import io.kadens.settings.TenantSettingsService;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reviews of a cycle say about one participant, for the calibration meeting to put beside the preview,
 * the manager's rating and the final rating: the submitted manager review's answers (rating per question and
 * written text, in template order) and the peer and upward answers pooled per question and source, withheld below
 * the tenant's anonymity threshold exactly as on the sharing page. Like {@link ReviewOutcomes}, it checks no access
 * rights: the caller decides who may read a person's evidence (calibration: its members and the manager chain, never
 * the person), and nothing else of the reviews tables leaves this package.
 */
@Service
public class CalibrationReviewEvidence {

    private final ReviewSharingRepository sharing;
    private final ReviewCycleRepository cycles;
    private final ReviewTemplateRepository templates;
    private final Results360 results;
    private final TenantSettingsService settings;

    CalibrationReviewEvidence(ReviewSharingRepository sharing, ReviewCycleRepository cycles,
                              ReviewTemplateRepository templates, Results360 results, TenantSettingsService settings) {
        this.sharing = sharing;
        this.cycles = cycles;
        this.templates = templates;
        this.results = results;
        this.settings = settings;
    }

    /**
     * @param managerReviewSubmitted whether the manager review is submitted; a draft is not evidence yet, so
     *                               {@code managerReview} is then empty
     * @param managerReview          the manager review's answered questions, in template order, in the reader's language
     * @param results360             peer and upward answers, pooled; withheld per question below the threshold
     */
    public record ReviewEvidence(UUID cycleId, UUID employeeId, boolean managerReviewSubmitted,
                                 List<SharedReview.Answer> managerReview, Pooled360 results360) {
        public ReviewEvidence {
            managerReview = List.copyOf(managerReview);
        }
    }

    /** The evidence about one participant of a launched cycle; an unknown or draft cycle has none (empty lists). */
    @Transactional(readOnly = true)
    public ReviewEvidence of(UUID cycleId, UUID employeeId, Locale locale) {
        TenantSettings tenant = settings.current();
        var cycle = cycles.cycle(cycleId).filter(c -> c.templateVersion() != null).orElse(null);
        if (cycle == null) {
            return new ReviewEvidence(cycleId, employeeId, false, List.of(),
                    new Pooled360(cycleId, employeeId, tenant.anonymityThreshold(), tenant.ratingPoints(), List.of()));
        }
        var answers = sharing.submittedManagerReview(cycleId, employeeId);
        List<SharedReview.Answer> managerReview = answers.isEmpty() ? List.of()
                : ReviewSharing.answers(templates.version(cycle.templateId(), cycle.templateVersion()).orElseThrow(),
                answers.get(), tenant.ratingLabels(), locale);
        return new ReviewEvidence(cycleId, employeeId, answers.isPresent(), managerReview,
                results.pool(cycleId, employeeId, tenant.anonymityThreshold(), tenant.ratingPoints(), locale));
    }
}
