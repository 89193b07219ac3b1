package io.kadens.announcements;

import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.nextsteps.NextStep.Urgency;
import io.kadens.nextsteps.NextStepsSource;
import io.kadens.nextsteps.NextStepsViewer;
import io.kadens.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The home page's announcements: each current one the reader has not dismissed, newest first among the news,
 * linking to the announcements page where it is read in full and dismissed (then it is gone from here too).
 */
@Component
class AnnouncementNextSteps implements NextStepsSource {

    private final Announcements announcements;
    private final CurrentUser currentUser;

    AnnouncementNextSteps(Announcements announcements, CurrentUser currentUser) {
        this.announcements = announcements;
        this.currentUser = currentUser;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer viewer) {
        boolean swedish = currentUser.get().map(user -> "sv".equals(user.locale().getLanguage())).orElse(false);
        return announcements.currentFor(viewer.personId(), swedish).stream()
                .map(announcement -> new NextStep("announcement-" + announcement.id(), Audience.MINE, Urgency.LATER,
                        announcement.publishedAt(), "nextsteps.announcement", List.of(announcement.title()),
                        "announcements"))
                .toList();
    }
}
