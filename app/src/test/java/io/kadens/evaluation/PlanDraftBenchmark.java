package io.kadens.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.ai.SourceRef;
import io.kadens.ai.plans.CourseLevel;
import io.kadens.ai.plans.PlanDraft;
import io.kadens.ai.plans.PlanDraftEngine;
import io.kadens.ai.plans.PlanDraftRequest;
import io.kadens.ai.plans.PlanLabelledSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Latency of the offline plan draft engine, figures printed, never asserted (target for the whole
 * request p95 ≤ 500 ms offline; the engine is meant to be a small part of it). Demo-sized input and
 * larger: a framework of 24 competencies with 5 indicators each, two years of self and manager ratings,
 * 6 feedback themes, 12 framework passages, a library of 300 items and 10 mentors; plus every labelled
 * case. Run with {@code -Pbench}.
 */
class PlanDraftBenchmark {

    @Test
    void draftOnDemoSizedInput() {
        PlanDraftEngine engine = new PlanDraftEngine();
        List<PlanDraftRequest> requests = new ArrayList<>();
        PlanLabelledSet.development().forEach(c -> requests.add(c.request()));
        PlanLabelledSet.heldOut().forEach(c -> requests.add(c.request()));
        for (int i = 0; i < 20; i++) {
            requests.add(large(i));
        }
        requests.forEach(engine::draft);
        List<Long> nanos = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (PlanDraftRequest request : requests) {
                long start = System.nanoTime();
                PlanDraft draft = (PlanDraft) engine.draft(request);
                nanos.add(System.nanoTime() - start);
                assertThat(draft.objectives()).isNotEmpty();
            }
        }
        Collections.sort(nanos);
        System.out.printf("%n=== Benchmark: plan draft engine, %d drafts over %d requests ===%np50 %.3f ms, p95 %.3f ms"
                        + " (target for the whole request <= 500 ms), max %.3f ms%n", nanos.size(), requests.size(),
                ms(nanos, 50), ms(nanos, 95), ms(nanos, 100));
    }

    static PlanDraftRequest large(int seed) {
        List<PlanDraftRequest.Competency> competencies = new ArrayList<>();
        List<PlanDraftRequest.Rating> ratings = new ArrayList<>();
        for (int c = 0; c < 24; c++) {
            competencies.add(new PlanDraftRequest.Competency("c" + c, "Competency " + c + " skill" + c,
                    "Description of competency " + c, 3 + (c % 3 == 0 ? 1 : 0),
                    List.of("Starts " + c, "Practises " + c, "Leads " + c, "Shapes " + c, "Sets " + c)));
            for (int quarter = 0; quarter < 8; quarter++) {
                OffsetDateTime at = OffsetDateTime.of(2025, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC).plusMonths(quarter * 3L);
                ratings.add(new PlanDraftRequest.Rating("a-m-" + quarter, "c" + c, 1 + (c + seed + quarter) % 4,
                        PlanDraftRequest.RatedBy.MANAGER, at, ""));
                ratings.add(new PlanDraftRequest.Rating("a-s-" + quarter, "c" + c, 2 + (c + quarter) % 3,
                        PlanDraftRequest.RatedBy.SELF, at.minusDays(3), ""));
            }
        }
        List<PlanDraftRequest.GrowthTheme> themes = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            themes.add(new PlanDraftRequest.GrowthTheme("Theme about skill" + (t * 4 + seed % 4), null,
                    List.of("f" + t, "f" + (t + 10)), "People mention skill" + (t * 4) + " in meetings"));
        }
        List<PlanDraftRequest.FrameworkChunk> chunks = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            chunks.add(new PlanDraftRequest.FrameworkChunk(SourceRef.of("company_content", "chunk-" + k), null,
                    "Competency " + (k * 2) + " skill" + (k * 2) + " means doing the work well. It grows with practice."));
        }
        List<PlanDraftRequest.TrainingCandidate> catalogue = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            catalogue.add(new PlanDraftRequest.TrainingCandidate("t" + i, "Course " + i + " on skill" + (i % 24),
                    "Learn skill" + (i % 24), List.of("c" + (i % 24)), CourseLevel.values()[i % 3], i % 5 == 0 ? "sv" : "en",
                    (i * 37 % 100) / 100.0));
        }
        List<PlanDraftRequest.Mentor> mentors = new ArrayList<>();
        for (int m = 0; m < 10; m++) {
            mentors.add(new PlanDraftRequest.Mentor("m" + m, "Mentor " + m, List.of("c" + m, "c" + (m + 10))));
        }
        return new PlanDraftRequest(new PlanDraftRequest.Person("p" + seed, "Person " + seed, "Engineer", null), 5,
                competencies, ratings, themes, chunks, catalogue, mentors, 6 + seed % 7, seed % 2 == 0 ? "en" : "sv",
                PlanLabelledSet.TODAY);
    }

    private static double ms(List<Long> sorted, int percentile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
