package io.kadens.ai.smart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a goal and a metric are about, so the coach proposes a target only from a source on the same
 * topic: a CSAT target for a customer-satisfaction goal, never an operating-cost one. Topics are
 * families of word stems in English and Swedish; a metric and a goal share a topic when they share a
 * family, or a word stem outside the generic ones.
 */
final class CoachTopics {

    private static final Map<String, List<String>> FAMILIES = Map.ofEntries(
            Map.entry("satisfaction", List.of("satisf", "csat", "nps", "nöjd", "nki", "happiness", "kundupplev",
                    "customer experience", "rating", "betyg", "review")),
            Map.entry("cost", List.of("cost", "kostn", "spend", "expens", "budget", "utgift", "saving", "bespar",
                    "opex", "capex")),
            Map.entry("revenue", List.of("revenue", "sales", "sell", "intäkt", "försälj", "omsättn", "arr", "mrr",
                    "booking", "order", "deal", "affär", "sälj")),
            Map.entry("retention", List.of("churn", "retention", "renewal", "förnyel", "återkommande", "lojal",
                    "loyal", "repeat")),
            Map.entry("staff-turnover", List.of("turnover", "attrition", "personalomsättn", "avgång", "resign")),
            Map.entry("speed", List.of("response", "svarstid", "lead time", "ledtid", "reply", "wait", "vänt",
                    "handläggn", "cycle time", "time to", "turnaround", "genomloppstid", "faster", "snabb", "answer",
                    "besvar", "svars", "shorten", "korta")),
            Map.entry("quality", List.of("defect", "bug", "incident", "crash", "error", "fel", "avvikel",
                    "reklamation", "complaint", "klagom", "quality", "kvalitet", "rework")),
            Map.entry("engagement", List.of("engagement", "enps", "engagemang", "medarbetarenkät", "pulse",
                    "motivation", "morale", "trivsel")),
            Map.entry("availability", List.of("uptime", "availab", "tillgängl", "outage", "driftstör", "downtime",
                    "sla")),
            Map.entry("conversion", List.of("conversion", "konver", "signup", "sign-up", "trial", "funnel", "leads")),
            Map.entry("absence", List.of("absence", "sick", "sjukfrånv", "frånvaro", "wellbeing", "friskvård",
                    "hälsa", "health")),
            Map.entry("learning", List.of("training", "course", "certif", "utbild", "kurs", "skill", "kompetens",
                    "learn", "lär")),
            Map.entry("communication", List.of("communicat", "kommunik", "presentation", "meeting", "möte",
                    "feedback", "speak", "tala")),
            Map.entry("hiring", List.of("hire", "hiring", "recruit", "rekryt", "anställ", "candidate", "kandidat",
                    "time to hire")),
            Map.entry("delivery", List.of("release", "deploy", "delivery", "leverans", "velocity", "throughput",
                    "on time", "i tid", "punktlig")));
    private static final Set<String> GENERIC = Set.of("customer", "customers", "kund", "kunder", "kunderna",
            "team", "teamet", "company", "företaget", "our", "all", "every", "goal", "mål", "target", "increase",
            "improve", "reduce", "raise", "öka", "minska", "förbättra", "höja", "sänka", "better", "bättre", "more",
            "mer", "new", "nya", "year", "year's", "quarter", "region", "regions", "across", "within");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private CoachTopics() {
    }

    /** The topic families a text touches, found by stems ("kundnöjdheten" is satisfaction). */
    static Set<String> families(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> found = new java.util.TreeSet<>();
        List<String> words = words(lower);
        // Swedish writes compounds as one word with the head last ("kundnöjdhet"), so a stem may sit
        // inside a word there; in English it must start one ("operating" is no "rating").
        boolean compounds = io.kadens.ai.Languages.SWEDISH.equals(SmartChecker.detectLanguage(text));
        FAMILIES.forEach((family, stems) -> {
            for (String stem : stems) {
                boolean hit = stem.contains(" ") ? lower.contains(stem)
                        : words.stream().anyMatch(word -> stem.length() <= 3 ? word.equals(stem)
                        || word.startsWith(stem) && word.length() <= stem.length() + 2
                        : compounds ? word.contains(stem) : word.startsWith(stem));
                if (hit) {
                    found.add(family);
                    break;
                }
            }
        });
        return found;
    }

    /**
     * Whether a target's metric (and the source line it sits on) is about what the goal is about: the
     * metric's families meet the goal's, or, when the metric names no family, it shares a word stem
     * with the goal. A target without a metric is about nothing and never fits.
     */
    static boolean fits(String goal, String metric) {
        if (metric == null || metric.isBlank()) {
            return false;
        }
        Set<String> metricFamilies = families(metric);
        Set<String> goalFamilies = families(goal);
        if (!metricFamilies.isEmpty()) {
            return metricFamilies.stream().anyMatch(goalFamilies::contains);
        }
        List<String> goalWords = words(goal.toLowerCase(Locale.ROOT));
        return words(metric.toLowerCase(Locale.ROOT)).stream().filter(word -> word.length() >= 4
                && !GENERIC.contains(word)).anyMatch(word -> goalWords.stream().anyMatch(other -> other.length() >= 4
                && !GENERIC.contains(other) && other.regionMatches(0, word, 0, Math.min(5, Math.min(word.length(),
                other.length())))));
    }

    /** What the goal is about, for a question: the text after its first verb, without its deadline. */
    static String subject(String text) {
        String stripped = text.strip().replaceAll("[.!?\\s]+$", "");
        Matcher first = WORD.matcher(stripped);
        if (first.find() && first.start() == 0 && stripped.length() > first.end() + 1) {
            Optional<String> rest = Optional.of(stripped.substring(first.end()).strip());
            return rest.filter(r -> r.length() >= 3).orElse(stripped);
        }
        return stripped;
    }

    private static List<String> words(String lower) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(lower);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
