package io.kadens.ai.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a feedback sentence is about, as words: its tokens without function words, pronouns, hedges
 * and verdicts. "Your code reviews are great" and "Your estimates are great" share "great", which says
 * nothing about the topic; two sentences belong to one theme when their topic words are alike, not
 * their praise. Topic words are compared by character 4-grams, so inflections and Swedish compounds
 * still meet ("granskningar" in "kodgranskningar", "statusrapporten" and "statusrapporter").
 */
final class TopicWords {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /** Function words, pronouns, auxiliaries and very common verbs and adverbs of both languages. */
    static final Set<String> STOPWORDS_EN = words(
            "a", "an", "the", "and", "or", "but", "so", "yet", "nor", "of", "to", "in", "on", "at", "by", "for",
            "with", "without", "from", "into", "onto", "about", "over", "under", "after", "before", "during",
            "since", "until", "than", "then", "as", "if", "when", "while", "where", "which", "who", "whom", "whose",
            "what", "that", "this", "these", "those", "there", "here", "it", "its", "it's", "i", "me", "my", "mine",
            "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her", "hers", "they",
            "them", "their", "theirs", "one", "ones", "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "done", "doing", "have", "has", "had", "having", "will", "would", "can", "could",
            "should", "shall", "may", "might", "must", "need", "needs", "not", "no", "never", "very", "really",
            "just", "also", "too", "more", "most", "much", "many", "less", "least", "some", "any", "all", "every",
            "each", "other", "others", "another", "such", "only", "even", "still", "again", "always", "often",
            "sometimes", "usually", "rarely", "seldom", "ever", "already", "quite", "rather", "however", "though",
            "although", "because", "how", "why", "get", "gets", "got", "getting", "make", "makes", "made",
            "making", "take", "takes", "took", "taken", "keep", "keeps", "kept", "go", "goes", "went", "gone",
            "come", "comes", "came", "say", "says", "said", "see", "sees", "saw", "seen", "know", "knows", "knew",
            "think", "thinks", "thanks", "thank", "please", "like", "well", "way", "ways", "thing", "things",
            "lot", "lots", "bit", "time", "times", "now", "new", "last", "next", "first", "two", "three", "four",
            "half", "day", "days", "week", "weeks", "month", "months", "quarter", "year", "anyone", "anything",
            "everyone", "everything", "nobody", "nothing", "someone", "something", "instead", "afterwards",
            "later", "earlier", "once", "twice", "ago", "yes", "ok", "okay", "let", "lets", "put", "puts", "give",
            "gives", "gave", "given", "find", "found", "feel", "feels", "felt", "want", "wanted", "wish", "hope",
            "helps", "helped", "help", "use", "uses", "used", "work", "works", "worked", "team", "whole",
            "able", "own", "else", "via", "per", "up", "down", "out", "off", "back", "through", "against",
            "between", "both", "either", "neither", "whether", "shows", "showed", "show", "ask", "asks", "asked",
            "tell", "tells", "told", "try", "tries", "tried", "seem", "seems", "seemed", "become", "became",
            "end", "ended", "start", "started", "last", "lately", "recently", "anymore", "actually", "clearly",
            "indeed", "hand", "side", "part", "piece", "kind");

    static final Set<String> STOPWORDS_SV = words(
            "och", "eller", "men", "utan", "så", "att", "som", "det", "den", "de", "dem", "denna", "detta", "dessa",
            "en", "ett", "i", "på", "av", "till", "från", "för", "med", "om", "vid", "efter", "innan", "före",
            "under", "över", "mellan", "genom", "mot", "hos", "ur", "än", "då", "när", "där", "här", "hur", "vad",
            "vem", "vilken", "vilket", "vilka", "varför", "jag", "mig", "min", "mitt", "mina", "du", "dig", "din",
            "ditt", "dina", "han", "honom", "hans", "hon", "henne", "hennes", "hen", "henom", "vi", "oss", "vår",
            "vårt", "våra", "ni", "er", "ert", "era", "de", "deras", "sig", "sin", "sitt", "sina", "man", "är",
            "var", "varit", "vara", "blir", "blev", "blivit", "bli", "har", "hade", "haft", "ha", "kan", "kunde",
            "kunnat", "ska", "skall", "skulle", "vill", "ville", "måste", "bör", "borde", "får", "fick", "fått",
            "inte", "ej", "aldrig", "ingen", "inget", "inga", "mycket", "väldigt", "riktigt", "verkligen", "bara",
            "också", "även", "alltid", "ofta", "ibland", "sällan", "redan", "fortfarande", "ännu", "igen", "mer",
            "mest", "mindre", "minst", "några", "något", "någon", "alla", "allt", "varje", "andra", "annan",
            "annat", "sådan", "sådant", "sådana", "dock", "däremot", "fast", "fastän", "eftersom", "därför",
            "gör", "gjorde", "gjort", "göra", "tar", "tog", "tagit", "ta", "ger", "gav", "gett", "ge", "går",
            "gick", "gått", "gå", "kommer", "kom", "kommit", "komma", "säger", "sa", "sade", "sagt", "säga",
            "ser", "såg", "sett", "se", "vet", "visste", "vetat", "veta", "tycker", "tyckte", "tack", "gärna",
            "sätt", "sak", "saker", "tid", "gång", "gånger", "nu", "ny", "nya", "nytt", "förra", "nästa",
            "första", "två", "tre", "fyra", "dag", "dagar", "vecka", "veckor", "månad", "månader", "kvartal",
            "år", "alla", "ingenting", "allting", "någonting", "istället", "efteråt", "senare", "tidigare",
            "först", "nog", "ju", "väl", "ja", "nej", "just", "själv", "själva", "hela", "helt", "både", "varken",
            "jobbar", "jobbat", "jobbet", "teamet", "arbetet", "hjälper", "hjälpte", "hjälpt", "använder",
            "kör", "körde", "egen", "eget", "egna", "sina", "dess", "upp", "ner", "ut", "in", "fram", "bort",
            "tillbaka", "kvar", "runt", "sedan", "sen", "faktiskt", "egentligen", "nästan", "lite", "del");

    /** Polarity words: the verdict, not the topic. */
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");

    private TopicWords() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (matcher.find()) {
            String token = matcher.group();
            while (token.endsWith("'") || token.endsWith("-")) {
                token = token.substring(0, token.length() - 1);
            }
            if (token.endsWith("'s")) {
                token = token.substring(0, token.length() - 2);
            }
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    static boolean isStopword(String token, String language) {
        return STOPWORDS_EN.contains(token) || STOPWORDS_SV.contains(token)
                || (!"sv".equals(language) && token.length() < 3);
    }

    /** A word that carries the verdict (praise, criticism, hedging) rather than the topic. */
    static boolean isVerdict(String token, String language) {
        return Math.abs(PolarityLexicon.weight(token, language)) >= 0.5;
    }

    /** The sentence's topic words, lower case, in order. */
    static List<String> topicWords(String sentence, String language) {
        List<String> words = new ArrayList<>();
        for (String token : tokens(sentence)) {
            if (!isStopword(token, language) && !isVerdict(token, language) && !DIGITS.matcher(token).matches()
                    && token.length() >= 3) {
                words.add(token);
            }
        }
        return words;
    }

    /** Character 4-grams of each topic word with word boundaries, as counts. */
    static Map<String, Double> grams(List<String> words) {
        Map<String, Double> grams = new HashMap<>();
        for (String word : words) {
            String padded = "<" + word + ">";
            for (int i = 0; i + 4 <= padded.length(); i++) {
                grams.merge(padded.substring(i, i + 4), 1.0, Double::sum);
            }
        }
        return grams;
    }

    /**
     * Sparse TF-IDF vectors (unit length) of the sentences' topic-word grams, the document frequency
     * counted over these sentences: grams every sentence has weigh nothing.
     */
    static List<Map<String, Double>> tfidf(List<Map<String, Double>> grams) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Map<String, Double> sentence : grams) {
            sentence.keySet().forEach(gram -> documentFrequency.merge(gram, 1, Integer::sum));
        }
        int n = grams.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Map<String, Double> sentence : grams) {
            Map<String, Double> vector = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> entry : sentence.entrySet()) {
                double idf = Math.log((1.0 + n) / (1.0 + documentFrequency.get(entry.getKey()))) + 1;
                double weight = (1 + Math.log(entry.getValue())) * idf;
                vector.put(entry.getKey(), weight);
                norm += weight * weight;
            }
            double length = Math.sqrt(norm);
            if (length > 0) {
                vector.replaceAll((gram, weight) -> weight / length);
            }
            vectors.add(vector);
        }
        return vectors;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double sum = 0;
        for (Map.Entry<String, Double> entry : small.entrySet()) {
            Double other = large.get(entry.getKey());
            if (other != null) {
                sum += entry.getValue() * other;
            }
        }
        return sum;
    }
}
