package io.kadens.calibration;

import io.kadens.platform.InvalidInputException;
import io.kadens.platform.KadensTranslations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Calibration over REST: the guideline, sessions, previews, 9-box moves and distributions. Access is checked by
 * {@link CalibrationSessions}: employees get 403, and ratings reach only HR admins, the session's members and the
 * manager chain above a person.
 */
@RestController
@RequestMapping("/api/v1/calibration")
@Tag(name = "Calibration", description = "Calibration sessions of review cycles: guideline, previews, 9-box moves, distributions.")
class CalibrationApi {

    private final CalibrationSessions sessions;
    private final KadensTranslations translations;

    CalibrationApi(CalibrationSessions sessions, KadensTranslations translations) {
        this.sessions = sessions;
        this.translations = translations;
    }

    /** Someone calibrated the person first: 409 saying so, with where the person stands now; nothing was written. */
    @ExceptionHandler(CalibrationConflictException.class)
    ResponseEntity<ProblemDetail> conflict(CalibrationConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, translations.getTranslation(
                "calibration.move.conflict", LocaleContextHolder.getLocale(),
                e.current() == null ? "" : e.current().name()));
        problem.setProperty("subjectType", e.subjectType());
        problem.setProperty("current", e.current());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static long version(Long version) {
        if (version == null) {
            throw InvalidInputException.of("version", "calibration.version.required");
        }
        return version;
    }

    @GetMapping("/guideline")
    @Operation(summary = "The tenant's rating guideline: expected share per rating, lowest first")
    Guideline guideline() {
        return sessions.guideline();
    }

    record GuidelineRequest(List<Integer> shares, Long version) {
    }

    @PutMapping("/guideline")
    @Operation(summary = "Change the tenant's rating guideline (HR admin); shares sum to 100")
    Guideline updateGuideline(@RequestBody GuidelineRequest request) {
        return sessions.updateGuideline(request.shares(), version(request.version()));
    }

    @GetMapping("/sessions")
    @Operation(summary = "Sessions the caller may see: all for HR admins, else those they are in or that hold people below them")
    List<CalibrationSession> sessions() {
        return sessions.sessions();
    }

    @PostMapping("/sessions")
    @Operation(summary = "Set up a session for a launched cycle's participants in departments, teams or a list (HR admin)")
    ResponseEntity<CalibrationSession> create(@RequestBody SessionDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(sessions.create(draft));
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "One session")
    CalibrationSession session(@PathVariable UUID id) {
        return sessions.session(id);
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/sessions/{id}/open")
    @Operation(summary = "Open the meeting (facilitator or HR admin): every preview is shown from now on")
    CalibrationSession open(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return sessions.open(id, version(request.version()));
    }

    @PostMapping("/sessions/{id}/finish")
    @Operation(summary = "Finish the session (facilitator or HR admin)")
    CalibrationSession finish(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return sessions.finish(id, version(request.version()));
    }

    @GetMapping("/sessions/{id}/people")
    @Operation(summary = "The people the caller may see, with previews, manager's and final ratings and 9-box cell")
    List<CalibrationPerson> people(@PathVariable UUID id, @RequestParam(required = false) UUID departmentId,
                                   @RequestParam(required = false) UUID managerId,
                                   @RequestParam(required = false) String level,
                                   @RequestParam(required = false) Boolean calibrated) {
        return sessions.people(id, new CalibrationSessions.Filter(departmentId, managerId, level, calibrated));
    }

    @GetMapping("/sessions/{id}/people/{personId}/evidence")
    @Operation(summary = "One person side by side: ratings, previews and moves")
    Evidence evidence(@PathVariable UUID id, @PathVariable UUID personId) {
        return sessions.evidence(id, personId);
    }

    @GetMapping("/sessions/{id}/previews")
    @Operation(summary = "Previews the caller may see: their own before the meeting opens, everyone's after")
    List<Preview> previews(@PathVariable UUID id) {
        return sessions.previews(id);
    }

    record PreviewRequest(UUID employeeId, Integer rating, Integer potential) {
    }

    @PostMapping("/sessions/{id}/previews")
    @Operation(summary = "Record (or replace) the caller's private proposed rating for a person (calibrators, before the meeting)")
    Preview recordPreview(@PathVariable UUID id, @RequestBody PreviewRequest request) {
        return sessions.recordPreview(id, request.employeeId(), request.rating(), request.potential());
    }

    @GetMapping("/sessions/{id}/moves")
    @Operation(summary = "The session's move log, oldest first")
    List<CalibrationMove> moves(@PathVariable UUID id) {
        return sessions.moves(id);
    }

    record MoveRequest(UUID employeeId, Integer rating, Integer potential, String reason, Long version) {
    }

    @PostMapping("/sessions/{id}/moves")
    @Operation(summary = "Move a person in the 9-box with a reason (facilitator); version is the outcome version seen, 409 when stale")
    ResponseEntity<CalibrationPerson> move(@PathVariable UUID id, @RequestBody MoveRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(sessions.move(id, request.employeeId(), request.rating(),
                request.potential(), request.reason(), version(request.version())));
    }

    @GetMapping("/sessions/{id}/distribution")
    @Operation(summary = "The session's final ratings against its guideline")
    Distribution distribution(@PathVariable UUID id) {
        return sessions.distribution(id);
    }

    @GetMapping("/sessions/{id}/groups")
    @Operation(summary = "Final ratings by department or level; groups below the anonymity threshold are not shown")
    GroupDistribution groups(@PathVariable UUID id,
                             @RequestParam(defaultValue = "DEPARTMENT") GroupDistribution.Dimension dimension,
                             @RequestParam(required = false) UUID departmentId) {
        return sessions.groups(id, dimension, departmentId);
    }
}
