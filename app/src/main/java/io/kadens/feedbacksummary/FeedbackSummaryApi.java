package io.kadens.feedbacksummary;

import io.kadens.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The AI feedback summary over REST. The service decides who may ask; everyone else gets 404. */
@RestController
@RequestMapping("/api/v1/ai")
@Tag(name = "AI feedback summary")
class FeedbackSummaryApi {

    private final FeedbackSummaryService summaries;

    FeedbackSummaryApi(FeedbackSummaryService summaries) {
        this.summaries = summaries;
    }

    /**
     * @param from first day of the period; default six months before {@code to}
     * @param to   last day of the period; default today
     */
    record SummaryQuery(UUID employeeId, LocalDate from, LocalDate to) {
    }

    @PostMapping("/feedback-summary")
    @Operation(summary = "Strengths and growth areas in a person's feedback, with quotes, coverage and caveats",
            description = "For the person themself, their managers and HR admins; only feedback the caller may see. "
                    + "Themes cite feedback items by id; mode says whether the offline engine or the language model wrote it.")
    FeedbackSummaryReport summarize(@RequestBody SummaryQuery query) {
        if (query == null || query.employeeId() == null) {
            throw InvalidInputException.of("employeeId", "summary.employee.required");
        }
        return summaries.summarize(query.employeeId(), query.from(), query.to());
    }
}
