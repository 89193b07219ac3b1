package io.kadens.content;

import static io.kadens.db.Tables.CONTENT_INDEXING_JOB;

import io.kadens.nextsteps.NextStep;
import io.kadens.nextsteps.NextStep.Audience;
import io.kadens.nextsteps.NextStep.Urgency;
import io.kadens.nextsteps.NextStepsSource;
import io.kadens.nextsteps.NextStepsViewer;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** For HR admins on the home page: uploads that failed to index (they stay until dismissed or uploaded again). */
@Component
class ContentNextSteps implements NextStepsSource {

    private final DSLContext db;

    ContentNextSteps(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<NextStep> nextSteps(NextStepsViewer viewer) {
        if (!viewer.hrAdmin()) {
            return List.of();
        }
        int failed = db.fetchCount(CONTENT_INDEXING_JOB, CONTENT_INDEXING_JOB.STATUS.eq(IndexingJob.Status.FAILED.name()));
        if (failed == 0) {
            return List.of();
        }
        return List.of(new NextStep("content-failed", Audience.ORGANISATION, Urgency.TODAY, null,
                "nextsteps.content.failed", List.of(failed), "admin/content"));
    }
}
