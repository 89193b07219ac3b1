package io.kadens.ai.summary;

import java.util.List;

/** Themes (strengths and growth areas), coverage and caveats for one person and period. */
public record FeedbackSummary(List<Theme> themes, Coverage coverage, List<Caveat> caveats) {

    public FeedbackSummary {
        themes = List.copyOf(themes);
        caveats = List.copyOf(caveats);
    }

    public List<Theme> strengths() {
        return themes.stream().filter(theme -> theme.polarity() == Polarity.STRENGTH).toList();
    }

    public List<Theme> growthAreas() {
        return themes.stream().filter(theme -> theme.polarity() == Polarity.GROWTH_AREA).toList();
    }
}
