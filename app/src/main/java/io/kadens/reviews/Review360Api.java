package io.kadens.reviews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 360 nominations, pooled 360 results, sharing, acknowledgement and the review packet over REST. Access rules live in
 * {@link PeerNominations} and {@link ReviewSharing}; errors are problem+json in the caller's language.
 */
@RestController
@Tag(name = "Review 360 and sharing", description = "Peer nominations, pooled 360 results, sharing, acknowledgement, PDF packet.")
class Review360Api {

    private final PeerNominations nominations;
    private final ReviewSharing sharing;

    Review360Api(PeerNominations nominations, ReviewSharing sharing) {
        this.nominations = nominations;
        this.sharing = sharing;
    }

    @GetMapping("/api/v1/review-cycles/{cycleId}/people/{personId}/nominations")
    @Operation(summary = "A participant's peer nominations (the participant or their manager chain)")
    PeerNominationPage nominations(@PathVariable UUID cycleId, @PathVariable UUID personId) {
        return nominations.page(cycleId, personId);
    }

    @GetMapping("/api/v1/review-cycles/{cycleId}/nominations/for-approval")
    @Operation(summary = "The nominations of the caller's reports in the cycle")
    List<PeerNominationPage> forApproval(@PathVariable UUID cycleId) {
        return nominations.forApproval(cycleId);
    }

    record NominateRequest(UUID nomineeId) {
    }

    @PostMapping("/api/v1/review-cycles/{cycleId}/nominations")
    @Operation(summary = "Nominate a peer for the caller's own review, within the cycle's cap")
    ResponseEntity<PeerNomination> nominate(@PathVariable UUID cycleId, @RequestBody NominateRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(nominations.nominate(cycleId, request.nomineeId()));
    }

    @PostMapping("/api/v1/review-cycles/{cycleId}/people/{personId}/nominations")
    @Operation(summary = "Add a peer to a report's review directly, approved (manager chain)")
    ResponseEntity<PeerNomination> add(@PathVariable UUID cycleId, @PathVariable UUID personId,
                                       @RequestBody NominateRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(nominations.add(cycleId, personId, request.nomineeId()));
    }

    record VersionRequest(Long version) {
    }

    @PostMapping("/api/v1/review-nominations/{id}/approve")
    @Operation(summary = "Approve a pending nomination: the peer gets a review to write (manager chain)")
    PeerNomination approve(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return nominations.approve(id, ReviewTemplateApi.requireVersion(request.version()));
    }

    @PostMapping("/api/v1/review-nominations/{id}/reject")
    @Operation(summary = "Reject a pending nomination (manager chain)")
    PeerNomination reject(@PathVariable UUID id, @RequestBody VersionRequest request) {
        return nominations.reject(id, ReviewTemplateApi.requireVersion(request.version()));
    }

    record DeclineRequest(String reason, Long version) {
    }

    @PostMapping("/api/v1/review-nominations/{id}/decline")
    @Operation(summary = "Decline an approved nomination, with a reason (the nominee)")
    PeerNomination decline(@PathVariable UUID id, @RequestBody DeclineRequest request) {
        return nominations.decline(id, request.reason(), ReviewTemplateApi.requireVersion(request.version()));
    }

    @GetMapping("/api/v1/review-nominations/asked-of-me")
    @Operation(summary = "The peer reviews the caller was asked to write, and those they declined")
    List<PeerNomination> askedOfMe() {
        return nominations.askedOfMe();
    }

    @GetMapping("/api/v1/reviews/mine")
    @Operation(summary = "The cycles the caller took part in and whether their outcome is shared; no ratings")
    List<SharedReview.MyCycle> myCycles() {
        return sharing.myCycles();
    }

    @GetMapping("/api/v1/review-cycles/{cycleId}/people/{personId}/outcome")
    @Operation(summary = "A participant's review outcome: to the employee without ratings until shared")
    SharedReview outcome(@PathVariable UUID cycleId, @PathVariable UUID personId) {
        return sharing.review(cycleId, personId);
    }

    @GetMapping("/api/v1/review-cycles/{cycleId}/people/{personId}/results-360")
    @Operation(summary = "Peer and upward answers pooled per question and source; withheld below the anonymity threshold")
    Pooled360 results360(@PathVariable UUID cycleId, @PathVariable UUID personId) {
        return sharing.results360(cycleId, personId);
    }

    @PostMapping("/api/v1/review-cycles/{cycleId}/people/{personId}/share")
    @Operation(summary = "Share the outcome with the employee, in the sign-off and sharing phases (manager chain)")
    SharedReview share(@PathVariable UUID cycleId, @PathVariable UUID personId, @RequestBody VersionRequest request) {
        return sharing.share(cycleId, personId, ReviewTemplateApi.requireVersion(request.version()));
    }

    record AcknowledgeRequest(String comment, Long version) {
    }

    @PostMapping("/api/v1/review-cycles/{cycleId}/acknowledgement")
    @Operation(summary = "Acknowledge the caller's shared outcome, with an optional comment")
    SharedReview acknowledge(@PathVariable UUID cycleId, @RequestBody AcknowledgeRequest request) {
        return sharing.acknowledge(cycleId, request.comment(), ReviewTemplateApi.requireVersion(request.version()));
    }

    @GetMapping(path = "/api/v1/review-cycles/{cycleId}/people/{personId}/packet.pdf",
            produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> packet(@PathVariable UUID cycleId, @PathVariable UUID personId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"review-" + cycleId + ".pdf\"")
                .body(sharing.packet(cycleId, personId, LocaleContextHolder.getLocale()));
    }
}
