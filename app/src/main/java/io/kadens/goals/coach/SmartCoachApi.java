package io.kadens.goals.coach;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The SMART goal coach over REST. */
@RestController
@RequestMapping("/api/v1/ai")
@Tag(name = "SMART goal coach", description = "Checks goals against the SMART criteria and suggests SMART rewrites, "
        + "in English and Swedish. A parentGoalId the caller may not see answers like a missing one (400, field "
        + "parentGoalId).")
class SmartCoachApi {

    private final SmartCoachService coach;

    SmartCoachApi(SmartCoachService coach) {
        this.coach = coach;
    }

    @PostMapping("/smart-check")
    @Operation(summary = "Check a goal: per criterion pass or fail and a one-line reason in the goal's language",
            description = "Offline rules, always available (also when AI is switched off); a parent goal that shares "
                    + "no word with the goal is also compared by meaning.")
    CoachCheck check(@RequestBody CoachRequest request) {
        return coach.check(request);
    }

    @PostMapping("/smart-suggestions")
    @Operation(summary = "Suggest up to three SMART rewrites of a goal, each with its checklist and citations",
            description = "Targets come from similar goals the caller may see and from company content, the "
                    + "deadline from periodEnd, relevance from the parent goal. In LLM mode the language model "
                    + "writes them (mode LLM) or the offline engine does with a fallbackReason; a rewrite that "
                    + "scores lower than the original is never returned. With AI switched off for the tenant: mode "
                    + "OFF, no suggestions and a message.")
    CoachSuggestions suggest(@RequestBody CoachRequest request) {
        return coach.suggest(request);
    }
}
