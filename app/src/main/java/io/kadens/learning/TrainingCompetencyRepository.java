package io.kadens.learning;

import static io.kadens.db.Tables.TRAINING_ITEM;
import static io.kadens.db.Tables.TRAINING_ITEM_COMPETENCY;

import io.kadens.competencies.CompetencyReferences;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competencies training items develop, by id (V180), beside the words of {@code training_item.competencies}:
 * a word with a link row of the same label (case-blind) is linked, any other word is a leftover.
 */
@Repository
class TrainingCompetencyRepository {

    private final DSLContext db;

    TrainingCompetencyRepository(DSLContext db) {
        this.db = db;
    }

    /** An item's words and, per linked competency, the word it is shown as. */
    record ItemWords(UUID itemId, long version, List<String> words, Map<UUID, String> links) {
    }

    /** Each unlinked word (case-blind, trimmed): its most common spelling and how many items use it. */
    List<CompetencyReferences.Use> leftovers() {
        return db.resultQuery("""
                        SELECT mode() WITHIN GROUP (ORDER BY trim(w.word)), count(DISTINCT i.id)::integer
                        FROM training_item i CROSS JOIN LATERAL unnest(i.competencies) AS w(word)
                        WHERE NOT EXISTS (SELECT 1 FROM training_item_competency l
                                          WHERE l.tenant_id = i.tenant_id AND l.item_id = i.id
                                            AND lower(l.label) = lower(trim(w.word)))
                        GROUP BY lower(trim(w.word))""")
                .fetch(row -> new CompetencyReferences.Use(row.get(0, String.class), row.get(1, Integer.class)));
    }

    /** Items that have this word (case-blind) among their competencies, with their links. */
    List<ItemWords> itemsWithWord(String lowerWord) {
        return items(DSL.condition("EXISTS (SELECT 1 FROM unnest({0}) AS w(word) WHERE lower(trim(w.word)) = {1})",
                TRAINING_ITEM.COMPETENCIES, DSL.val(lowerWord)));
    }

    /** Items linked to the competency. */
    List<ItemWords> itemsLinkedTo(UUID competencyId) {
        return items(TRAINING_ITEM.ID.in(DSL.select(TRAINING_ITEM_COMPETENCY.ITEM_ID).from(TRAINING_ITEM_COMPETENCY)
                .where(TRAINING_ITEM_COMPETENCY.COMPETENCY_ID.eq(competencyId))));
    }

    private List<ItemWords> items(org.jooq.Condition where) {
        var found = db.select(TRAINING_ITEM.ID, TRAINING_ITEM.VERSION, TRAINING_ITEM.COMPETENCIES)
                .from(TRAINING_ITEM).where(where).orderBy(TRAINING_ITEM.ID).fetch();
        Map<UUID, Map<UUID, String>> links = new java.util.HashMap<>();
        db.select(TRAINING_ITEM_COMPETENCY.ITEM_ID, TRAINING_ITEM_COMPETENCY.COMPETENCY_ID,
                        TRAINING_ITEM_COMPETENCY.LABEL)
                .from(TRAINING_ITEM_COMPETENCY)
                .where(TRAINING_ITEM_COMPETENCY.ITEM_ID.in(found.getValues(TRAINING_ITEM.ID)))
                .forEach(row -> links.computeIfAbsent(row.value1(), k -> new java.util.LinkedHashMap<>())
                        .put(row.value2(), row.value3()));
        return found.map(row -> new ItemWords(row.value1(), row.value2(), List.of(row.value3()),
                Map.copyOf(links.getOrDefault(row.value1(), Map.of()))));
    }

    boolean refersTo(UUID competencyId) {
        return db.fetchExists(TRAINING_ITEM_COMPETENCY, TRAINING_ITEM_COMPETENCY.COMPETENCY_ID.eq(competencyId));
    }

    /** Replaces an item's links. */
    @Transactional(propagation = Propagation.MANDATORY)
    void replaceLinks(UUID itemId, Map<UUID, String> labels) {
        db.deleteFrom(TRAINING_ITEM_COMPETENCY).where(TRAINING_ITEM_COMPETENCY.ITEM_ID.eq(itemId)).execute();
        labels.forEach((competencyId, label) -> db.insertInto(TRAINING_ITEM_COMPETENCY)
                .set(TRAINING_ITEM_COMPETENCY.ITEM_ID, itemId)
                .set(TRAINING_ITEM_COMPETENCY.COMPETENCY_ID, competencyId)
                .set(TRAINING_ITEM_COMPETENCY.LABEL, label)
                .execute());
    }

    /** Sets an item's words (a mapped or renamed competency's new label), as an edit of the item. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean saveWords(UUID itemId, long expectedVersion, List<String> words) {
        return db.update(TRAINING_ITEM)
                .set(TRAINING_ITEM.COMPETENCIES, words.toArray(String[]::new))
                .set(TRAINING_ITEM.UPDATED_AT, OffsetDateTime.now())
                .set(TRAINING_ITEM.VERSION, TRAINING_ITEM.VERSION.plus(1))
                .where(TRAINING_ITEM.ID.eq(itemId)).and(TRAINING_ITEM.VERSION.eq(expectedVersion))
                .execute() == 1;
    }
}
