package io.kadens.goals.coach;

import io.kadens.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SMART goal coach over REST. */
@RestController
@RequestMapping("/api/v1/ai")
@Tag(name = "SMART goal coach", description = "Checks goals against the SMART criteria and suggests SMART rewrites, "
        + "in English and Swedish. A parentGoalId the caller may not see answers like a missing one: 404.")
class SmartCoachApi {

    private final SmartCoachService coach;

    SmartCoachApi(SmartCoachService coach) {
        this.coach = coach;
    }

    @PostMapping("/smart-check")
    @Operation(summary = "Check a goal: per criterion pass or fail and a one-line reason in the goal's language",
            description = "Offline rules, well under a millisecond, always available (also when AI is switched off). "
                    + "With a parentGoalId, Relevant asks whether the goal shares a theme with that parent.")
    CoachCheck check(@RequestBody CoachRequest request) {
        return parentHiddenAsMissing(() -> coach.check(request));
    }

    @PostMapping("/smart-suggestions")
    @Operation(summary = "Suggest up to three SMART rewrites of a goal, each with its checklist and citations",
            description = "Targets come from similar goals the caller may see and from company content, the "
                    + "deadline from periodEnd, relevance from the parent goal. In LLM mode the language model "
                    + "writes them (mode LLM) or the offline engine does with a fallbackReason; a rewrite that "
                    + "scores lower than the original is never returned. With AI switched off for the tenant: mode "
                    + "OFF, no suggestions and a message.")
    CoachSuggestions suggest(@RequestBody CoachRequest request) {
        return parentHiddenAsMissing(() -> coach.suggest(request));
    }

    /** A parent goal that is missing, hidden or another tenant's answers 404, like every unknown id in the API. */
    private static <T> T parentHiddenAsMissing(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException invalid) {
            if (invalid.fieldErrors().containsKey("parentGoalId")) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such goal");
            }
            throw invalid;
        }
    }
}
