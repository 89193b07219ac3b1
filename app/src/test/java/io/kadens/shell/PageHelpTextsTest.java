package io.kadens.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.kadens.platform.KadensTranslations;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every main page has a short help text in English and Swedish, found from its route with or without ids. */
class PageHelpTextsTest {

    private final KadensTranslations translations = new KadensTranslations();

    @Test
    void everyPageWithHelpHasATitleAndTextInBothLanguages() {
        for (String page : PageHelpTexts.PAGES.values()) {
            for (Locale language : List.of(KadensTranslations.ENGLISH, KadensTranslations.SWEDISH)) {
                for (String part : List.of(".title", ".text")) {
                    assertThat(translations.getTranslation("help." + page + part, language))
                            .as("help.%s%s in %s", page, part, language).doesNotStartWith("!").isNotBlank();
                }
            }
        }
    }

    @Test
    void theMainPagesOfIssueSixteenHaveHelp() {
        assertThat(PageHelpTexts.PAGES.values()).contains("home", "goals", "one-on-ones", "feedback", "learning",
                "competencies", "reviews", "surveys", "rollout");
    }

    @Test
    void aRouteFindsItsHelpWithIdsAndAdministrationPagesLeftOut() {
        assertThat(PageHelpTexts.pageOf("")).contains("home");
        assertThat(PageHelpTexts.pageOf("goals/0b9c6a8e-3f4b-4f55-9d3b-2c7f1e0a9b11")).contains("goals");
        assertThat(PageHelpTexts.pageOf("one-on-ones/0b9c6a8e-3f4b-4f55-9d3b-2c7f1e0a9b11")).contains("one-on-ones");
        assertThat(PageHelpTexts.pageOf("admin/review-cycles")).contains("reviews");
        assertThat(PageHelpTexts.pageOf("/admin/rollout/")).contains("rollout");
        assertThat(PageHelpTexts.pageOf("admin/compensation")).contains("compensation");
        assertThat(PageHelpTexts.pageOf("admin/compensation/pay")).contains("pay");
        assertThat(PageHelpTexts.pageOf("admin/compensation/0b9c6a8e-3f4b-4f55-9d3b-2c7f1e0a9b11")).contains("compensation");
        assertThat(PageHelpTexts.pageOf("admin/people")).isEmpty();
        assertThat(PageHelpTexts.pageOf("people")).isEmpty();
    }
}
