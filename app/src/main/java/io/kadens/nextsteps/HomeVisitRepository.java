package io.kadens.nextsteps;

import static io.kadens.db.Tables.HOME_VISIT;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The home_visit rows: when each person last opened their home page, and where their news starts. */
@Repository
class HomeVisitRepository {

    record Visit(Instant seenAt, Instant newsSince) {
    }

    private final DSLContext db;

    HomeVisitRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Visit> visit(UUID personId) {
        return db.select(HOME_VISIT.SEEN_AT, HOME_VISIT.NEWS_SINCE).from(HOME_VISIT)
                .where(HOME_VISIT.EMPLOYEE_ID.eq(personId))
                .fetchOptional(row -> new Visit(row.value1().toInstant(), row.value2().toInstant()));
    }

    /**
     * Records that the person opened the page now and returns where their news starts: after more than
     * {@code newVisitAfter} away, news starts where the last visit was; a first visit shows {@code firstNews} back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Instant open(UUID personId, Instant now, Duration newVisitAfter, Duration firstNews) {
        Optional<Visit> last = db.select(HOME_VISIT.SEEN_AT, HOME_VISIT.NEWS_SINCE).from(HOME_VISIT)
                .where(HOME_VISIT.EMPLOYEE_ID.eq(personId)).forUpdate()
                .fetchOptional(row -> new Visit(row.value1().toInstant(), row.value2().toInstant()));
        if (last.isEmpty()) {
            Instant since = now.minus(firstNews);
            db.insertInto(HOME_VISIT).set(HOME_VISIT.EMPLOYEE_ID, personId).set(HOME_VISIT.SEEN_AT, at(now))
                    .set(HOME_VISIT.NEWS_SINCE, at(since))
                    .onConflictDoNothing().execute();
            return since;
        }
        Instant since = last.get().seenAt().plus(newVisitAfter).isBefore(now) ? last.get().seenAt() : last.get().newsSince();
        db.update(HOME_VISIT).set(HOME_VISIT.SEEN_AT, at(now)).set(HOME_VISIT.NEWS_SINCE, at(since))
                .where(HOME_VISIT.EMPLOYEE_ID.eq(personId)).execute();
        return since;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void delete(UUID personId) {
        db.deleteFrom(HOME_VISIT).where(HOME_VISIT.EMPLOYEE_ID.eq(personId)).execute();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
