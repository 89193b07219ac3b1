package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kadens.support.KadensSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A load balancer or orchestrator can ask whether Kadens is up, without signing in and without learning more. */
@KadensSpringTest
class HealthEndpointTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthIsOpenAndSaysOnlyUp() throws Exception {
        var response = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("kadens_app", "jdbc");
    }

    @Test
    void otherActuatorEndpointsNeedASignIn() throws Exception {
        var response = mvc.perform(get("/actuator/info")).andReturn().getResponse();
        assertThat(response.getStatus()).isIn(302, 401, 403);
    }
}
