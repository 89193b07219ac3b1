package io.kadens.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which pages and REST paths belong to a feature that a pilot can close: administration pages never do. */
class FeatureTest {

    @Test
    void pageRoutesBelongToTheirFeatureAndAdministrationPagesToNone() {
        assertThat(Feature.ofRoute("goals")).contains(Feature.GOALS);
        assertThat(Feature.ofRoute("goals/7b0c0c9e-0000-0000-0000-000000000000")).contains(Feature.GOALS);
        assertThat(Feature.ofRoute("/one-on-ones/abc")).contains(Feature.ONE_ON_ONES);
        assertThat(Feature.ofRoute("check-ins")).contains(Feature.CHECK_INS);
        assertThat(Feature.ofRoute("praise")).contains(Feature.FEEDBACK);
        assertThat(Feature.ofRoute("feedback")).contains(Feature.FEEDBACK);
        assertThat(Feature.ofRoute("admin/goals")).isEmpty();
        assertThat(Feature.ofRoute("admin/check-ins")).isEmpty();
        assertThat(Feature.ofRoute("")).isEmpty();
        assertThat(Feature.ofRoute("learning")).isEmpty();
        assertThat(Feature.ofRoute(null)).isEmpty();
    }

    @Test
    void restPathsBelongToTheirFeatureByWholeSegments() {
        assertThat(Feature.ofApiPath("/api/v1/goals")).contains(Feature.GOALS);
        assertThat(Feature.ofApiPath("/api/v1/goals/mine")).contains(Feature.GOALS);
        assertThat(Feature.ofApiPath("/api/v1/check-ins/adherence")).contains(Feature.CHECK_INS);
        assertThat(Feature.ofApiPath("/api/v1/praise")).contains(Feature.FEEDBACK);
        assertThat(Feature.ofApiPath("/api/v1/goalsx")).isEmpty();
        assertThat(Feature.ofApiPath("/api/v1/rollout/features/mine")).isEmpty();
        assertThat(Feature.ofApiPath("/api/v1/ai/feedback-summary")).isEmpty();
    }
}
