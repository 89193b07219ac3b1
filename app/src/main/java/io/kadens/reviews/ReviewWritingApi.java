package io.kadens.reviews;

import io.kadens.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing reviews over REST: my review tasks, one review with its questions, saving a draft and submitting with
 * optimistic locking (the version in {@code If-Match} or the body), the evidence panel and the writing checks.
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Reviews", description = "Writing reviews: tasks, forms, drafts, submitting, evidence and checks.")
class ReviewWritingApi {

    private final ReviewWriting writing;
    private final ReviewEvidence evidence;
    private final ReviewWritingChecks checks;
    private final ReviewSummaryDrafts summaries;

    ReviewWritingApi(ReviewWriting writing, ReviewEvidence evidence, ReviewWritingChecks checks,
                     ReviewSummaryDrafts summaries) {
        this.summaries = summaries;
        this.writing = writing;
        this.evidence = evidence;
        this.checks = checks;
    }

    @GetMapping
    @Operation(summary = "The reviews I write, in every cycle, with deadline, status and why one cannot be submitted now")
    List<ReviewTask> tasks() {
        return writing.myTasks();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One review with its template questions for this form; the ETag is its version")
    ResponseEntity<ReviewDocument> review(@PathVariable UUID id) {
        return withEtag(writing.review(id));
    }

    /** The answers in the shape of {@code review.answers}; {@code version} when no If-Match header is sent. */
    record AnswersRequest(List<ReviewAnswer> answers, Long version) {
    }

    @PutMapping("/{id}/draft")
    @Operation(summary = "Save the answers as a draft (author only); 409 when someone saved since the version sent")
    ResponseEntity<ReviewDocument> saveDraft(@PathVariable UUID id,
                                             @Parameter(description = "the version read, e.g. \"3\"")
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                             @RequestBody AnswersRequest request) {
        return withEtag(writing.saveDraft(id, request.answers(), version(ifMatch, request.version())));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Save and submit (author only): required answers, the cycle running, the phase deadline not passed")
    ResponseEntity<ReviewDocument> submit(@PathVariable UUID id,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @RequestBody AnswersRequest request) {
        return withEtag(writing.submit(id, request.answers(), version(ifMatch, request.version())));
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "The evidence panel of a review I write: goals, check-ins, feedback, praise, plan, recency")
    EvidencePanel evidence(@PathVariable UUID id) {
        return evidence.panel(id);
    }

    record ChecksRequest(List<ReviewAnswer> answers) {
    }

    @PostMapping("/{id}/checks")
    @Operation(summary = "Writing checks of answers not yet saved: personality, absolute and gendered words, rating against evidence")
    List<ReviewWritingChecks.WritingCheck> checks(@PathVariable UUID id, @RequestBody ChecksRequest request) {
        return checks.check(id, request.answers());
    }

    @GetMapping("/{id}/summary/insights")
    @Operation(summary = "Manager reviews: the evidence of the look-back (default: the cycle's window) as insights with their support")
    ReviewSummaryDrafts.Insights insights(@PathVariable UUID id,
                                          @RequestParam(required = false) java.time.LocalDate from,
                                          @RequestParam(required = false) java.time.LocalDate to) {
        return summaries.insights(id, from, to, LocaleContextHolder.getLocale());
    }

    /** The ticked insight ids, and the look-back (null: the cycle's window). */
    record DraftRequest(List<String> insights, java.time.LocalDate from, java.time.LocalDate to) {
    }

    @PostMapping("/{id}/summary/draft")
    @Operation(summary = "Manager reviews: a cited draft of the summary from the ticked insights, saying how many it used; never a rating")
    ReviewSummaryDrafts.SummaryDraft draft(@PathVariable UUID id, @RequestBody DraftRequest request) {
        return summaries.draft(id, request.insights(), request.from(), request.to(), LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<ReviewDocument> withEtag(ReviewDocument document) {
        return ResponseEntity.ok().eTag("\"" + document.version() + "\"").body(document);
    }

    /** The version from If-Match ({@code "3"}, {@code W/"3"} or {@code 3}), else the body's; one is required. */
    static long version(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String value = ifMatch.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            value = value.replace("\"", "");
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("If-Match", "reviews.write.version.required");
            }
        }
        if (bodyVersion == null) {
            throw InvalidInputException.of("version", "reviews.write.version.required");
        }
        return bodyVersion;
    }
}
