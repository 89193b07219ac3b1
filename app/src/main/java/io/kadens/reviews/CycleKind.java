package io.kadens.reviews;

/** How often (or why) a cycle runs; the kind gives the default review window. */
public enum CycleKind {
    ANNUAL(12), SEMI_ANNUAL(6), QUARTERLY(3), PROBATION(6), PROJECT(3);

    private final int windowMonths;

    CycleKind(int windowMonths) {
        this.windowMonths = windowMonths;
    }

    /** The default look-back of the review window, in months (six for semi-annual). */
    public int windowMonths() {
        return windowMonths;
    }
}
