package io.kadens.learning;

/** What kind of resource a training item is. */
public enum TrainingFormat {
    COURSE, VIDEO, ARTICLE, BOOK, WORKSHOP, PODCAST, WEBINAR, MENTORING;

    public String labelKey() {
        return "learning.format." + name().toLowerCase();
    }
}
