package io.kadens.competencies;

import java.util.UUID;

/** A proficiency level in one competency, with an optional comment and the evidence it rests on. */
public record Rating(UUID competencyId, int level, String comment, Evidence evidence) {

    public Rating {
        comment = comment == null ? "" : comment.strip();
        evidence = evidence == null ? Evidence.NONE : evidence;
    }
}
