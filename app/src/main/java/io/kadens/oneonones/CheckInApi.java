package io.kadens.oneonones;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Check-ins over REST: the questionnaire, submitting one's own, the manager's reply, lists of exactly
 * what the caller may see, and adherence per team for managers and HR admins.
 */
@RestController
@RequestMapping("/api/v1/check-ins")
@Tag(name = "Check-ins", description = "The check-in questionnaire, check-ins before manager 1:1s, replies, adherence.")
class CheckInApi {

    private final CheckIns checkIns;

    CheckInApi(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @ExceptionHandler(OneOnOneNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(OneOnOneNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @GetMapping("/questionnaire")
    @Operation(summary = "The tenant's check-in questions")
    Questionnaire questionnaire() {
        return checkIns.questionnaire();
    }

    record QuestionnaireRequest(List<CheckInQuestion> questions) {
    }

    @PutMapping("/questionnaire")
    @Operation(summary = "Replace the questionnaire (HR admin); past answers keep their wording")
    Questionnaire saveQuestionnaire(@RequestBody QuestionnaireRequest request) {
        return checkIns.saveQuestionnaire(request.questions());
    }

    @GetMapping("/current")
    @Operation(summary = "My check-in for my next manager 1:1 (204 without a manager)")
    ResponseEntity<CurrentCheckIn> current() {
        return checkIns.current().map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
    }

    record SubmitRequest(UUID meetingId, List<AnswerInput> answers) {
    }

    @PostMapping
    @Operation(summary = "Submit (or update) my check-in for a manager 1:1 that is still ahead")
    ResponseEntity<CheckIn> submit(@RequestBody SubmitRequest request) {
        if (request.meetingId() == null) {
            throw io.kadens.platform.InvalidInputException.of("meetingId", "checkins.meeting.required");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(checkIns.submit(request.meetingId(), request.answers()));
    }

    @GetMapping("/mine")
    @Operation(summary = "My check-ins, newest first")
    List<CheckIn> mine() {
        return checkIns.mine();
    }

    @GetMapping("/reports")
    @Operation(summary = "Check-ins of my reports for their 1:1s with me, newest first")
    List<CheckIn> reports() {
        return checkIns.ofMyReports();
    }

    @GetMapping("/{checkInId}")
    @Operation(summary = "One check-in (the report and their manager only)")
    CheckIn checkIn(@PathVariable UUID checkInId) {
        return checkIns.checkIn(checkInId).orElseThrow(() -> new OneOnOneNotFoundException("check-in"));
    }

    record ReplyRequest(String reply, Long version) {
    }

    @PostMapping("/{checkInId}/reply")
    @Operation(summary = "Reply to a check-in (the manager of the 1:1)")
    CheckIn reply(@PathVariable UUID checkInId, @RequestBody ReplyRequest request) {
        return checkIns.reply(checkInId, request.reply(), OneOnOneApi.requireVersion(request.version()));
    }

    @GetMapping("/adherence")
    @Operation(summary = "Share of check-ins submitted on time per team (managers: their organisation; HR admins: all)")
    List<TeamAdherence> adherence(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return checkIns.adherence(from, to);
    }
}
