package io.kadens.nextsteps;

import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The home page's "what's next": every feature's {@link NextStepsSource} asked in one transaction (one
 * database connection, one tenant binding), the items ordered most urgent first.
 */
@Service
public class NextSteps {

    /** Opening the page after this long away starts a new visit: news then starts where the last one was. */
    static final Duration NEW_VISIT_AFTER = Duration.ofHours(1);
    /** On a first visit, news goes this far back. */
    static final Duration FIRST_VISIT_NEWS = Duration.ofDays(7);

    /**
     * Overdue first, then today, then this week, each soonest first; undated and news items last, newest first.
     */
    static final Comparator<NextStep> ORDER = Comparator.comparing(NextStep::urgency)
            .thenComparing((a, b) -> {
                if (a.at() == null || b.at() == null) {
                    return a.at() == null ? (b.at() == null ? 0 : 1) : -1;
                }
                return a.urgency() == NextStep.Urgency.LATER ? b.at().compareTo(a.at()) : a.at().compareTo(b.at());
            })
            .thenComparing(NextStep::id);

    private final List<NextStepsSource> sources;
    private final HomeVisitRepository visits;
    private final CurrentUser currentUser;
    private final TenantSettingsService settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    NextSteps(List<NextStepsSource> sources, HomeVisitRepository visits, CurrentUser currentUser,
              TenantSettingsService settings, Clock clock, PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.sources = List.copyOf(sources);
        this.visits = visits;
        this.currentUser = currentUser;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The signed-in person's items and figures; opening it counts as a visit. */
    public Home forMe() {
        KadensUser me = currentUser.require();
        if (me.isOperator()) {
            throw new AccessDeniedException("the operator has no home page items");
        }
        return transactions.execute(status -> {
            Instant now = clock.instant();
            Instant since = visits.open(me.personId(), now, NEW_VISIT_AFTER, FIRST_VISIT_NEWS);
            ZoneId zone = settings.zone();
            NextStepsViewer viewer = new NextStepsViewer(me.personId(), me.has(Role.MANAGER), me.has(Role.HR_ADMIN),
                    since, now, zone);
            List<NextStep> steps = new ArrayList<>();
            List<HomeFigure> figures = new ArrayList<>();
            for (NextStepsSource source : sources) {
                steps.addAll(source.nextSteps(viewer));
                figures.addAll(source.figures(viewer));
            }
            steps.sort(ORDER);
            return new Home(steps, figures, zone);
        });
    }

    /** The sources registered, for tests that check every feature contributes. */
    List<NextStepsSource> sources() {
        return sources;
    }
}
