package io.kadens.reviews;

import io.kadens.platform.KadensTranslations;
import io.kadens.platform.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Review cycles over REST, for HR admins: set up, launch, pause, resume, extend, close, joiners and leavers. */
@RestController
@RequestMapping("/api/v1/review-cycles")
@Tag(name = "Review cycles", description = "Review cycles: phases with deadlines, participants, launch, pause, close.")
class ReviewCycleApi {

    private final ReviewCycles cycles;
    private final KadensTranslations translations;

    ReviewCycleApi(ReviewCycles cycles, KadensTranslations translations) {
        this.cycles = cycles;
        this.translations = translations;
    }

    /** Closing with unfinished reviews, unconfirmed: 409 listing them; the cycle is unchanged. */
    @ExceptionHandler(UnfinishedReviewsException.class)
    ResponseEntity<ProblemDetail> unfinished(UnfinishedReviewsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                translations.getTranslation("reviews.cycle.close.unfinished", LocaleContextHolder.getLocale(),
                        e.unfinished().size()));
        problem.setProperty("unfinished", e.unfinished());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @GetMapping
    @Operation(summary = "Every review cycle, newest first, with progress (HR admin)")
    List<ReviewCycle> cycles() {
        return cycles.cycles();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One review cycle (HR admin)")
    ReviewCycle cycle(@PathVariable UUID id) {
        return cycles.cycle(id).orElseThrow(() -> new ResourceNotFoundException("review-cycle", id));
    }

    @GetMapping("/{id}/participants")
    @Operation(summary = "The cycle's participants, with their managers and review counts (HR admin)")
    List<CycleParticipant> participants(@PathVariable UUID id) {
        return cycles.participants(id);
    }

    @GetMapping("/{id}/unfinished")
    @Operation(summary = "Reviews of the cycle nobody has submitted yet (HR admin)")
    List<UnfinishedReview> unfinished(@PathVariable UUID id) {
        return cycles.unfinished(id);
    }

    @PostMapping
    @Operation(summary = "Set up a cycle as a draft (HR admin)")
    ResponseEntity<ReviewCycle> create(@RequestBody CycleDraft draft) {
        return ResponseEntity.status(HttpStatus.CREATED).body(cycles.create(draft));
    }

    record UpdateRequest(String name, CycleKind kind, UUID templateId, LocalDate windowStart, LocalDate windowEnd,
                         Integer peerCap, Map<CyclePhase, LocalDate> deadlines, ParticipantSelection selection,
                         Long version) {
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a cycle that has not been launched (HR admin)")
    ReviewCycle update(@PathVariable UUID id, @RequestBody UpdateRequest request) {
        return cycles.update(id, new CycleDraft(request.name(), request.kind(), request.templateId(),
                request.windowStart(), request.windowEnd(), request.peerCap(), request.deadlines(), request.selection()),
                ReviewTemplateApi.requireVersion(request.version()));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/{id}/launch")
    @Operation(summary = "Launch: fixes the template version, adds the participants and creates their reviews, all or nothing")
    ReviewCycle launch(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return cycles.launch(id, ReviewTemplateApi.requireVersion(request.version()));
    }

    @PostMapping("/{id}/pause")
    @Operation(summary = "Pause a running cycle: nothing can be submitted until it resumes")
    ReviewCycle pause(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return cycles.pause(id, ReviewTemplateApi.requireVersion(request.version()));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Resume a paused cycle")
    ReviewCycle resume(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return cycles.resume(id, ReviewTemplateApi.requireVersion(request.version()));
    }

    record ExtendRequest(CyclePhase phase, LocalDate deadline, Long version) {
    }

    @PostMapping("/{id}/extend")
    @Operation(summary = "Move a phase's deadline later; later phases keep their order")
    ReviewCycle extend(@PathVariable UUID id, @RequestBody ExtendRequest request) {
        return cycles.extendDeadline(id, request.phase(), request.deadline(),
                ReviewTemplateApi.requireVersion(request.version()));
    }

    record CloseRequest(Long version, Boolean confirmUnfinished) {
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close the cycle; with unfinished reviews, 409 lists them unless confirmUnfinished is true")
    ReviewCycle close(@PathVariable UUID id, @RequestBody CloseRequest request) {
        return cycles.close(id, ReviewTemplateApi.requireVersion(request.version()),
                Boolean.TRUE.equals(request.confirmUnfinished()));
    }

    record ParticipantRequest(UUID personId) {
    }

    @PostMapping("/{id}/participants")
    @Operation(summary = "Add a joiner to a running cycle, with their reviews")
    ResponseEntity<CycleParticipant> add(@PathVariable UUID id, @RequestBody ParticipantRequest request) {
        if (request.personId() == null) {
            throw io.kadens.platform.InvalidInputException.of("personId", "reviews.cycle.person.unknown");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(cycles.addParticipant(id, request.personId()));
    }

    @DeleteMapping("/{id}/participants/{personId}")
    @Operation(summary = "Remove a leaver: unsubmitted reviews about or by them are dropped, submitted ones kept")
    CycleParticipant remove(@PathVariable UUID id, @PathVariable UUID personId) {
        return cycles.removeParticipant(id, personId);
    }

    record LeaversRemoved(int removed) {
    }

    @PostMapping("/{id}/remove-leavers")
    @Operation(summary = "Remove every participant who has left the organisation")
    LeaversRemoved removeLeavers(@PathVariable UUID id) {
        return new LeaversRemoved(cycles.removeLeavers(id));
    }
}
