package io.kadens.feedback;

/** The fixed set of reactions on praise; one of each per person and praise. */
public enum Reaction {
    THUMBS_UP("👍"), HEART("❤️"), CLAP("👏"), TADA("🎉"), STAR("⭐");

    private final String emoji;

    Reaction(String emoji) {
        this.emoji = emoji;
    }

    public String emoji() {
        return emoji;
    }
}
