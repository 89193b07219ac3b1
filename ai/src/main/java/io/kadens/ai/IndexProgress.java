package io.kadens.ai;

/** Told how far indexing of one source has come, for a progress bar. Called from the indexing thread. */
@FunctionalInterface
public interface IndexProgress {

    /**
     * @param done  chunks embedded so far (equals {@code total} once they are stored)
     * @param total chunks of the source
     */
    void progressed(int done, int total);

    IndexProgress NONE = (done, total) -> { };
}
