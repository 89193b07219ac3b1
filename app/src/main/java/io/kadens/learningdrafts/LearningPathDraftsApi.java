package io.kadens.learningdrafts;

import io.kadens.ai.AiResult;
import io.kadens.ai.learningpaths.LearningPathDraft;
import io.kadens.ai.learningpaths.LearningPathOutcome;
import io.kadens.ai.learningpaths.LearningPathRequest;
import io.kadens.ai.plans.CourseLevel;
import io.kadens.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * AI-drafted learning content over REST, for HR admins (others get 403): a draft for a competency and
 * a level, and publishing an edited draft as an internal training item. Another tenant's competency
 * answers 404.
 */
@RestController
@RequestMapping("/api/v1/ai/learning-paths")
@Tag(name = "Learning path drafts", description = "AI-drafted learning paths and course outlines from company "
        + "content and the training library, with citations; publishing creates an internal training item (issue 13)")
class LearningPathDraftsApi {

    private final LearningPathDrafts drafts;

    LearningPathDraftsApi(LearningPathDrafts drafts) {
        this.drafts = drafts;
    }

    /**
     * @param kind     LEARNING_PATH (default) or COURSE_OUTLINE
     * @param language en (default) or sv
     */
    record DraftRequest(UUID competencyId, Integer level, LearningPathRequest.Kind kind, String language) {
    }

    /**
     * @param mode           who answered: OFFLINE, or OFF when AI is off for the tenant (no draft then)
     * @param draft          the draft, with the citations of every step; null when there is nothing to draft from
     * @param missing        what is missing when there is no draft (message key), else null
     */
    record DraftResponse(String mode, String fallbackReason, LearningPathDraft draft, String text, String missing) {
    }

    @PostMapping("/draft")
    @Operation(summary = "Drafts a learning path or course outline for a competency up to a level, citing the "
            + "company content and library items it rests on; nothing is saved (HR admins)")
    ResponseEntity<DraftResponse> draft(@RequestBody DraftRequest request) {
        if (request.competencyId() == null) {
            throw InvalidInputException.of("competencyId", "learningdrafts.competency.required");
        }
        if (request.level() == null) {
            throw InvalidInputException.of("level", "learningdrafts.level.invalid");
        }
        String language = request.language() == null || request.language().isBlank() ? "en" : request.language();
        if (!language.equals("en") && !language.equals("sv")) {
            throw InvalidInputException.of("language", "learningdrafts.language.invalid");
        }
        LearningPathRequest.Kind kind = request.kind() == null ? LearningPathRequest.Kind.LEARNING_PATH : request.kind();
        return drafts.draft(request.competencyId(), request.level(), kind, language)
                .map(LearningPathDraftsApi::response)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static DraftResponse response(AiResult<LearningPathOutcome> result) {
        String fallback = result.fallbackReason() == null ? null : result.fallbackReason().name();
        return switch (result.value()) {
            case null -> new DraftResponse(result.mode().name(), fallback, null, null, null);
            case LearningPathOutcome.Drafted drafted -> new DraftResponse(result.mode().name(), fallback,
                    drafted.draft(), drafted.draft().asText(), null);
            case LearningPathOutcome.NothingToDraftFrom nothing -> new DraftResponse(result.mode().name(), fallback,
                    null, null, nothing.messageKey());
        };
    }

    record PublishRequest(UUID competencyId, String title, String description, CourseLevel level, String language) {
    }

    record Created(UUID id) {
    }

    @PostMapping("/publish")
    @Operation(summary = "Publishes an edited draft as an internal training item tagged with the competency (HR admins)")
    ResponseEntity<Created> publish(@RequestBody PublishRequest request) {
        if (request.competencyId() == null) {
            throw InvalidInputException.of("competencyId", "learningdrafts.competency.required");
        }
        return drafts.publish(request.competencyId(), request.title(), request.description(), request.level(),
                        request.language())
                .map(id -> ResponseEntity.status(HttpStatus.CREATED).body(new Created(id)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
