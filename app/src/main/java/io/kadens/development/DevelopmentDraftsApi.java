package io.kadens.development;

import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.DraftAction;
import io.kadens.ai.plans.DraftObjective;
import io.kadens.ai.plans.LeftOut;
import io.kadens.ai.plans.RankedGap;
import io.kadens.ai.smart.SmartCriterion;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Draft my plan" over REST: a draft of the caller's development plan with the evidence of every element,
 * never saved (a client saves what the person accepts through {@code PUT /api/v1/development-plans/{id}}).
 * Only the person drafts their own plan: 403 for a manager or HR admin of the person, 404 for anyone else.
 */
@RestController
@RequestMapping("/api/v1/ai/development-plans")
@Tag(name = "Development plan drafts", description = "AI-drafted development plans: ranked gaps, 2-4 objectives "
        + "with actions, every element citing the assessment, feedback, framework or training item it rests on (issue 13)")
class DevelopmentDraftsApi {

    private final DevelopmentDrafts drafts;
    private final CurrentUser currentUser;

    DevelopmentDraftsApi(DevelopmentDrafts drafts, CurrentUser currentUser) {
        this.drafts = drafts;
        this.currentUser = currentUser;
    }

    /**
     * @param employeeId    whose plan: the caller's own (the default)
     * @param targetRoleId  a job level to aim for; default the person's marked target role, else their level
     * @param horizonMonths 1 to 24, default 6
     * @param language      en or sv, default the caller's language
     */
    record DraftRequest(UUID employeeId, UUID targetRoleId, Integer horizonMonths, String language) {
    }

    /** The same, and the objective to draft again: {@code alternative} 1, 2, ... gives further versions. */
    record RedraftRequest(UUID employeeId, UUID targetRoleId, Integer horizonMonths, String language,
                          UUID competencyId, Integer alternative) {
    }

    /**
     * @param mode      OFFLINE or LLM; OFF when AI is off for the tenant (nothing drafted)
     * @param missing   what is missing for a draft and who can add it (empty when there is a draft)
     * @param sources   every source cited anywhere, resolved: {@code citations} elsewhere are {@code type:id}
     */
    record DraftResponse(String mode, String fallbackReason, UUID employeeId, UUID targetRoleId, String targetRoleName,
                         int horizonMonths, List<GapView> gaps, List<ObjectiveView> objectives, List<NoteView> leftOut,
                         List<MissingView> missing, List<DraftedPlan.CitedSource> sources) {
    }

    record GapView(int rank, String competencyId, String competencyName, Integer expected, Integer current,
                   String ratedBy, String origin, List<String> themes, List<String> citations) {
    }

    record ObjectiveView(String competencyId, String competencyName, String text, LocalDate due, int alternative,
                         int smartScore, List<String> smartMissing, List<ActionView> actions, List<String> citations) {
    }

    record ActionView(String kind, String text, String referenceId, String title, List<String> citations) {
    }

    record NoteView(String reason, String competencyId, String subject, String text) {
    }

    record MissingView(String what, String who, String message) {
    }

    @PostMapping("/draft")
    @Operation(summary = "Drafts the caller's development plan from their assessments, target role, feedback, the "
            + "framework, the training library and opted-in mentors, citing the evidence of every element; nothing "
            + "is saved")
    DraftResponse draft(@RequestBody DraftRequest request) {
        DraftedPlan drafted = drafts.draft(employee(request.employeeId()), request.targetRoleId(),
                request.horizonMonths(), request.language());
        return response(drafted);
    }

    @PostMapping("/draft/objective")
    @Operation(summary = "Drafts one objective of the caller's plan again (another training item, mentor, stretch "
            + "task and wording); 404 when the competency is not among the draft's objectives")
    ResponseEntity<ObjectiveView> redraft(@RequestBody RedraftRequest request) {
        if (request.competencyId() == null) {
            throw InvalidInputException.of("competencyId", "development.draft.competency.required");
        }
        DraftedPlan drafted = drafts.draft(employee(request.employeeId()), request.targetRoleId(),
                request.horizonMonths(), request.language());
        int alternative = request.alternative() == null ? 1 : request.alternative();
        return drafts.redraft(drafted, request.competencyId().toString(), alternative)
                .map(DevelopmentDraftsApi::objective).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private UUID employee(UUID requested) {
        return requested != null ? requested : currentUser.require().personId();
    }

    static DraftResponse response(DraftedPlan drafted) {
        String language = drafted.request() == null ? "en" : drafted.request().language();
        List<MissingView> missing = drafted.missing().stream().map(m -> new MissingView(m.what().name(), m.who().name(),
                m.describe(language))).toList();
        if (drafted.draft() == null) {
            return new DraftResponse(drafted.mode().name(), fallback(drafted), drafted.personId(),
                    drafted.targetLevelId(), drafted.targetRoleName(), drafted.horizonMonths(), List.of(), List.of(),
                    List.of(), missing, List.of());
        }
        List<DraftedPlan.CitedSource> sources = drafted.draft().citedSources().stream()
                .map(ref -> drafted.source(ref).orElseThrow()).toList();
        return new DraftResponse(drafted.mode().name(), fallback(drafted), drafted.personId(), drafted.targetLevelId(),
                drafted.targetRoleName(), drafted.horizonMonths(),
                drafted.draft().gaps().stream().map(DevelopmentDraftsApi::gap).toList(),
                drafted.draft().objectives().stream().map(DevelopmentDraftsApi::objective).toList(),
                drafted.draft().leftOut().stream().map(DevelopmentDraftsApi::note).toList(), missing, sources);
    }

    private static String fallback(DraftedPlan drafted) {
        return drafted.fallbackReason() == null ? null : drafted.fallbackReason().name();
    }

    private static GapView gap(RankedGap gap) {
        return new GapView(gap.rank(), gap.competencyId(), gap.competencyName(), gap.expected(), gap.current(),
                gap.ratedBy() == null ? null : gap.ratedBy().name(), gap.origin().name(), gap.themeNames(),
                refs(gap.citations()));
    }

    static ObjectiveView objective(DraftObjective objective) {
        return new ObjectiveView(objective.competencyId(), objective.competencyName(), objective.text(), objective.due(),
                objective.alternative(), objective.smart().score(),
                objective.smart().missing().stream().sorted().map(SmartCriterion::jsonName).toList(),
                objective.actions().stream().map(DevelopmentDraftsApi::action).toList(), refs(objective.citations()));
    }

    private static ActionView action(DraftAction action) {
        return new ActionView(action.kind().name(), action.text(), action.referenceId(), action.title(),
                refs(action.citations()));
    }

    private static NoteView note(LeftOut note) {
        return new NoteView(note.reason().name(), note.competencyId(), note.subject(), note.text());
    }

    private static List<String> refs(List<SourceRef> refs) {
        return refs.stream().map(SourceRef::toString).toList();
    }
}
