package io.kadens.platform;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing string, in English and Swedish, from {@code vaadin-i18n/translations*.properties}.
 * English comes first, so a browser that asks for neither language gets English. A missing key
 * shows as {@code !key!} and is logged, so it is found rather than silently blank.
 */
@Component
public class KadensTranslations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(KadensTranslations.class);
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, SWEDISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = locale != null && SWEDISH.getLanguage().equals(locale.getLanguage()) ? SWEDISH : ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NO_SYSTEM_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' in {}", key, language);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }
}
