package io.kadens.ai.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a statement's facts agree with the sources it cites, in English and Swedish. Similarity of
 * meaning cannot tell "82 %" from "92 %", "found no issues" from "found issues", or "usually" from
 * "always"; these checks can:
 * <ul>
 *   <li><b>numbers</b>: every number of the statement (digits or number words, "3,5 %" and "3.5%"
 *       alike) is a number of the sources;</li>
 *   <li><b>dates</b>: every month, quarter, half, season and weekday the statement names is named by
 *       the sources (years are numbers);</li>
 *   <li><b>people and names</b>: every capitalised name of the statement appears in the sources (a
 *       capital that only starts the sentence does not count, unless a second capital follows: "Johan
 *       Berg leads …");</li>
 *   <li><b>negation</b>: the statement is negated exactly when the source sentence closest to it is;</li>
 *   <li><b>absolutes</b>: "always", "every", "all", "never", "alltid", "varje", "alla", "aldrig" … only
 *       when the sources say as much, so "usually" is not made "always".</li>
 * </ul>
 */
public final class FactCheck {

    /** Which fact disagreed, and the statement's words that did. */
    public record Disagreement(Kind kind, String words) {
    }

    public enum Kind { NUMBER, DATE, NAME, NEGATION, ABSOLUTE }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’:][\\p{L}]+)?");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[  ]\\d{3})+|\\d{1,3}(?:,\\d{3}){2,}|\\d+)(?:[.,](\\d+))?(?![\\p{L}\\p{N}])");
    /** An ISO date ("2027-03-14") says its month as much as "March 2027" does. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{L}\\p{N}])");
    /** Sentences, cut further at commas, semicolons and the conjunctions that join clauses. */
    private static final Pattern CLAUSE = Pattern.compile("(?U)(?:[^.!?;,\\n](?!\\s(?:and|but|och|men|while|medan"
            + "|whereas|although|though|fast)\\s))+[^.!?;,\\n]?");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "but", "are", "was", "were", "has",
            "have", "had", "for", "with", "from", "that", "this", "its", "their", "our", "och", "men", "har", "hade",
            "för", "med", "från", "som", "det", "den", "att", "till", "var", "är", "blev", "sin", "sina", "sitt");
    private static final Set<String> QUANTIFIER_SKIP = Set.of("the", "of", "our", "their", "its", "a", "i", "av",
            "de", "våra", "vår", "vårt", "dess", "deras", "sina", "in", "new", "nya", "nytt", "ny");

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("fifteen", "15"), Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
            Map.entry("fifty", "50"), Map.entry("hundred", "100"), Map.entry("thousand", "1000"),
            Map.entry("twice", "2"), Map.entry("double", "2"), Map.entry("triple", "3"), Map.entry("half", "0.5"),
            Map.entry("två", "2"), Map.entry("tre", "3"), Map.entry("fyra", "4"), Map.entry("fem", "5"),
            Map.entry("sex", "6"), Map.entry("sju", "7"), Map.entry("åtta", "8"), Map.entry("nio", "9"),
            Map.entry("tio", "10"), Map.entry("elva", "11"), Map.entry("tolv", "12"), Map.entry("femton", "15"),
            Map.entry("tjugo", "20"), Map.entry("trettio", "30"), Map.entry("fyrtio", "40"), Map.entry("femtio", "50"),
            Map.entry("hundra", "100"), Map.entry("tusen", "1000"), Map.entry("dubbelt", "2"),
            Map.entry("hälften", "0.5"), Map.entry("halva", "0.5"));
    private static final Map<String, String> DATE_WORDS = Map.ofEntries(
            Map.entry("january", "m1"), Map.entry("januari", "m1"), Map.entry("february", "m2"),
            Map.entry("februari", "m2"), Map.entry("march", "m3"), Map.entry("mars", "m3"), Map.entry("april", "m4"),
            Map.entry("may", "m5"), Map.entry("maj", "m5"), Map.entry("june", "m6"), Map.entry("juni", "m6"),
            Map.entry("july", "m7"), Map.entry("juli", "m7"), Map.entry("august", "m8"), Map.entry("augusti", "m8"),
            Map.entry("september", "m9"), Map.entry("october", "m10"), Map.entry("oktober", "m10"),
            Map.entry("november", "m11"), Map.entry("december", "m12"),
            Map.entry("monday", "d1"), Map.entry("måndag", "d1"), Map.entry("tuesday", "d2"), Map.entry("tisdag", "d2"),
            Map.entry("wednesday", "d3"), Map.entry("onsdag", "d3"), Map.entry("thursday", "d4"),
            Map.entry("torsdag", "d4"), Map.entry("friday", "d5"), Map.entry("fredag", "d5"),
            Map.entry("saturday", "d6"), Map.entry("lördag", "d6"), Map.entry("sunday", "d7"), Map.entry("söndag", "d7"),
            Map.entry("spring", "s1"), Map.entry("våren", "s1"), Map.entry("summer", "s2"), Map.entry("sommaren", "s2"),
            Map.entry("sommar", "s2"), Map.entry("autumn", "s3"), Map.entry("fall", "s3"), Map.entry("hösten", "s3"),
            Map.entry("höst", "s3"), Map.entry("winter", "s4"), Map.entry("vintern", "s4"), Map.entry("vinter", "s4"));
    private static final Pattern QUARTER = Pattern.compile("[qh][1-4]|fy\\d{2,4}");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing",
            "neither", "nor", "cannot", "n't", "inte", "ej", "icke", "ingen", "inget", "inga", "aldrig", "varken",
            "ingenting");
    /** Absolute words, by what they claim: the source must claim as much in the same group. */
    private static final Map<String, String> ABSOLUTES = Map.ofEntries(
            Map.entry("always", "always"), Map.entry("alltid", "always"), Map.entry("invariably", "always"),
            Map.entry("never", "never"), Map.entry("aldrig", "never"),
            Map.entry("every", "all"), Map.entry("each", "all"), Map.entry("all", "all"), Map.entry("everyone", "all"),
            Map.entry("everybody", "all"), Map.entry("everything", "all"), Map.entry("varje", "all"),
            Map.entry("alla", "all"), Map.entry("allt", "all"), Map.entry("samtliga", "all"),
            Map.entry("samtlig", "all"));
    /** Capitalised words that are no names: pronouns, and words a sentence part often starts with. */
    private static final Set<String> NOT_NAMES = Set.of("i", "jag", "vi", "we", "the", "a", "an");
    /** Words that stand where a name stood without naming anyone else ("She led…" for "Åsa led…"). */
    private static final Set<String> STAND_INS = Set.of("he", "she", "they", "it", "you", "this", "that", "these",
            "those", "his", "her", "their", "its", "my", "your", "our", "someone", "everyone", "nobody", "one",
            "han", "hon", "hen", "de", "dem", "den", "det", "du", "ni", "man", "hans", "hennes", "deras", "dess",
            "någon", "alla", "ingen", "denna", "detta", "dessa");

    private FactCheck() {
    }

    /** The first fact of {@code statement} the sources disagree with; empty when all agree. */
    public static Optional<Disagreement> disagreement(String statement, List<String> sources) {
        String source = String.join("\n", sources);
        Facts said = Facts.of(statement);
        Facts known = Facts.of(source);
        Set<String> knownNumbers = new HashSet<>(known.numbers);
        knownNumbers.addAll(known.otherReadings.values());
        for (String number : said.numbers) {
            if (!knownNumbers.contains(number) && !knownNumbers.contains(said.otherReadings.get(number))) {
                return Optional.of(new Disagreement(Kind.NUMBER, number));
            }
        }
        for (String date : said.dates) {
            if (!known.dates.contains(date)) {
                return Optional.of(new Disagreement(Kind.DATE, said.words.getOrDefault(date, date)));
            }
        }
        for (String name : said.names) {
            if (!known.lowerWords.contains(name) && !known.lowerWords.contains(stripGenitive(name))
                    && known.lowerWords.stream().noneMatch(word -> stripGenitive(word).equals(stripGenitive(name)))) {
                return Optional.of(new Disagreement(Kind.NAME, name));
            }
        }
        Optional<String> standIn = said.sentenceStartStandingForAName(known);
        if (standIn.isPresent()) {
            return Optional.of(new Disagreement(Kind.NAME, standIn.get()));
        }
        for (String absolute : said.absolutes) {
            if (!known.absolutes.contains(absolute)) {
                return Optional.of(new Disagreement(Kind.ABSOLUTE, said.words.getOrDefault("abs:" + absolute, absolute)));
            }
        }
        // Clause by clause: "met monthly and did not meet in July" holds one negation, not two.
        Matcher clauses = CLAUSE.matcher(statement);
        while (clauses.find()) {
            Facts clause = Facts.of(clauses.group());
            if (clause.contentWords.size() < 2 && clause.negations.isEmpty()) {
                continue;
            }
            String closest = closestClause(clauses.group(), source);
            boolean negated = !clause.negations.isEmpty();
            if (negated != !Facts.of(closest).negations.isEmpty()) {
                return Optional.of(new Disagreement(Kind.NEGATION,
                        negated ? clause.negations.getFirst() : closest.strip()));
            }
        }
        for (Map.Entry<String, String> quantified : said.quantified.entrySet()) {
            // "every month" in the source is no ground for "everyone in the group".
            if (known.quantified.keySet().stream().noneMatch(word -> sameStem(word, quantified.getKey()))) {
                return Optional.of(new Disagreement(Kind.ABSOLUTE, quantified.getValue()));
            }
        }
        return Optional.empty();
    }

    private static String stripGenitive(String word) {
        if (word.endsWith("'s") || word.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.length() > 3 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** The source clause sharing the most words with the statement's (its negation is what is compared). */
    private static String closestClause(String statement, String source) {
        Set<String> words = new HashSet<>(Facts.of(statement).contentWords);
        String best = source;
        double bestScore = -1;
        Matcher sentences = CLAUSE.matcher(source);
        while (sentences.find()) {
            Facts facts = Facts.of(sentences.group());
            if (facts.contentWords.isEmpty()) {
                continue;
            }
            // Dates, numbers and names say most about which clause a statement restates.
            double shared = facts.contentWords.stream().filter(word -> words.stream().anyMatch(w -> sameStem(w, word)))
                    .mapToDouble(word -> DATE_WORDS.containsKey(word) || word.chars().anyMatch(Character::isDigit)
                            || facts.names.contains(word) ? 2 : 1).sum();
            double score = shared / Math.sqrt(facts.contentWords.size());
            if (score > bestScore) {
                bestScore = score;
                best = sentences.group();
            }
        }
        return best;
    }

    private static boolean sameStem(String a, String b) {
        int length = Math.min(Math.min(a.length(), b.length()), 5);
        return length >= 3 && a.regionMatches(0, b, 0, length) && Math.abs(a.length() - b.length()) <= 6
                || a.equals(b);
    }

    /** The facts of one text. */
    private static final class Facts {
        final Set<String> numbers = new HashSet<>();
        final Set<String> dates = new HashSet<>();
        final List<String> names = new ArrayList<>();
        final Set<String> absolutes = new HashSet<>();
        final List<String> negations = new ArrayList<>();
        final Set<String> lowerWords = new HashSet<>();
        final List<String> contentWords = new ArrayList<>();
        final Map<String, String> words = new java.util.HashMap<>();
        /** A number's other reading where its separator is ambiguous ("12,000": 12 or 12000). */
        final Map<String, String> otherReadings = new java.util.HashMap<>();
        /** The word each "all"-kind quantifier is about ("every month": month), with the words quoted. */
        final Map<String, String> quantified = new java.util.LinkedHashMap<>();

        final List<String> tokens = new ArrayList<>();
        final Set<Integer> nameAt = new HashSet<>();
        /** Capitalised words that start a sentence: not counted as names, since any sentence starts so. */
        final List<Integer> capitalisedStarts = new ArrayList<>();

        /**
         * A word starting a sentence that is in no source, standing where a source has a name before the same
         * next word: "Örjan led the migration" against "Åsa Lindström led the migration".
         */
        Optional<String> sentenceStartStandingForAName(Facts source) {
            for (int i : capitalisedStarts) {
                String lower = tokens.get(i).toLowerCase(Locale.ROOT);
                if (i + 1 >= tokens.size() || source.lowerWords.contains(lower) || STAND_INS.contains(lower)
                        || NOT_NAMES.contains(lower) || FUNCTION_WORDS.contains(lower) || NEGATIONS.contains(lower)
                        || ABSOLUTES.containsKey(lower) || NUMBER_WORDS.containsKey(lower)
                        || DATE_WORDS.containsKey(lower)) {
                    continue;
                }
                String next = tokens.get(i + 1).toLowerCase(Locale.ROOT);
                for (int j = 1; j < source.tokens.size(); j++) {
                    if (source.nameAt.contains(j - 1) && source.tokens.get(j).toLowerCase(Locale.ROOT).equals(next)) {
                        return Optional.of(tokens.get(i));
                    }
                }
            }
            return Optional.empty();
        }

        static Facts of(String text) {
            Facts facts = new Facts();
            String normalised = text.replace('’', '\'');
            Matcher number = NUMBER.matcher(normalised);
            while (number.find()) {
                String whole = number.group(1).replaceAll("[  ,]", "");
                String fraction = number.group(2);
                String reading = fraction == null || fraction.chars().allMatch(c -> c == '0') ? strip(whole)
                        : strip(whole) + "." + fraction.replaceAll("0+$", "");
                facts.numbers.add(reading);
                if (fraction != null && fraction.length() == 3 && number.group(1).length() <= 3) {
                    // "12,000" is twelve thousand in English and twelve in Swedish: either reading may be meant.
                    facts.otherReadings.put(reading, strip(whole + fraction));
                }
            }
            Matcher iso = ISO_DATE.matcher(normalised);
            while (iso.find()) {
                int month = Integer.parseInt(iso.group(2));
                if (month >= 1 && month <= 12) {
                    facts.dates.add("m" + month);
                }
            }
            List<String> tokens = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            Matcher token = TOKEN.matcher(normalised);
            while (token.find()) {
                tokens.add(token.group());
                starts.add(token.start());
            }
            facts.tokens.addAll(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                String original = tokens.get(i);
                String lower = original.toLowerCase(Locale.ROOT);
                facts.lowerWords.add(lower);
                if (lower.endsWith("n't")) {
                    facts.negations.add(original);
                }
                if (NUMBER_WORDS.containsKey(lower)) {
                    facts.numbers.add(NUMBER_WORDS.get(lower));
                }
                if (DATE_WORDS.containsKey(lower) && !(lower.equals("may") && !Character.isUpperCase(original.charAt(0)))
                        && !(lower.equals("fall") && !isDateContext(tokens, i))) {
                    facts.dates.add(DATE_WORDS.get(lower));
                    facts.words.put(DATE_WORDS.get(lower), original);
                }
                if (QUARTER.matcher(lower).matches()) {
                    facts.dates.add(lower);
                }
                if (NEGATIONS.contains(lower)) {
                    facts.negations.add(original);
                }
                if (ABSOLUTES.containsKey(lower)) {
                    facts.absolutes.add(ABSOLUTES.get(lower));
                    facts.words.putIfAbsent("abs:" + ABSOLUTES.get(lower), original);
                    if (ABSOLUTES.get(lower).equals("all")) {
                        for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
                            String next = tokens.get(j).toLowerCase(Locale.ROOT);
                            if (!QUANTIFIER_SKIP.contains(next)) {
                                facts.quantified.putIfAbsent(next, original + " " + tokens.get(j));
                                break;
                            }
                        }
                    }
                }
                if (lower.length() >= 3 && !NEGATIONS.contains(lower) && !FUNCTION_WORDS.contains(lower)) {
                    facts.contentWords.add(lower);
                }
                if (isName(normalised, tokens, starts, i)) {
                    facts.names.add(lower);
                    facts.nameAt.add(i);
                } else if (Character.isUpperCase(original.codePointAt(0)) && startsSentence(normalised, starts.get(i))
                        && original.chars().noneMatch(Character::isDigit)) {
                    facts.capitalisedStarts.add(i);
                }
            }
            return facts;
        }

        private static boolean isDateContext(List<String> tokens, int i) {
            return i > 0 && Set.of("the", "this", "next", "last", "in", "by").contains(tokens.get(i - 1)
                    .toLowerCase(Locale.ROOT));
        }

        private static String strip(String digits) {
            String stripped = digits.replaceFirst("^0+(?=\\d)", "");
            return stripped.isEmpty() ? "0" : stripped;
        }

        private static boolean isName(String text, List<String> tokens, List<Integer> starts, int i) {
            String token = tokens.get(i);
            if (!Character.isUpperCase(token.codePointAt(0)) || NOT_NAMES.contains(token.toLowerCase(Locale.ROOT))
                    || DATE_WORDS.containsKey(token.toLowerCase(Locale.ROOT))
                    || QUARTER.matcher(token.toLowerCase(Locale.ROOT)).matches()
                    || token.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            if (!startsSentence(text, starts.get(i))) {
                return true;
            }
            // A capital that starts a sentence names someone only when another capital follows it.
            return i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i + 1).codePointAt(0))
                    && !startsSentence(text, starts.get(i + 1))
                    && !DATE_WORDS.containsKey(tokens.get(i + 1).toLowerCase(Locale.ROOT))
                    && !QUARTER.matcher(tokens.get(i + 1).toLowerCase(Locale.ROOT)).matches();
        }

        private static boolean startsSentence(String text, int at) {
            for (int i = at - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '”' || c == '(' || c == '-'
                        || c == '•' || c == '*') {
                    continue;
                }
                return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
            }
            return true;
        }
    }
}
