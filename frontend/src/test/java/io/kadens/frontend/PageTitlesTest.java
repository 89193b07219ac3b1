package io.kadens.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageTitlesTest {

    @Test
    void thePageNameComesFirstAndTheProductLast() {
        assertThat(PageTitles.of("Goals")).isEqualTo("Goals · Kadens");
    }

    @Test
    void aPageWithoutANameYetIsTitledByTheProduct() {
        assertThat(PageTitles.of(null)).isEqualTo("Kadens");
        assertThat(PageTitles.of(" ")).isEqualTo("Kadens");
    }

    @Test
    void aTranslatedTitleFollowsItsKey() {
        PageTitles.Translated view = new PageTitles.Translated() {
            @Override
            public String titleKey() {
                return "goals-ui.heading";
            }

            @Override
            public String getTranslation(String key, Object... params) {
                return key.equals("goals-ui.heading") ? "Mål" : "?";
            }
        };

        assertThat(view.getPageTitle()).isEqualTo("Mål · Kadens");
    }
}
