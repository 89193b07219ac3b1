package io.kadens.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.mail.Mail;
import io.kadens.platform.KadensTranslations;
import io.kadens.tenants.TenantId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The invitation email's content: language, link, expiry in the tenant's zone, and HTML that escapes names. */
class InvitationMailsTest {

    private final InvitationMails mails = new InvitationMails(new KadensTranslations(), "https://kadens.example.com");

    private IssuedInvitation invitation(String organisation, String givenName, Locale locale) {
        TenantId tenant = TenantId.random();
        return new IssuedInvitation(tenant, UUID.randomUUID(), "kim@example.test", givenName, organisation,
                "hr@example.test", locale, "Europe/Stockholm",
                OffsetDateTime.of(2026, 12, 3, 22, 30, 0, 0, ZoneOffset.UTC), InvitationTokens.newToken(tenant));
    }

    @Test
    void theMailIsInTheInviteesLanguageWithTheLinkInBothParts() {
        IssuedInvitation issued = invitation("Acme AB", "Kim", Locale.forLanguageTag("sv"));
        Mail mail = mails.compose(issued);
        String link = "https://kadens.example.com/invitation/" + issued.token();
        assertThat(mail.to()).isEqualTo("kim@example.test");
        assertThat(mail.subject()).isEqualTo("Du är inbjuden till Acme AB i Kadens");
        assertThat(mail.text()).contains("Hej Kim,", link, "kim@example.test");
        assertThat(mail.html()).contains("<html lang=\"sv\">", "href=\"" + link + "\"");
        // 22:30 UTC on 3 December is 23:30 in Stockholm
        assertThat(mail.text()).contains("23:30");

        Mail english = mails.compose(invitation("Acme AB", "Kim", Locale.ENGLISH));
        assertThat(english.subject()).isEqualTo("You are invited to Acme AB on Kadens");
        assertThat(english.text()).contains("Hello Kim,");
    }

    @Test
    void namesAreEscapedInTheHtmlPart() {
        Mail mail = mails.compose(invitation("<b>Evil & Co</b>", "<script>alert(1)</script>", Locale.ENGLISH));
        assertThat(mail.html()).doesNotContain("<script>", "<b>Evil")
                .contains("&lt;script&gt;", "&lt;b&gt;Evil &amp; Co&lt;/b&gt;");
        assertThat(mail.text()).contains("<b>Evil & Co</b>");
    }

    @Test
    void tokensNameTheirTenantAndAreNeverAlike() {
        TenantId tenant = TenantId.random();
        String one = InvitationTokens.newToken(tenant);
        String two = InvitationTokens.newToken(tenant);
        assertThat(one).hasSize(64).isNotEqualTo(two).matches("[A-Za-z0-9_-]+");
        assertThat(InvitationTokens.tenantOf(one)).contains(tenant);
        assertThat(InvitationTokens.hash(one)).hasSize(64).isNotEqualTo(InvitationTokens.hash(two));
        assertThat(InvitationTokens.tenantOf("short")).isEmpty();
        assertThat(InvitationTokens.tenantOf("!".repeat(64))).isEmpty();
    }
}
