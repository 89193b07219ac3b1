package io.kadens.oneonones;

import io.kadens.settings.CheckInCadence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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

/**
 * 1:1s over REST: the caller's series, meetings, agenda, notes and action items. Only the two people of
 * a series see it; other ids (missing, another pair's, another tenant's) all answer 404.
 */
@RestController
@RequestMapping("/api/v1/one-on-ones")
@Tag(name = "1:1s", description = "One-on-one series, meetings, agenda items, notes and action items of the caller.")
class OneOnOneApi {

    private final OneOnOnes oneOnOnes;
    private final OneOnOneMeetings oneOnOneMeetings;
    private final OneOnOneNotes oneOnOneNotes;

    OneOnOneApi(OneOnOnes oneOnOnes, OneOnOneMeetings oneOnOneMeetings, OneOnOneNotes oneOnOneNotes) {
        this.oneOnOnes = oneOnOnes;
        this.oneOnOneMeetings = oneOnOneMeetings;
        this.oneOnOneNotes = oneOnOneNotes;
    }

    @ExceptionHandler(OneOnOneNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(OneOnOneNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    /** The version a change starts from is required: without it a concurrent edit could go unnoticed. */
    static long requireVersion(Long version) {
        if (version == null) {
            throw io.kadens.platform.InvalidInputException.of("version", "oneonones.version.required");
        }
        return version;
    }

    @GetMapping
    @Operation(summary = "My 1:1 series (as manager or mentor, and as report or mentee) with the next meeting")
    List<MyOneOnOne> mine() {
        return oneOnOnes.mine();
    }

    record MentorPairRequest(UUID mentorId, UUID menteeId) {
    }

    @PostMapping("/series")
    @Operation(summary = "Create a mentor pair (HR admin, or one of the two people)")
    ResponseEntity<OneOnOnePair> createMentorPair(@RequestBody MentorPairRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(oneOnOnes.createMentorPair(request.mentorId(), request.menteeId()));
    }

    @GetMapping("/series/{pairId}")
    @Operation(summary = "One series")
    OneOnOnePair pair(@PathVariable UUID pairId) {
        return oneOnOnes.pair(pairId).orElseThrow(() -> new OneOnOneNotFoundException("series"));
    }

    @DeleteMapping("/series/{pairId}")
    @Operation(summary = "End a mentor pair; its future meetings are cancelled")
    ResponseEntity<Void> endMentorPair(@PathVariable UUID pairId) {
        oneOnOnes.endMentorPair(pairId);
        return ResponseEntity.noContent().build();
    }

    record Synchronised(int seriesCreatedOrReactivated) {
    }

    @PostMapping("/series/synchronise")
    @Operation(summary = "HR admin: create and schedule the series of every reporting line now (otherwise on first use)")
    Synchronised synchronise() {
        return new Synchronised(oneOnOnes.synchroniseReportingLines());
    }

    record CadenceRequest(CheckInCadence cadence) {
    }

    @PutMapping("/series/{pairId}/cadence")
    @Operation(summary = "Set the series' own cadence (null: the tenant default); later meetings are respaced")
    OneOnOnePair cadence(@PathVariable UUID pairId, @RequestBody CadenceRequest request) {
        return oneOnOnes.setCadence(pairId, request.cadence());
    }

    @GetMapping("/series/{pairId}/meetings")
    @Operation(summary = "Every meeting of a series, oldest first")
    List<MeetingSummary> meetings(@PathVariable UUID pairId) {
        return oneOnOnes.meetings(pairId);
    }

    @GetMapping("/series/{pairId}/action-items")
    @Operation(summary = "The series' action items, open ones first")
    List<ActionItem> actionItems(@PathVariable UUID pairId) {
        return oneOnOneNotes.actionItems(pairId);
    }

    @GetMapping("/meetings/{meetingId}")
    @Operation(summary = "A meeting with agenda, shared notes, my own private note, action items and the check-in")
    Meeting meeting(@PathVariable UUID meetingId) {
        return oneOnOneMeetings.meeting(meetingId).orElseThrow(() -> new OneOnOneNotFoundException("meeting"));
    }

    record RescheduleRequest(Instant scheduledAt, Long version) {
    }

    @PostMapping("/meetings/{meetingId}/reschedule")
    @Operation(summary = "Move a scheduled meeting")
    MeetingSummary reschedule(@PathVariable UUID meetingId, @RequestBody RescheduleRequest request) {
        return oneOnOneMeetings.reschedule(meetingId, request.scheduledAt(), requireVersion(request.version()));
    }

    @PostMapping("/meetings/{meetingId}/cancel")
    @Operation(summary = "Cancel one meeting; its open points move to the next meeting")
    ResponseEntity<Void> cancel(@PathVariable UUID meetingId) {
        oneOnOneMeetings.cancel(meetingId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/meetings/{meetingId}/complete")
    @Operation(summary = "Complete a meeting; points not covered carry over, recurring points reappear")
    ResponseEntity<MeetingSummary> complete(@PathVariable UUID meetingId) {
        MeetingSummary next = oneOnOneMeetings.complete(meetingId);
        return next == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(next);
    }

    record TalkingPointRequest(String text, Boolean recurring) {
    }

    @PostMapping("/meetings/{meetingId}/agenda")
    @Operation(summary = "Add a talking point (refused on a completed or cancelled meeting)")
    ResponseEntity<AgendaItem> addTalkingPoint(@PathVariable UUID meetingId, @RequestBody TalkingPointRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(oneOnOneMeetings.addTalkingPoint(meetingId, request.text(), Boolean.TRUE.equals(request.recurring())));
    }

    record OrderRequest(List<UUID> itemIds) {
    }

    @PutMapping("/meetings/{meetingId}/agenda/order")
    @Operation(summary = "Reorder the agenda: every item id of the meeting once, in the new order")
    List<AgendaItem> reorder(@PathVariable UUID meetingId, @RequestBody OrderRequest request) {
        return oneOnOneMeetings.reorderAgenda(meetingId, request.itemIds());
    }

    record CoveredRequest(Boolean covered) {
    }

    @PutMapping("/agenda-items/{itemId}/covered")
    @Operation(summary = "Tick (or untick) a talking point as covered")
    AgendaItem covered(@PathVariable UUID itemId, @RequestBody CoveredRequest request) {
        return oneOnOneMeetings.setCovered(itemId, Boolean.TRUE.equals(request.covered()));
    }

    @DeleteMapping("/agenda-items/{itemId}")
    @Operation(summary = "Remove a talking point from a scheduled meeting")
    ResponseEntity<Void> removeTalkingPoint(@PathVariable UUID itemId) {
        oneOnOneMeetings.removeTalkingPoint(itemId);
        return ResponseEntity.noContent().build();
    }

    record NotesRequest(String text, Long version) {
    }

    @PutMapping("/meetings/{meetingId}/shared-notes")
    @Operation(summary = "Save the shared notes (409 when someone saved since the given version)")
    SharedNotes sharedNotes(@PathVariable UUID meetingId, @RequestBody NotesRequest request) {
        return oneOnOneNotes.saveSharedNotes(meetingId, request.text(), requireVersion(request.version()));
    }

    @GetMapping("/meetings/{meetingId}/private-note")
    @Operation(summary = "My own private note on the meeting (nobody else's is ever readable); 404 when none")
    PrivateNote privateNote(@PathVariable UUID meetingId) {
        return oneOnOneNotes.myPrivateNote(meetingId).orElseThrow(() -> new OneOnOneNotFoundException("private note"));
    }

    @PutMapping("/meetings/{meetingId}/private-note")
    @Operation(summary = "Save my private note (version -1 for a first note; 409 on a stale version)")
    PrivateNote savePrivateNote(@PathVariable UUID meetingId, @RequestBody NotesRequest request) {
        return oneOnOneNotes.savePrivateNote(meetingId, request.text(), request.version() == null ? -1 : request.version());
    }

    record ActionItemRequest(UUID ownerId, String text, LocalDate dueDate) {
    }

    @PostMapping("/meetings/{meetingId}/action-items")
    @Operation(summary = "Agree an action item for one of the pair (owner defaults to the caller)")
    ResponseEntity<ActionItem> addActionItem(@PathVariable UUID meetingId, @RequestBody ActionItemRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(oneOnOneNotes.addActionItem(meetingId, request.ownerId(), request.text(), request.dueDate()));
    }

    record DoneRequest(Boolean done) {
    }

    @PutMapping("/action-items/{itemId}/done")
    @Operation(summary = "Mark an action item done (or open again)")
    ActionItem done(@PathVariable UUID itemId, @RequestBody DoneRequest request) {
        return oneOnOneNotes.setActionItemDone(itemId, Boolean.TRUE.equals(request.done()));
    }
}
