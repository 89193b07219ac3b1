package io.kadens.competencies;

import io.kadens.ai.CompetencyFrameworkTerms;
import io.kadens.ai.CompetencyTerms;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bound tenant's competency framework as the knowledge search's expansion terms: each active competency's name
 * with the content words of its behavioural indicators, as HR wrote them (so in the framework's language). Read with
 * one query of the tenant's competencies per search, so an edited framework counts from the next search on, on
 * every instance, without a cache to invalidate.
 *
 * <p>Only words of five letters or more that are not common function words become terms: the expansion matches
 * words by their first five letters, and a short or common word would make nearly every question "name" the
 * competency.
 */
@Component
public class CompetencySearchTerms implements CompetencyFrameworkTerms {

    /** Enough words to carry an indicator ladder's vocabulary without turning every question into a long OR. */
    static final int MAX_TERMS_PER_COMPETENCY = 24;
    static final int MIN_TERM_LENGTH = 5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> COMMON = Set.copyOf(List.of(
            // English
            "about", "above", "across", "after", "again", "always", "among", "another", "around", "based", "because",
            "before", "being", "below", "between", "beyond", "clearly", "could", "doing", "during", "either", "every",
            "other", "others", "often", "their", "theirs", "there", "these", "thing", "things", "those", "through",
            "under", "until", "using", "where", "which", "while", "within", "without", "would", "should", "level",
            "levels", "makes", "shows", "takes", "works", "people", "regularly", "sometimes", "usually",
            // Swedish
            "alltid", "andra", "annat", "bland", "dessa", "detta", "deras", "efter", "eller", "ellers", "enligt",
            "genom", "hennes", "hans", "innan", "inför", "kring", "mellan", "mycket", "någon", "något", "några",
            "också", "ofta", "sedan", "sina", "sitt", "själv", "andras", "under", "utan", "vilka", "vilken", "vilket",
            "varje", "varför", "därför", "medan", "nivå", "nivån", "visar", "arbetar", "personer", "regelbundet"));

    private final FrameworkRepository repository;

    CompetencySearchTerms(FrameworkRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CompetencyTerms> ofBoundTenant() {
        return repository.competencies(false, null).stream().map(CompetencySearchTerms::termsOf).toList();
    }

    /** A competency's name with the distinct content words of its indicators, in the order the ladder uses them. */
    public static CompetencyTerms termsOf(Competency competency) {
        Set<String> nameWords = words(competency.name());
        Set<String> terms = new LinkedHashSet<>();
        for (String indicator : competency.data().indicators()) {
            for (String word : words(indicator)) {
                if (terms.size() < MAX_TERMS_PER_COMPETENCY && word.length() >= MIN_TERM_LENGTH
                        && !COMMON.contains(word) && !nameWords.contains(word) && !word.chars().allMatch(Character::isDigit)) {
                    terms.add(word);
                }
            }
        }
        return new CompetencyTerms(competency.name(), List.copyOf(terms));
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text != null) {
            Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
            while (matcher.find()) {
                words.add(matcher.group());
            }
        }
        return words;
    }
}
