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
 * Polarity of a feedback sentence from hand-written English and Swedish lexicons: praise scores
 * above zero, criticism and "could do more of" below. Rules, in order:
 * <ul>
 *   <li>growth phrases ("it would be good if", "could be better", "skulle vara bra om") count as one
 *       strong growth cue, whatever pleasant words they contain;</li>
 *   <li>a word weighs its lexicon weight; entries ending in {@code *} match every word they begin
 *       (Swedish inflects: "tydlig*" matches tydligt, tydliga);</li>
 *   <li>an intensifier ("very", "väldigt") multiplies the next weighted word by 1.5;</li>
 *   <li>a negator ("not", "never", "inte", "aldrig", "-n't") flips the next weighted word within three
 *       words ("not clear" is negative, "never late" positive);</li>
 *   <li>a contrast ("but", "however", "men", "dock") halves what came before it and weighs what
 *       follows by 1.5; a concession ("although", "även om", "fast") halves its own clause up to the
 *       next comma.</li>
 * </ul>
 */
public final class PolarityLexicon {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+|,");
    private static final String GROWTH_TOKEN = "zzgrowth";
    private static final String BETTER_TOKEN = "zzbetter";
    /** What "now … instead of …" weighs: a change for the better, said as a comparison with how it was. */
    private static final double BETTER = 1.5;
    /**
     * "Now … instead of / down from …" says how much better it got ("closes on the fourth day now instead of the
     * eighth", "tar nu en dag i stället för tre"); without "now" the same comparison is what went wrong instead
     * ("found out from a customer instead of from you"), which the growth phrases below count.
     */
    private static final Pattern NOW = Pattern.compile("\\b(?:now|nowadays|no longer|nu|numera|inte längre)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMPARED_WITH_BEFORE = Pattern.compile(
            "\\b(?:instead of|rather than|down from|i stället för|istället för|jämfört med)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** What a negation that flips no weighted word adds: something is missing or does not happen. */
    private static final double DANGLING_NEGATION = -0.6;
    /** How many words after a negator it may still turn ("har vi inte haft en enda olycka"). */
    private static final int NEGATION_REACH = 4;

    private static final List<Pattern> GROWTH_PHRASES = compile(
            "would be (?:good|great|nice|helpful|better) (?:if|to)", "it would help (?:if|to)",
            "could (?:be|get|become) better", "room for improvement", "(?:needs?|has) to work on",
            "i(?:'d| would) like", "would be \\p{L}+er (?:if|with)", "would like to see", "i wish",
            "skulle vara (?:bra|bättre|skönt|fint|hjälpsamt) (?:om|att|med)", "vore (?:bra|bättre|skönt|fint) (?:om|att|med)",
            "kan bli bättre", "kunde bli bättre", "finns utrymme", "behöver jobba på", "behöver bli bättre",
            "jag önskar", "önskar mig", "skulle (?:gärna|vilja) se",
            // Implicit criticism: what happened instead, what is still missing, who found out too late.
            "instead of", "(?:found|find|finds) out", "ended up", "out of date", "(?:no|without(?: a| any)?) (?:reply|answer|response|explanation|notice)",
            "(?:still|yet to be) (?:open|waiting|missing|unanswered)", "too (?:long|late|short|vague|many|much|dense)",
            "i stället för", "istället för", "först när", "fick (?:veta|reda på)", "(?:inget|utan) svar",
            "för (?:sent|sena|korta|kort|långa|långt|lite|många|otydlig\\p{L}*)", "drar (?:ofta )?över",
            "blir (?:ofta )?liggande", "väntar fortfarande", "fortfarande inte",
            // Requests and wishes: what someone asks for is what they miss.
            "it would help(?: a lot| us)? (?:if|to)", "(?:need|needs) to", "could you", "would you",
            "behöver (?:\\p{L}+ )?\\p{L}+a", "jag hade gärna", "skulle behöva",
            // Numbers that were missed, work that was late or slipped, things heard about second-hand.
            "(?:was|were|is|are|been) (?:far |way )?off", "off by", "far off", "from scratch",
            "(?:run|runs|ran|running) (?:\\p{L}+ ){0,3}over", "(?:keep|keeps|kept) (?:moving|changing|slipping)",
            "after the (?:agreed|planned|promised) (?:date|deadline)", "(?:heard|learned|learnt) about (?:it|this|that) (?:from|after)",
            "only (?:found out|heard|learned|learnt|told)", "before (?:they|we|i) heard",
            "efter (?:det )?(?:överenskomna|utlovade|planerade) (?:datum|datumet)", "hörde (?:talas )?om det (?:från|av)",
            // A wish however warmly put ("I'd love to see you…"), and the counterfactual: what would have helped
            // did not happen ("a sample call would have saved us a day", "en kort avstämning hade räckt").
            "i(?:'d| would) (?:really |so |just )?(?:love|like) (?:to|it if|if)", "would go a long way",
            "would have (?:been|helped|saved|made|avoided|prevented)", "hade (?:sparat|räckt|hjälpt|behövts|underlättat)",
            "skulle ha (?:sparat|hjälpt|underlättat|räckt)");

    private static final Map<String, Double> EN = weights("""
            great 2, excellent 2, outstanding 2, fantastic 2, brilliant 2, amazing 2, superb 2, exceptional 2,
            good 1, nice 1, clear 1, clearly 1, helpful 1.5, supportive 1.5, strong 1, strength* 1, reliable 1.5,
            dependable 1.5, thorough 1, calm 1, patient 1, kind 1, generous 1, proactive 1.5, creative 1,
            insightful 1.5, structured 1, organised 1, organized 1, well 0.5, appreciat* 1.5, thank* 1, love* 1,
            impress* 1.5, inspir* 1.5, excel* 1.5, effective 1, effectively 1, efficient 1, constructive 1,
            motivat* 1, trust* 1, respect* 1, listens 0.7, listening 0.5, engaging 1, engaged 1, skilled 1,
            knowledgeable 1, valuable 1, easy 0.5, smooth* 1, positive 1, honest 1, brave 1, confident 1,
            always 0.3, enjoy* 1, welcom* 1, responsive 1, encourag* 1, empower* 1, fair 1, open 0.5,
            late -1, missed -1, misses -1, miss -1, confus* -1.5, unclear -1.5, vague -1, slow -1, difficult -1,
            hard -0.5, rush* -1, rude -2, dismissive -2, interrupt* -1.5, defensive -1.5, stress* -1,
            overwhelm* -1, disorganis* -1.5, disorganiz* -1.5, inconsistent -1, frustrat* -1.5, poor* -1.5,
            bad -1.5, weak -1, weakness* -1, problem* -1, issue* -0.7, struggl* -1.5, lack* -1.5, forget* -1,
            forgot* -1, delay* -1, ignor* -1.5, avoid* -1, harsh -1.5, blunt -1, micromanag* -1.5, worr* -1,
            concern* -1, unprepared -1.5, unresponsive -1.5, hesitant -1, fail* -1.5, mistake* -1, wrong -1,
            impatient -1.5, dominat* -1, overcommit* -1, chaotic -1.5, messy -1, unfocused -1, scattered -1,
            improve* -1, could -0.8, should -0.8, wish -1, develop -0.5, try -0.5,
            sometimes -0.3, too -0.5, less -0.3, more 0, earlier -0.5, wait* -1, impossible -1.5, lost -1,
            nobody -1, again -0.3, please -1, still -0.5, long -0.5, quiet -0.7, surpris* -0.7, protect* 1,
            uncover* 1.5, faster 0.7, cancel* -1, accident* -1, scripted -0.5, solid 1, quick 0.5, quickly 0.5, brilliant* 2, excellently 2, willing 1, patient* 1, drag* -1, slip* -1, overspen* -1.5, optimistic -0.5
            """);

    private static final Map<String, Double> SV = weights("""
            bra 1.5, jättebra 2, utmärkt* 2, fantastisk* 2, toppen 2, grym* 1.5, lysande 2, suverän* 2,
            tydlig* 1, hjälpsam* 1.5, stöttande 1.5, stöttar 1, stöttat 1, pålitlig* 1.5, noggrann* 1, lugn* 1,
            tålmodig* 1, snäll* 1, engager* 1, engagemang 1, proaktiv* 1.5, kreativ* 1, strukturerad* 1,
            effektiv* 1, konstruktiv* 1, motiver* 1, inspirer* 1.5, imponer* 1.5, uppskatt* 1.5, tack* 1,
            stark* 1, styrka 1, styrkor 1, trygg* 1, lyssnar 0.7, kunnig* 1, värdefull* 1, välorganiserad* 1.5,
            smidig* 1, positiv* 1, modig* 1, ärlig* 1, respekt* 1, förtroende 1, duktig* 1.5, lätt 0.5,
            proffsig* 1.5, professionell* 1, alltid 0.3, öppen 0.5, öppet 0.5, rättvis* 1, uppmuntr* 1, gillar 1,
            otydlig* -1.5, sen -1, sent -0.5, försen* -1, stress* -1, rörig* -1.5, oorganiserad* -1.5,
            avbryt* -1.5, defensiv* -1.5, frustr* -1.5, dålig* -1.5, dåligt -1.5, svag* -1, problem* -1,
            svår* -1, kämpa* -1, brist* -1.5, saknar -1.5, saknade -1.5, glöm* -1, ignorer* -1.5, undvik* -1,
            hård* -0.7, detaljstyr* -1.5, oro -1, orolig* -1, oförberedd* -1.5, tveksam* -1, misslyck* -1.5,
            fel -1, slarv* -1.5, otålig* -1.5, överväldig* -1, missar -1, missade -1, stökig* -1.5, kaotisk* -1.5,
            spretig* -1, ofokuserad* -1, dominer* -1,
            förbättr* -1, kunde -0.8, borde -0.8, skulle -0.5, önskar -1, utveckla -0.5, gärna -1, lång -0.5,
            långa -0.5, anmärkning* -1, olyck* -1, ställd -1,
            försök* -0.5, ibland -0.3, mindre -0.3, tidigare -0.5, vänta* -1, omöjlig* -1.5, fortfarande -0.5,
            liggande -1, saknas -1.5, igen -0.3, föredömlig* 2, trevlig* 1, gedigen 1, gediget 1, snabb* 0.5
            """);

    private static final Set<String> NEGATORS_EN = Set.of("not", "no", "never", "without", "hardly", "barely",
            "rarely", "seldom", "nobody", "nothing", "cannot");
    private static final Set<String> NEGATORS_SV = Set.of("inte", "ej", "aldrig", "ingen", "inget", "inga",
            "knappt", "sällan", "utan");
    private static final Set<String> NOT_MISSING = Set.of("without", "utan");
    private static final Set<String> CONTRASTS = Set.of("but", "however", "yet", "men", "dock", "däremot");
    private static final Set<String> CONCESSIONS = Set.of("although", "though", "fast", "fastän", "trots");
    private static final Set<String> INTENSIFIERS = Set.of("very", "really", "extremely", "so", "incredibly",
            "truly", "mycket", "riktigt", "väldigt", "otroligt", "verkligen", "jätte", "oerhört");

    private PolarityLexicon() {
    }

    /** The sentence's polarity score: above zero praise, below zero criticism or a growth wish. */
    public static double score(String sentence, String language) {
        String lang = language == null ? guessLanguage(sentence) : language;
        boolean swedish = "sv".equals(lang);
        Map<String, Double> lexicon = swedish ? SV : EN;
        Set<String> negators = swedish ? NEGATORS_SV : NEGATORS_EN;
        String text = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (NOW.matcher(text).find()) {
            text = COMPARED_WITH_BEFORE.matcher(text).replaceAll(" " + BETTER_TOKEN + " ");
        }
        for (Pattern phrase : GROWTH_PHRASES) {
            text = phrase.matcher(text).replaceAll(" " + GROWTH_TOKEN + " ");
        }
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        double before = 0;   // weighted sum before the last contrast
        double current = 0;  // since the last contrast
        int negationLeft = 0;
        boolean danglingCounts = false;
        double intensity = 1;
        boolean inConcession = false;
        double previousWeight = 0; // the contribution of the word just before, for a negation that follows it
        for (String token : tokens) {
            if (token.equals(",")) {
                inConcession = false;
                previousWeight = 0;
                continue;
            }
            if (CONTRASTS.contains(token)) {
                before = (before + current) * 0.5;
                current = 0;
                negationLeft = 0;
                inConcession = false;
                continue;
            }
            if (CONCESSIONS.contains(token)) {
                inConcession = true;
                continue;
            }
            if (negators.contains(token) || token.endsWith("n't")) {
                if (swedish && previousWeight != 0) {
                    // Swedish puts the negation after the verb: "glömmer aldrig" (never forgets).
                    double flipped = previousWeight < 0 ? -previousWeight * 0.5 : -previousWeight;
                    current += flipped - previousWeight;
                    previousWeight = 0;
                } else {
                    if (negationLeft > 0 && danglingCounts) {
                        current += DANGLING_NEGATION;
                    }
                    negationLeft = NEGATION_REACH;
                    // "Without" mostly praises ("without any drama"); a bare "no", "inte" says something is missing.
                    danglingCounts = !NOT_MISSING.contains(token);
                }
                continue;
            }
            if (INTENSIFIERS.contains(token)) {
                intensity = 1.5;
                continue;
            }
            double weight = token.equals(GROWTH_TOKEN) ? -2 : token.equals(BETTER_TOKEN) ? BETTER : weight(lexicon, token);
            if (weight != 0) {
                if (negationLeft > 0) {
                    // "not bad" is mildly good; "not clear" is as bad as "unclear".
                    weight = weight < 0 ? -weight * 0.5 : -weight;
                    negationLeft = 0;
                }
                previousWeight = weight * intensity * (inConcession ? 0.5 : 1);
                current += previousWeight;
                intensity = 1;
                continue;
            } else if (negationLeft > 0) {
                negationLeft--;
                if (negationLeft == 0 && danglingCounts) {
                    // A negation that turns nothing says what is missing: "no notes at all", "inga anteckningar".
                    current += DANGLING_NEGATION;
                }
            }
            previousWeight = 0;
        }
        if (negationLeft > 0 && danglingCounts) {
            current += DANGLING_NEGATION;
        }
        return before == 0 && current == 0 ? 0 : before + (before != 0 ? 1.5 : 1) * current;
    }

    /** The lexicon weight of one lower-case word (0 when it carries no polarity). */
    static double weight(String token, String language) {
        return weight("sv".equals(language) ? SV : EN, token);
    }

    /**
     * Whether the text is a hedged compliment: a negated criticism ("not bad", "not a disaster",
     * "inte dålig", "inte fel i sak"), a lukewarm verdict ("fine", "okej"), or a concession that grants a point
     * only to set it aside ("it may have been the right call", "I get that everything is urgent", "det är säkert
     * genomtänkt", "i och för sig"). Followed by a contrast, what comes after is the real message.
     */
    public static boolean isHedge(String text, String language) {
        return HEDGE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    private static final Pattern HEDGE = Pattern.compile(
            "\\b(?:not (?:bad|terrible|awful|wrong|a disaster|too bad|the worst)|fine|okay|ok|"
                    + "inte (?:dålig\\p{L}*|fel|helt fel|katastrof\\p{L}*|så illa|illa)|helt okej|okej|"
                    // Concessions: the writer grants the point before the "but" that carries the message.
                    + "(?:may|might|could) (?:well )?have been|probably|no doubt|i(?:'m| am) sure|i (?:get|know|understand|see) "
                    + "(?:that|why)|of course|in itself|itself|"
                    + "säkert|säkerligen|visserligen|förvisso|i och för sig|i sig|jag förstår (?:att|varför)|"
                    + "jag vet (?:att|varför)|självklart)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Whether the text gives advice, names a need or a consequence that went wrong, whatever pleasant words it uses:
     * such a remark says what should change, so a strength never quotes it ({@code FeedbackSummarizer}). Grammar, not
     * phrases ({@link #isImperativeAdvice}, {@link #isNeed}, {@link #isHarmfulConsequence}). Scoring such remarks as
     * growth was measured and not kept (docs/decisions/2026-12-07-feedback-advice-and-consequences.md): the model
     * already reads nearly all of them as growth.
     */
    static boolean isAdvice(String text, String language) {
        return isImperativeAdvice(text, language) || isNeed(text) || isHarmfulConsequence(text, language);
    }

    /** "Next step: …", "Next time, …", "Framöver …", "Ett tips: …": what to do from now on. */
    private static final Pattern NEXT_STEP = Pattern.compile("^(?:next step|next steps|next time|going forward|from now on|"
            + "in future|in the future|a tip|one tip|my tip|tip|nästa steg|nästa gång|framöver|från och med nu|"
            + "till nästa gång|ett tips|mitt tips|tips)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** "X needs to be more Y", "behöver bli mer Y", "måste bli tydligare": a need says what is not good enough yet. */
    private static final Pattern NEED = Pattern.compile("\\b(?:needs? to (?:be|get|become)|has to (?:be|get|become)|"
            + "must (?:be|get|become)|behöver bli|måste bli|bör bli)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /** "The plan needs to be more realistic", "Planeringen behöver bli mer realistisk", but not "nobody needs to be …". */
    static boolean isNeed(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        Matcher need = NEED.matcher(lower);
        if (!need.find()) {
            return false;
        }
        // A negated need praises: "ingen behöver bli orolig", "nobody has to be chased".
        List<String> before = tokens(lower.substring(0, need.start()));
        return before.stream().noneMatch(token -> NEGATORS_EN.contains(token) || NEGATORS_SV.contains(token)
                || token.endsWith("n't"));
    }

    /**
     * Advice in the imperative, or a next step ("Next step: …", "Nästa gång …"). A Swedish or English main clause puts
     * its subject (or an adverbial) first and its verb second; advice opens with the verb and has no subject: "Stäm av
     * tidplanen …", "Bryt ner arbetet …", "Lägg gärna in …", "Try to …", "Make sure you …". So the first word is no word
     * of the closed classes a statement opens with (pronouns, articles, numbers, prepositions, conjunctions, adverbs,
     * greetings), no inflected form a statement's first word takes (-s, -ed, -ing, -ly; Swedish present -r, past -de,
     * -te, definite -n, -et, -at, -na), carries no verdict of its own ("Great to have you"), and is followed by what a
     * verb takes: an object, a particle, "to", an adverb. Asking for more of the same is no advice: "Keep it up", "Keep
     * doing exactly this", "Fortsätt så!".
     */
    static boolean isImperativeAdvice(String text, String language) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        Matcher nextStep = NEXT_STEP.matcher(lower);
        if (nextStep.find()) {
            return true;
        }
        List<String> words = tokens(lower);
        // A compound ("Pull-out at five …") is a noun.
        if (words.size() < 3 || lower.split("\\s+")[0].contains("-")) {
            return false;
        }
        String first = words.get(0);
        String second = words.get(1);
        if (CARRY_ON.contains(first) || first.equals("don't") && CARRY_ON.contains(second)) {
            return false;
        }
        if (first.equals("don't") || first.equals("please")) {
            return true;
        }
        boolean swedish = "sv".equals(language == null ? guessLanguage(text) : language);
        if (weight(swedish ? SV : EN, first) > 0 || (swedish ? NOT_IMPERATIVE_SV : NOT_IMPERATIVE_EN).contains(first)
                || first.contains("'") || first.length() < 2) {
            return false;
        }
        if ((swedish ? INFLECTED_SV : INFLECTED_EN).matcher(first).matches()) {
            return false;
        }
        return (swedish ? AFTER_VERB_SV : AFTER_VERB_EN).contains(second);
    }

    /** Endings a statement's first word takes and an imperative does not (compiled once: this runs per quote). */
    private static final Pattern INFLECTED_SV = Pattern.compile(".*(?:r|de|te|n|et|at|na)");
    private static final Pattern INFLECTED_EN = Pattern.compile(".*(?:s|ed|ing|ly|est|ful|al|ous|ive|ion|ty)");

    /** Imperatives of carrying on, which praise what someone already does ("Keep it up", "Fortsätt så"). */
    private static final Set<String> CARRY_ON = Set.of("keep", "continue", "stay", "never", "stop", "change",
            "fortsätt", "behåll", "sluta", "ändra");
    /** What follows a verb: an object, a particle or "to". A noun phrase's second word is rarely one of these. */
    private static final Set<String> AFTER_VERB_EN = Set.of("to", "the", "a", "an", "your", "it", "them", "him", "her",
            "us", "me", "up", "out", "in", "down", "off", "back", "over", "through", "sure", "more", "less", "this",
            "that", "these", "those", "some", "any", "with", "about", "ahead", "everyone", "people", "someone", "yourself",
            "time", "earlier", "early", "what", "how", "if", "when", "before");
    private static final Set<String> AFTER_VERB_SV = Set.of("av", "ner", "ned", "in", "upp", "ut", "till", "med", "på",
            "fram", "bort", "om", "över", "gärna", "alltid", "den", "det", "dem", "en", "ett", "din", "ditt", "dina",
            "mer", "mindre", "tidigare", "hellre", "också", "efter", "hela", "igenom", "tag", "reda", "ihåg", "tid",
            "oss", "mig", "honom", "henne", "dig", "vad", "hur", "att", "inte", "aldrig", "när", "innan", "för");
    /** Closed-class words a statement opens with: they are not the verb of an imperative. */
    private static final Set<String> NOT_IMPERATIVE_EN = Set.of("the", "a", "an", "you", "your", "i", "we", "it", "they",
            "he", "she", "our", "my", "his", "her", "their", "this", "that", "these", "those", "there", "here", "when",
            "while", "if", "since", "after", "before", "during", "in", "on", "at", "by", "for", "from", "with", "without",
            "both", "all", "every", "each", "half", "most", "some", "no", "not", "nobody", "everyone", "everybody", "even",
            "also", "and", "but", "so", "or", "yet", "still", "then", "now", "once", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "what", "how", "why", "who", "which", "where", "as", "to",
            "of", "mr", "mrs", "ms", "dr", "more", "much", "many", "last", "next", "new", "first", "just", "only", "very",
            "thanks", "thank", "cheers", "well", "again", "same", "such", "other", "another", "any", "about", "over",
            "under", "until", "because", "though", "although", "whenever", "big", "huge", "real", "top", "full", "time",
            "overall", "have", "hope", "happy", "sorry", "see");
    private static final Set<String> NOT_IMPERATIVE_SV = Set.of("du", "jag", "vi", "ni", "de", "dom", "han", "hon",
            "hen", "det", "den", "detta", "denna", "dessa", "din", "ditt", "dina", "min", "mitt", "mina", "vår", "vårt",
            "våra", "deras", "hans", "hennes", "man", "en", "ett", "när", "om", "efter", "sedan", "sen", "under", "vid",
            "i", "på", "med", "utan", "inför", "innan", "före", "för", "från", "till", "alla", "båda", "både", "varje",
            "hälften", "ingen", "inget", "inga", "inte", "och", "men", "så", "eller", "fast", "kanske", "också", "även",
            "bara", "nu", "då", "dessutom", "samtidigt", "första", "andra", "tre", "fyra", "fem", "två", "att", "som",
            "vad", "hur", "varför", "vem", "var", "herr", "fru", "tack", "stort", "god", "glad", "ha", "kul", "skönt",
            "folk", "mycket", "många", "mer", "mest", "sista", "nya", "hela", "allt", "igen", "redan", "ofta",
            "ibland", "alltid", "aldrig", "här", "där", "trots", "medan", "eftersom", "däremot", "dock", "sex", "sju",
            "åtta", "nio", "tio", "elva", "tolv", "grattis", "ses", "hälsa", "hoppas", "lycka", "krya", "trevlig");

    /** ", vilket skapar stress", ", which meant the night shift waited": what a remark led to, when it went wrong. */
    private static final Pattern CONSEQUENCE = Pattern.compile("(?:,|\\b(?:and|och)) (?:which|that|vilket|det) "
            + "(?:\\p{L}+ )?(?:meant|means|left|leaves|caused|causes|created|creates|made|makes|led|leads|put|puts|forced|"
            + "forces|cost|costs|gave|gives|skapar|skapade|gör|gjorde|ledde|leder|innebar|innebär|betyder|betydde|"
            + "orsakar|orsakade|kostar|kostade|tvingade|tvingar|gav|ger|satte|sätter|lämnar|lämnade)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A consequence clause that went wrong: "…, vilket skapar stress i teamet", "…, which meant the night shift waited".
     * What the remark led to decides; a consequence that went well ("which makes audits painless") or a negated harm
     * ("which meant nobody waited") is no criticism.
     */
    static boolean isHarmfulConsequence(String text, String language) {
        String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
        Matcher consequence = CONSEQUENCE.matcher(lower);
        if (!consequence.find()) {
            return false;
        }
        boolean swedish = "sv".equals(language == null ? guessLanguage(text) : language);
        Map<String, Double> lexicon = swedish ? SV : EN;
        boolean harm = false;
        for (String token : tokens(lower.substring(consequence.start()))) {
            if (NEGATORS_EN.contains(token) || NEGATORS_SV.contains(token) || token.endsWith("n't")) {
                return false;
            }
            double weight = weight(lexicon, token);
            if (weight > 0) {
                return false;
            }
            harm |= weight <= -1 && !MODAL.contains(token);
        }
        return harm;
    }

    /** Words the lexicon counts as growth because they ask or wish, not because something went wrong. */
    private static final Set<String> MODAL = Set.of("could", "should", "wish", "please", "kunde", "borde", "önskar",
            "gärna");

    private static List<String> tokens(String lower) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(lower);
        while (matcher.find()) {
            if (!matcher.group().equals(",")) {
                tokens.add(matcher.group());
            }
        }
        return tokens;
    }

    /** English or Swedish, from Swedish letters and common words; English when unsure. */
    public static String guessLanguage(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        int swedish = 0;
        int english = 0;
        for (String word : lower.split("[^\\p{L}]+")) {
            if (SWEDISH_MARKERS.contains(word)) {
                swedish++;
            } else if (ENGLISH_MARKERS.contains(word)) {
                english++;
            }
        }
        if (lower.matches("(?s).*[åäö].*")) {
            swedish += 2;
        }
        return swedish > english ? "sv" : "en";
    }

    private static final Set<String> SWEDISH_MARKERS = Set.of("och", "att", "det", "är", "som", "en", "jag", "du",
            "har", "med", "för", "inte", "på", "hon", "han", "hen", "mycket", "bra", "vi", "kan", "var", "när");
    private static final Set<String> ENGLISH_MARKERS = Set.of("and", "the", "is", "to", "of", "you", "i", "she",
            "he", "they", "with", "for", "not", "on", "very", "we", "can", "was", "when", "a", "in");

    private static double weight(Map<String, Double> lexicon, String token) {
        Double exact = lexicon.get(token);
        if (exact != null) {
            return exact;
        }
        for (int end = token.length(); end >= 3; end--) {
            Double prefix = lexicon.get(token.substring(0, end) + "*");
            if (prefix != null) {
                return prefix;
            }
        }
        return 0;
    }

    private static Map<String, Double> weights(String table) {
        Map<String, Double> weights = new HashMap<>();
        for (String entry : table.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = trimmed.lastIndexOf(' ');
            weights.put(trimmed.substring(0, space).strip(), Double.parseDouble(trimmed.substring(space + 1)));
        }
        return Map.copyOf(weights);
    }

    private static List<Pattern> compile(String... patterns) {
        return java.util.Arrays.stream(patterns).map(p -> Pattern.compile("\\b" + p + "\\b", Pattern.UNICODE_CHARACTER_CLASS)).toList();
    }
}
