package io.kadens.ai.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The written rubric for theme names (src/test/resources/eval/feedback-summary-name-rubric.md) as code:
 * a name passes when it is a competency name of the framework, or a noun phrase of one to five words,
 * no separators, in the items' language, starting and ending on a content word, naming the topic and
 * not the verdict.
 */
final class ThemeNameRubric {

    private static final Set<String> EDGE_WORDS_EN = Set.of("and", "or", "but", "the", "a", "an", "of", "to", "in",
            "on", "at", "for", "with", "your", "you", "my", "our", "their", "his", "her", "its", "is", "are", "was",
            "not", "very", "more", "less", "often", "always", "never", "better", "after", "before", "earlier", "later");
    private static final Set<String> EDGE_WORDS_SV = Set.of("och", "eller", "men", "att", "en", "ett", "den", "det",
            "i", "på", "av", "för", "med", "till", "om", "du", "din", "ditt", "dina", "vår", "vårt", "våra", "är",
            "var", "inte", "mycket", "ofta", "alltid", "aldrig", "bättre", "efter", "innan", "tidigare", "senare");

    private ThemeNameRubric() {
    }

    /** The rubric's failed checks for a name; empty when it passes. */
    static List<String> failures(String name, String language, String itemsText, Set<String> competencyNames) {
        List<String> failed = new ArrayList<>();
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (competencyNames.stream().anyMatch(c -> c.equalsIgnoreCase(name.strip()))) {
            return failed;
        }
        if (lower.matches(".*[·/+,&|;:].*")) {
            failed.add("a word list, not a noun phrase");
        }
        List<String> words = TopicWords.tokens(lower);
        if (words.isEmpty() || words.size() > 5) {
            failed.add("not 1–5 words");
            return failed;
        }
        Set<String> own = "sv".equals(language) ? EDGE_WORDS_SV : EDGE_WORDS_EN;
        Set<String> other = "sv".equals(language) ? TopicWords.STOPWORDS_EN : TopicWords.STOPWORDS_SV;
        Set<String> otherOwn = "sv".equals(language) ? TopicWords.STOPWORDS_SV : TopicWords.STOPWORDS_EN;
        if (words.stream().anyMatch(w -> other.contains(w) && !otherOwn.contains(w))) {
            failed.add("a function word of the other language");
        }
        List<String> itemWords = TopicWords.tokens(itemsText);
        if (!words.stream().filter(w -> !otherOwn.contains(w))
                .allMatch(w -> itemWords.stream().anyMatch(t -> ThemeNaming.sameWord(w, t)))) {
            failed.add("a word that is not in the items");
        }
        if (own.contains(words.getFirst()) || own.contains(words.getLast())
                || otherOwn.contains(words.getFirst()) || otherOwn.contains(words.getLast())) {
            failed.add("starts or ends on a function word");
        }
        if (words.stream().anyMatch(w -> Math.abs(PolarityLexicon.weight(w, language)) >= 1)) {
            failed.add("names the verdict");
        }
        if (words.stream().noneMatch(w -> w.length() >= 3 && !w.matches("\\p{N}+"))) {
            failed.add("no word");
        }
        return failed;
    }

    /**
     * Stricter: the name is one a person wrote for the reference theme, or contains one, or is
     * contained in one, comparing words as inflected forms.
     */
    static boolean acceptable(String name, List<String> acceptableNames) {
        List<String> words = TopicWords.tokens(name.toLowerCase(Locale.ROOT));
        for (String accepted : acceptableNames) {
            List<String> reference = TopicWords.tokens(accepted.toLowerCase(Locale.ROOT));
            if (contains(words, reference) || contains(reference, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<String> longer, List<String> shorter) {
        return !shorter.isEmpty() && shorter.stream().allMatch(w -> longer.stream().anyMatch(l -> ThemeNaming.sameWord(w, l)));
    }
}
