package io.kadens.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Swedish stay complete: every key in both, every key the code uses in both. */
class TranslationBundlesTest {

    @Test
    void everyBundleHasBothLanguagesWithTheSameKeysAndNoEmptyText() {
        Map<String, Map<String, Properties>> files = KadensTranslations.bundleFiles();
        assertThat(files.get("en")).containsKey("translations");
        assertThat(files.get("sv").keySet()).isEqualTo(files.get("en").keySet());
        files.get("en").forEach((base, english) -> {
            Properties swedish = files.get("sv").get(base);
            assertThat(swedish.stringPropertyNames()).as(base).isEqualTo(english.stringPropertyNames());
            assertThat(english.values()).as(base).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
            assertThat(swedish.values()).as(base).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        });
    }

    @Test
    void everyLiteralKeyTheCodeTranslatesExists() throws Exception {
        Set<String> keys = new TreeSet<>();
        KadensTranslations.bundleFiles().get("en").values().forEach(p -> keys.addAll(p.stringPropertyNames()));
        Pattern literal = Pattern.compile("getTranslation\\(\"([A-Za-z0-9._\\-]+)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theProviderFormatsNumbersForTheLanguageAndFallsBackToEnglish() {
        KadensTranslations translations = new KadensTranslations();
        assertThat(translations.getProvidedLocales()).first().isEqualTo(Locale.ENGLISH);
        assertThat(translations.getTranslation("home.department.count", Locale.forLanguageTag("sv"), 1200))
                .isEqualTo("1\u00a0200 aktiva personer");
        assertThat(translations.getTranslation("home.department.count", Locale.ENGLISH, 1200))
                .isEqualTo("1,200 active people");
        assertThat(translations.getTranslation("nav.people", Locale.GERMAN)).isEqualTo("People");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
