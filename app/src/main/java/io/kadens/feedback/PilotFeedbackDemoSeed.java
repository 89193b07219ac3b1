package io.kadens.feedback;

import static io.kadens.db.Tables.PRAISE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backdated feedback and praise for the demo's analytics (issue 16): what the people of a pilot received while
 * the pilot ran, given as the demo seed gives all its history. Runs inside the tenant's {@code TenantScope}; a
 * marker praise tells a tenant that already has it, so a database seeded by an earlier version is filled once.
 */
@Component
public class PilotFeedbackDemoSeed {

    /** The first praise seeded, which marks the tenant as seeded. */
    static final String MARKER = "Tack för att du testade det nya arbetssättet först!";

    /** Something given: growth feedback ({@code praise} false) or praise, from one person to another on a day. */
    public record Given(UUID from, UUID to, String text, boolean praise, LocalDate on) {
    }

    private final FeedbackService feedback;
    private final PraiseService praise;
    private final DSLContext db;

    PilotFeedbackDemoSeed(FeedbackService feedback, PraiseService praise, DSLContext db) {
        this.feedback = feedback;
        this.praise = praise;
        this.db = db;
    }

    /** The text the first praise of {@link #seedIfMissing} must carry. */
    public static String marker() {
        return MARKER;
    }

    /** Gives everything unless the marker praise exists; returns whether it gave. */
    @Transactional
    public boolean seedIfMissing(List<Given> items, ZoneId zone) {
        if (db.fetchExists(PRAISE, PRAISE.BODY.eq(MARKER))) {
            return false;
        }
        for (Given item : items) {
            if (item.praise()) {
                praise.giveAs(item.from(), new NewPraise(item.to(), item.text()),
                        item.on().atTime(10, 0).atZone(zone).toOffsetDateTime());
            } else {
                feedback.giveAs(item.from(), new NewFeedback(item.to(), item.text(), null, null, null, false), null,
                        item.on(), false);
            }
        }
        return true;
    }
}
