package io.kadens.reviews;

/** The tone of a piece of evidence's text, from the same cue lists as the writing checks. */
final class EvidenceTone {

    private EvidenceTone() {
    }

    static EvidencePanel.Tone of(String text) {
        ReviewTextChecks.Tone tone = ReviewTextChecks.instance().tone(text);
        if (tone.growthAreas() > tone.strengths()) {
            return EvidencePanel.Tone.GROWTH;
        }
        return tone.strengths() > tone.growthAreas() ? EvidencePanel.Tone.STRENGTH : EvidencePanel.Tone.NEUTRAL;
    }
}
