package io.kadens.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Slash commands that Kadens refuses or cannot act on. None of them changes anything, so the class
 * shares one company with one connected workspace; the commands that do act are in
 * {@link SlackNotificationsTest}, each with a company of its own.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackCommandRefusalsTest {

    @Autowired TestTenants tenants;
    @Autowired NotificationTestData data;
    @Autowired MockMvc mvc;

    Company company;
    NotificationTestData.Workspace workspace;

    @BeforeAll
    void connectedCompany() {
        company = tenants.create("slackno");
        workspace = data.connectSlack(company);
    }

    @Test
    void aCommandWithABadSignatureIsRefused() throws Exception {
        String body = NotificationTestData.commandBody(workspace.teamId(), employeeUser(), "Talk about hiring");
        long now = data.now();
        MockHttpServletResponse response = command(company.slug(), body, now,
                NotificationTestData.sign("the-wrong-secret-123", now, body));
        assertThat(response.getStatus()).isEqualTo(401);
        // A body changed after signing is refused too.
        String signature = NotificationTestData.sign(workspace.signingSecret(), now, body);
        assertThat(command(company.slug(), body + "&extra=1", now, signature).getStatus()).isEqualTo(401);
        assertThat(command(company.slug(), body, now, null).getStatus()).isEqualTo(401);
    }

    @Test
    void aCommandOlderThanFiveMinutesIsRefusedEvenWithAGoodSignature() throws Exception {
        String body = NotificationTestData.commandBody(workspace.teamId(), employeeUser(), "Talk about hiring");
        long stale = data.now() - 6 * 60;
        MockHttpServletResponse response = command(company.slug(), body, stale,
                NotificationTestData.sign(workspace.signingSecret(), stale, body));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("stale");
    }

    @Test
    void aCommandFromAnotherWorkspaceIsRefused() throws Exception {
        String body = NotificationTestData.commandBody("TSOMEONEELSE", employeeUser(), "Talk about hiring");
        long now = data.now();
        MockHttpServletResponse response = command(company.slug(), body, now,
                NotificationTestData.sign(workspace.signingSecret(), now, body));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(command("no-such-organisation", body, now,
                NotificationTestData.sign(workspace.signingSecret(), now, body)).getStatus()).isEqualTo(401);
    }

    @Test
    void anUnknownSlackUserIsAnsweredPolitely() throws Exception {
        String body = NotificationTestData.commandBody(workspace.teamId(), "UNOBODY", "Talk about hiring");
        long now = data.now();
        MockHttpServletResponse response = command(company.slug(), body, now,
                NotificationTestData.sign(workspace.signingSecret(), now, body));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("\"response_type\":\"ephemeral\"")
                .contains("could not find you in Kadens");
    }

    private String employeeUser() {
        return workspace.users().get(company.employee().email());
    }

    private MockHttpServletResponse command(String slug, String body, long timestamp, String signature)
            throws Exception {
        var request = post("/slack/commands/" + slug).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body).header("X-Slack-Request-Timestamp", String.valueOf(timestamp));
        if (signature != null) {
            request.header("X-Slack-Signature", signature);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
