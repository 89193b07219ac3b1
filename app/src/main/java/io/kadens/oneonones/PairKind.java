package io.kadens.oneonones;

/** Who meets: a manager with a direct report, or a mentor with a mentee. */
public enum PairKind {
    MANAGER, MENTOR
}
