package io.kadens.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailFrameTest {

    @Test
    void theFrameCarriesLanguageTitleAndBlocksInOrder() {
        String html = MailFrame.of(Locale.forLanguageTag("sv"), "Amne")
                .paragraph("Hej Sara,").heading("Agenda").list(List.of("Mal")).action("https://k.test/a", "Oppna")
                .footer("Darfor").html();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">", "<title>Amne</title>");
        assertThat(html.indexOf("<p>Hej Sara,</p>")).isLessThan(html.indexOf("<h2"));
        assertThat(html.indexOf("<li>Mal</li>")).isLessThan(html.indexOf("href=\"https://k.test/a\""));
        assertThat(html).contains(">Oppna</a>", "color: #555;\">Darfor</p>");
    }

    @Test
    void everyTextIsEscaped() {
        String html = MailFrame.of(Locale.ENGLISH, "<b>subject</b>").paragraph("<script>x</script>")
                .list(List.of("a & b")).action("https://k.test/?a=1&b=\"2\"", "<i>go</i>").smallPrint("<u>")
                .html();

        assertThat(html).doesNotContain("<script>", "<b>", "<i>", "<u>")
                .contains("&lt;script&gt;", "a &amp; b", "href=\"https://k.test/?a=1&amp;b=&quot;2&quot;\"");
    }

    @Test
    void anEmptyListAddsNothing() {
        assertThat(MailFrame.of(Locale.ENGLISH, "s").list(List.of()).html()).doesNotContain("<ul>");
    }
}
