package io.kadens.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feedback, requests, praise and the feedback settings over REST. Every list holds exactly what the
 * caller may see (anonymous items only in groups above the tenant's threshold); ids that do not exist and
 * ids the caller may not see answer alike, 404.
 */
@RestController
@Tag(name = "Feedback", description = "Continuous feedback, feedback requests and praise")
class FeedbackApi {

    private final Feedback feedback;
    private final FeedbackRequests requests;
    private final PraiseFeed praise;
    private final FeedbackSettingsService settings;
    private final FeedbackReports reports;

    FeedbackApi(Feedback feedback, FeedbackRequests requests, PraiseFeed praise, FeedbackSettingsService settings,
                FeedbackReports reports) {
        this.feedback = feedback;
        this.reports = reports;
        this.requests = requests;
        this.praise = praise;
        this.settings = settings;
    }

    /** An empty 404, like every other missing id: a problem body would echo the requested path and its id. */
    @ExceptionHandler(FeedbackNotFoundException.class)
    ResponseEntity<Void> notFound(FeedbackNotFoundException e) {
        return ResponseEntity.notFound().build();
    }

    // ------------------------------------------------------------------ feedback

    @PostMapping("/api/v1/feedback")
    @Operation(summary = "Give feedback", description = "To anyone active in the tenant but oneself; anonymous only "
            + "for peer and upward feedback where the tenant allows it.")
    ResponseEntity<FeedbackItem> give(@RequestBody NewFeedback body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(feedback.give(body));
    }

    @GetMapping("/api/v1/feedback/received")
    @Operation(summary = "Feedback about me", description = "Named items, and anonymous items in groups of at least "
            + "the tenant's threshold distinct authors after every filter; hiddenAnonymous only without filters.")
    ReceivedFeedback received(@RequestParam(required = false) LocalDate from,
                              @RequestParam(required = false) LocalDate to,
                              @RequestParam(required = false) String competency,
                              @RequestParam(required = false) FeedbackSource source) {
        return feedback.receivedByMe(new FeedbackFilter(from, to, competency, source));
    }

    @GetMapping("/api/v1/feedback/people/{employeeId}")
    @Operation(summary = "Feedback about a person", description = "Oneself, or a report as the tenant configures.")
    ReceivedFeedback about(@PathVariable UUID employeeId,
                           @RequestParam(required = false) LocalDate from,
                           @RequestParam(required = false) LocalDate to,
                           @RequestParam(required = false) String competency,
                           @RequestParam(required = false) FeedbackSource source) {
        return feedback.received(employeeId, new FeedbackFilter(from, to, competency, source));
    }

    @GetMapping("/api/v1/feedback/given")
    @Operation(summary = "Feedback I gave")
    List<FeedbackItem> given(@RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate to,
                             @RequestParam(required = false) String competency,
                             @RequestParam(required = false) FeedbackSource source) {
        return feedback.given(new FeedbackFilter(from, to, competency, source));
    }

    @GetMapping("/api/v1/feedback/competencies")
    @Operation(summary = "The tenant's competency identifiers")
    List<String> competencies() {
        return feedback.competencies();
    }

    @GetMapping("/api/v1/feedback/{id}")
    @Operation(summary = "One feedback item the caller may see")
    FeedbackItem item(@PathVariable UUID id) {
        return feedback.find(id).orElseThrow(() -> new FeedbackNotFoundException("feedback"));
    }

    @GetMapping("/api/v1/feedback/{id}/replies")
    @Operation(summary = "The thread of a feedback item")
    List<FeedbackReply> replies(@PathVariable UUID id) {
        return feedback.replies(id);
    }

    record ReplyBody(String text) {
    }

    @PostMapping("/api/v1/feedback/{id}/replies")
    @Operation(summary = "Reply on a feedback item")
    ResponseEntity<FeedbackReply> reply(@PathVariable UUID id, @RequestBody ReplyBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(feedback.reply(id, body == null ? null : body.text()));
    }

    record ReasonBody(String reason) {
    }

    // ------------------------------------------------------------------ reports and unmasking

    @PostMapping("/api/v1/feedback/{id}/reports")
    @Operation(summary = "Report a feedback item as abusive", description = "Its receiver or a manager of the "
            + "receiver, with a reason; reporting shares the item's text with the HR admins. Once per person.")
    ResponseEntity<FeedbackReport> report(@PathVariable UUID id, @RequestBody ReasonBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(reports.report(id, body == null ? null : body.reason()));
    }

    @GetMapping("/api/v1/feedback/reports")
    @Operation(summary = "Reported feedback", description = "HR admins only: reported items with their reports and "
            + "unmask requests.")
    List<ReportedFeedback> reported() {
        return reports.reported();
    }

    @PostMapping("/api/v1/feedback/{id}/unmask-requests")
    @Operation(summary = "Ask to unmask the author of reported anonymous feedback", description = "HR admins only, "
            + "with a reason of at least 10 characters; another HR admin must approve. At most 3 requests per HR "
            + "admin in 30 days; every HR admin is notified; audited.")
    ResponseEntity<UnmaskRequest> requestUnmask(@PathVariable UUID id, @RequestBody ReasonBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(reports.requestUnmask(id, body == null ? null : body.reason()));
    }

    @PostMapping("/api/v1/feedback/unmask-requests/{id}/approve")
    @Operation(summary = "Approve unmasking", description = "An HR admin other than the one who asked; at most 5 "
            + "approvals per tenant in 30 days; every HR admin is notified; audited.")
    UnmaskRequest approveUnmask(@PathVariable UUID id) {
        return reports.approveUnmask(id);
    }

    @PostMapping("/api/v1/feedback/unmask-requests/{id}/decline")
    @Operation(summary = "Decline unmasking", description = "An HR admin other than the one who asked; audited.")
    UnmaskRequest declineUnmask(@PathVariable UUID id) {
        return reports.declineUnmask(id);
    }

    @PostMapping("/api/v1/feedback/unmask-requests/{id}/author")
    @Operation(summary = "Read the unmasked author", description = "The HR admin who asked, after approval; every "
            + "reading is audited.")
    AuthorReveal unmaskedAuthor(@PathVariable UUID id) {
        return reports.revealAuthor(id);
    }

    // ------------------------------------------------------------------ requests

    @PostMapping("/api/v1/feedback/requests")
    @Operation(summary = "Ask for feedback", description = "About oneself, or as a manager about a report.")
    ResponseEntity<FeedbackRequest> request(@RequestBody NewFeedbackRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(requests.request(body));
    }

    @GetMapping("/api/v1/feedback/requests/to-answer")
    @Operation(summary = "Open requests addressed to me")
    List<FeedbackRequest> toAnswer() {
        return requests.toAnswer();
    }

    @GetMapping("/api/v1/feedback/requests/mine")
    @Operation(summary = "Requests I made")
    List<FeedbackRequest> askedByMe() {
        return requests.askedByMe();
    }

    @GetMapping("/api/v1/feedback/requests/{id}")
    @Operation(summary = "One request I made or was asked in")
    FeedbackRequest requestById(@PathVariable UUID id) {
        return requests.find(id);
    }

    @PostMapping("/api/v1/feedback/requests/{id}/answer")
    @Operation(summary = "Answer a request addressed to me")
    ResponseEntity<FeedbackItem> answer(@PathVariable UUID id, @RequestBody AnswerToRequest body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(requests.answer(id, body));
    }

    @PostMapping("/api/v1/feedback/requests/{id}/decline")
    @Operation(summary = "Decline a request addressed to me")
    ResponseEntity<Void> decline(@PathVariable UUID id) {
        requests.decline(id);
        return ResponseEntity.noContent().build();
    }

    // ------------------------------------------------------------------ praise

    @GetMapping("/api/v1/praise")
    @Operation(summary = "The praise feed, newest first")
    List<Praise> feed(@RequestParam(defaultValue = "50") int limit) {
        return praise.feed(limit);
    }

    @PostMapping("/api/v1/praise")
    @Operation(summary = "Praise a colleague", description = "Public on the tenant's feed; at most 280 characters.")
    ResponseEntity<Praise> praise(@RequestBody NewPraise body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(praise.give(body));
    }

    @GetMapping("/api/v1/praise/{id}")
    @Operation(summary = "One praise")
    Praise praiseById(@PathVariable UUID id) {
        return praise.find(id);
    }

    @PutMapping("/api/v1/praise/{id}/reactions/{reaction}")
    @Operation(summary = "React to praise", description = "One of each reaction per person; repeating changes nothing.")
    Praise react(@PathVariable UUID id, @PathVariable Reaction reaction) {
        return praise.react(id, reaction);
    }

    @DeleteMapping("/api/v1/praise/{id}/reactions/{reaction}")
    @Operation(summary = "Take back a reaction")
    Praise unreact(@PathVariable UUID id, @PathVariable Reaction reaction) {
        return praise.unreact(id, reaction);
    }

    // ------------------------------------------------------------------ settings

    @GetMapping("/api/v1/feedback/settings")
    @Operation(summary = "The tenant's feedback settings")
    FeedbackSettings settings() {
        return settings.current();
    }

    @PutMapping("/api/v1/feedback/settings")
    @Operation(summary = "Change the feedback settings", description = "HR admins only; optimistic locking by version.")
    FeedbackSettings saveSettings(@RequestBody FeedbackSettings body) {
        return settings.save(body);
    }
}
