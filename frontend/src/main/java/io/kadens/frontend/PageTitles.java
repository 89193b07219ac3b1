package io.kadens.frontend;

import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The browser tab's title: the page's own name, then the product's. Screen readers announce it when
 * a route opens, so every page names itself the same way.
 */
public final class PageTitles {

    /** The product name that ends every title, and the whole title while a page has no name yet. */
    public static final String PRODUCT = "Kadens";

    private PageTitles() {
    }

    /** {@code "Goals · Kadens"}; just {@code "Kadens"} when the page's name is not known yet. */
    public static String of(String pageName) {
        return pageName == null || pageName.isBlank() ? PRODUCT : pageName + " · " + PRODUCT;
    }

    /**
     * For a view whose title is a fixed i18n key: implement {@link #titleKey()} and the title follows
     * the person's language. Vaadin components already have {@code getTranslation}.
     */
    public interface Translated extends HasDynamicTitle {

        /** The i18n key of the page's name, without the product suffix. */
        String titleKey();

        String getTranslation(String key, Object... params);

        @Override
        default String getPageTitle() {
            return of(getTranslation(titleKey()));
        }
    }
}
