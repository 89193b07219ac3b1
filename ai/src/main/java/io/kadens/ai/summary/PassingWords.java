package io.kadens.ai.summary;

import java.util.List;
import java.util.Set;

/**
 * Words that only say when, or where in passing: times of day, weekdays, months, seasons and holidays, shifts, and
 * adverbs of place ("on the night shift", "in the afternoon", "i höstas", "på passet", "uppe på salarna"). Feedback of
 * every topic mentions them, so two remarks that share one are not alike for it and a theme is not named after one
 * (the twelfth-set round's wrong themes "Night", "Afternoon", "Höst", "Passet"; the thirteenth-set round's rule,
 * docs/decisions/2026-12-07-feedback-themes-thirteenth-set.md). Whole categories, not words of labelled sentences.
 * The thesaurus concepts ({@link TopicConcepts}) still see "shift" and "skift": a remark about the rota keeps its topic.
 */
final class PassingWords {

    private static final Set<String> ENGLISH = Set.of(
            "morning", "afternoon", "evening", "night", "tonight", "overnight", "midday", "noon", "midnight", "dawn",
            "dusk", "lunchtime", "daytime", "nighttime", "yesterday", "today", "tomorrow", "weekday", "weekend",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "spring", "summer", "autumn", "winter", "christmas", "easter", "shift", "nightshift",
            "upstairs", "downstairs", "indoors", "outdoors", "outside", "inside", "nearby");

    /** Swedish stems; each also with the endings below, and compounds of two ("nattpasset", "söndagskvällen"). */
    private static final Set<String> SWEDISH_STEMS = Set.of(
            "morgon", "morgn", "förmiddag", "eftermiddag", "kväll", "natt", "midnatt", "dygn", "helg", "vardag",
            "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "januari", "februari", "april",
            "juni", "juli", "augusti", "september", "oktober", "november", "december", "vår", "sommar", "somr", "höst",
            "vinter", "vintr", "jul", "påsk", "midsommar");
    /** Swedish words taken only as they are: with an ending they are other words ("passar", "majs", "nätta"). */
    private static final Set<String> SWEDISH_FORMS = Set.of(
            "nätter", "nätterna", "idag", "igår", "imorgon", "imorse", "ikväll", "inatt", "mars", "maj", "pass",
            "passet", "passen", "passets", "skift", "skiftet", "skiften", "uppe", "nere", "inne", "ute", "borta",
            "hemma", "uppåt", "nedåt");
    private static final List<String> SWEDISH_ENDINGS = List.of("", "en", "n", "ens", "ar", "arna", "as", "et",
            "ets", "er", "erna");

    private PassingWords() {
    }

    /** Whether the lower-case topic word only says when, or where in passing. */
    static boolean isPassing(String word, String language) {
        if ("sv".equals(language)) {
            return swedish(word, 0);
        }
        return ENGLISH.contains(word) || word.endsWith("s") && ENGLISH.contains(word.substring(0, word.length() - 1));
    }

    /** A Swedish stem with an ending, or a compound of two such words ("nattpasset", "söndagskvällen"). */
    private static boolean swedish(String word, int depth) {
        if (SWEDISH_FORMS.contains(word)) {
            return true;
        }
        for (String ending : SWEDISH_ENDINGS) {
            if (word.endsWith(ending) && SWEDISH_STEMS.contains(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        if (depth > 0) {
            return false;
        }
        for (int split = 3; split <= word.length() - 3; split++) {
            String first = word.substring(0, split);
            String linked = first.endsWith("s") ? first.substring(0, first.length() - 1) : first;
            if ((SWEDISH_STEMS.contains(first) || SWEDISH_STEMS.contains(linked) || SWEDISH_FORMS.contains(first))
                    && swedish(word.substring(split), 1)) {
                return true;
            }
        }
        return false;
    }
}
