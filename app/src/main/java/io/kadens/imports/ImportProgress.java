package io.kadens.imports;

/** Told how far an apply has come, from 0 to 1; called from the thread doing the work. */
@FunctionalInterface
public interface ImportProgress {

    void progress(double fraction);

    ImportProgress NONE = fraction -> { };
}
