package io.kadens.feedback;

import static io.kadens.db.Tables.FEEDBACK;

import io.kadens.competencies.CompetencyReferences;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The competency references of feedback items: linked ids and the free-text leftovers (V180). */
@Repository
class FeedbackCompetencyRepository {

    private final DSLContext db;

    FeedbackCompetencyRepository(DSLContext db) {
        this.db = db;
    }

    private static Field<String> key() {
        return DSL.lower(DSL.trim(FEEDBACK.COMPETENCY));
    }

    /** Unlinked values, each with its most common spelling and how many items use it. */
    List<CompetencyReferences.Use> leftovers() {
        Field<String> spelling = DSL.field("mode() WITHIN GROUP (ORDER BY trim({0}))", String.class,
                FEEDBACK.COMPETENCY);
        return db.select(spelling, DSL.count())
                .from(FEEDBACK)
                .where(FEEDBACK.COMPETENCY_ID.isNull()).and(FEEDBACK.COMPETENCY.isNotNull())
                .groupBy(key())
                .fetch(row -> new CompetencyReferences.Use(row.value1(), row.value2()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int link(String value, UUID competencyId, String name) {
        return db.update(FEEDBACK)
                .set(FEEDBACK.COMPETENCY_ID, competencyId)
                .set(FEEDBACK.COMPETENCY, name)
                .where(FEEDBACK.COMPETENCY_ID.isNull())
                .and(key().eq(value.strip().toLowerCase(java.util.Locale.ROOT)))
                .execute();
    }

    boolean refersTo(UUID competencyId) {
        return db.fetchExists(FEEDBACK, FEEDBACK.COMPETENCY_ID.eq(competencyId));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void relabel(UUID competencyId, String name) {
        db.update(FEEDBACK).set(FEEDBACK.COMPETENCY, name)
                .where(FEEDBACK.COMPETENCY_ID.eq(competencyId))
                .and(FEEDBACK.COMPETENCY.ne(name))
                .execute();
    }
}
