package io.kadens.announcements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Announcements over REST: HR admins post, list and withdraw them (others get 403); everyone reads the current
 * ones they received and dismisses them. Another organisation's announcement answers 404, like a missing one.
 */
@RestController
@RequestMapping("/api/v1/announcements")
@Tag(name = "Announcements", description = "In-product announcements from HR to everyone, a department, a team or a "
        + "pilot group, optionally also by email and Slack (issue 16)")
class AnnouncementsApi {

    private final Announcements announcements;

    AnnouncementsApi(Announcements announcements) {
        this.announcements = announcements;
    }

    record Created(UUID id) {
    }

    record Version(long version) {
    }

    @GetMapping
    @Operation(summary = "Every announcement with its reach, newest first (HR admins)")
    List<Announcement> all() {
        return announcements.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Posts an announcement in English, Swedish or both to an audience; alsoNotify also sends it "
            + "by email and Slack through the outbox (HR admins)")
    Created post(@RequestBody AnnouncementDraft draft) {
        return new Created(announcements.post(draft));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraws a current announcement (HR admins; optimistic locking)")
    Version withdraw(@PathVariable UUID id, @RequestBody Version version) {
        return new Version(announcements.withdraw(id, version.version()));
    }

    @GetMapping("/mine")
    @Operation(summary = "The current announcements the caller received and has not dismissed, in their language")
    List<CurrentAnnouncement> mine() {
        return announcements.mine();
    }

    @PostMapping("/{id}/dismiss")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Dismisses an announcement the caller received")
    void dismiss(@PathVariable UUID id) {
        announcements.dismiss(id);
    }
}
