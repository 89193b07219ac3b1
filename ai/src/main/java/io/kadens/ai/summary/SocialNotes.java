package io.kadens.ai.summary;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Courtesies that ride along with feedback and are about no part of the work: "Thanks for the card.", "Cheers for
 * covering my Sunday.", "Have a good Christmas.", "Tack för skjutsen!", "God jul!", "Grattis till nya huset!". Read as
 * praise they pair with each other (two items, so a theme of thank-you notes). The ones that belong to a theme are
 * long ("Thank you for helping me debug the deployment pipeline on a Friday evening…") or say why ("Thanks to your
 * tests…", "Tack vare din tidsplan…"), so a note is short, opens with the formula and carries no strong verdict word
 * (the ninth-set round's rule, docs/decisions/2026-12-07-feedback-themes-ninth-set.md).
 */
final class SocialNotes {

    /** Wishes and greetings: about the person's life, never the work. */
    private static final Pattern GREETING = Pattern.compile(
            "^(?:happy|merry|have a|enjoy|good luck|best of luck|see you|congratulations|congrats|welcome back|"
                    + "best wishes|lovely to see|nice to see|get well|god jul|gott nytt|glad (?:jul|påsk|midsommar)|"
                    + "trevlig|ha en|ha det|grattis|lycka till|vi ses|välkommen tillbaka|kul att se|krya på)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** Thanks for something, but not "thanks to …" (which says what the work achieved). */
    private static final Pattern THANKS = Pattern.compile(
            "^(?:thanks|thank you|many thanks|cheers|tack|stort tack|tusen tack)(?: again| igen| också| så mycket)?"
                    + " (?:for|för)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** Longer than this and a thank-you usually names the work it thanks for. */
    static final int MAX_WORDS = 8;
    /** A word at least this strong in the lexicon makes the note a verdict ("Tack för ett välorganiserat bokslut"). */
    static final double STRONG_VERDICT = 1.0;

    private SocialNotes() {
    }

    static boolean isSocialNote(String text, String language) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        List<String> tokens = TopicWords.tokens(lower);
        if (tokens.isEmpty() || tokens.size() > MAX_WORDS + 4) {
            return false;
        }
        boolean greeting = GREETING.matcher(lower).find();
        boolean thanks = !greeting && THANKS.matcher(lower).find() && tokens.size() <= MAX_WORDS;
        if (!greeting && !thanks) {
            return false;
        }
        for (String token : tokens) {
            if (PolarityLexicon.weight(token, language) >= STRONG_VERDICT
                    && !token.startsWith("tack") && !token.startsWith("thank") && !token.equals("happy")
                    && !token.equals("glad") && !token.equals("trevlig") && !token.equals("good") && !token.equals("lovely")) {
                return false;
            }
        }
        return true;
    }
}
