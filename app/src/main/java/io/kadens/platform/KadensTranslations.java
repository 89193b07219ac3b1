package io.kadens.platform;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-facing string, in English and Swedish, from the bundles in {@code vaadin-i18n/}.
 * Each feature keeps its own pair ({@code people-admin.properties} and {@code people-admin_sv.properties},
 * say) so features can grow their texts without touching each other's files; all pairs are merged
 * and a key defined twice stops the start. English comes first, so a browser that asks for neither
 * language gets English. A missing key shows as {@code !key!} and is logged, so it is found rather
 * than silently blank.
 */
@Component
public class KadensTranslations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final String BUNDLE_PATTERN = "classpath*:vaadin-i18n/*.properties";
    private static final Logger log = LoggerFactory.getLogger(KadensTranslations.class);

    private final Map<String, String> english;
    private final Map<String, String> swedish;

    public KadensTranslations() {
        Map<String, Map<String, String>> byLanguage = load();
        this.english = byLanguage.getOrDefault("en", Map.of());
        this.swedish = byLanguage.getOrDefault("sv", Map.of());
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, SWEDISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = languageOf(locale);
        String pattern = (language == SWEDISH ? swedish : english).get(key);
        if (pattern == null) {
            log.warn("Missing translation for key '{}' in {}", key, language);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }

    /**
     * The text of a key that may rightly have none, without parameters: a code stored in the data before
     * its key existed (an old audit entry's action, say) falls back to the code rather than "!key!" and a
     * warning on every row.
     */
    public Optional<String> find(String key, Locale locale) {
        return Optional.ofNullable((languageOf(locale) == SWEDISH ? swedish : english).get(key));
    }

    private static Locale languageOf(Locale locale) {
        return locale != null && SWEDISH.getLanguage().equals(locale.getLanguage()) ? SWEDISH : ENGLISH;
    }

    /** Bundle files by language ("en" for the plain name, "sv" for {@code _sv}), each as a file name to its texts. */
    static Map<String, Map<String, Properties>> bundleFiles() {
        Map<String, Map<String, Properties>> files = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN)) {
                String name = resource.getFilename();
                String language = name.endsWith("_sv.properties") ? "sv" : "en";
                String base = name.replaceFirst("(_sv)?\\.properties$", "");
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                files.computeIfAbsent(language, l -> new HashMap<>()).put(base, properties);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the translation bundles", e);
        }
        return files;
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> merged = new HashMap<>();
        bundleFiles().forEach((language, files) -> {
            Map<String, String> texts = new HashMap<>();
            files.forEach((base, properties) -> properties.stringPropertyNames().forEach(key -> {
                if (texts.put(key, properties.getProperty(key)) != null) {
                    throw new IllegalStateException("Translation key '" + key + "' is defined twice (again in " + base + ")");
                }
            }));
            merged.put(language, Map.copyOf(texts));
        });
        return merged;
    }
}
