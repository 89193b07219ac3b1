package io.kadens.privacy;

/**
 * What an erasure does to one column that refers to the erased person (see
 * docs/decisions/2026-12-06-gdpr-erasure-per-table.md). The privacy catalogue test checks that every such
 * column of the schema has a rule, and that {@link #DELETED} and {@link #CLEARED} leave no row referring to
 * the person.
 */
public enum ErasureRule {
    /** The rows that refer to the person are deleted: they were the person's own. */
    DELETED,
    /** The reference is cleared or moved to someone else; the rows stay for the others they belong to. */
    CLEARED,
    /**
     * The rows stay and keep referring to the person, who now carries only a pseudonym: others' records,
     * history and aggregates stay whole. The eraser removes the person's own free text from them where its
     * comment says so.
     */
    KEPT
}
