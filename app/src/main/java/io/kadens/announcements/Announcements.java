package io.kadens.announcements;

import io.kadens.audit.AuditLog;
import io.kadens.notifications.NotificationFacts;
import io.kadens.notifications.NotificationKind;
import io.kadens.notifications.Notifications;
import io.kadens.people.OrgFacts;
import io.kadens.people.OrgPerson;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.rollout.PilotGroup;
import io.kadens.rollout.RolloutPlanning;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.settings.TenantSettingsService;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announcements (issue 16, part 4). HR admins post one to everyone, a department, a team or a pilot group
 * (with the units below them, as pilot groups count their members); its audience is resolved when it is posted,
 * and, when asked, each recipient also gets it by email (and Slack) through the outbox, in the same transaction.
 * Recipients see it on their home page until they dismiss it or HR withdraws it.
 */
@Service
public class Announcements {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;

    private final AnnouncementRepository repository;
    private final OrgFacts org;
    private final RolloutPlanning rollout;
    private final Notifications notifications;
    private final TenantSettingsService settings;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Announcements(AnnouncementRepository repository, OrgFacts org, RolloutPlanning rollout, Notifications notifications,
                  TenantSettingsService settings, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.org = org;
        this.rollout = rollout;
        this.notifications = notifications;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ HR admins

    /** Every announcement of the organisation, newest first, with how many it reached and dismissed it. */
    @Transactional(readOnly = true)
    public List<Announcement> all() {
        requireHrAdmin();
        List<AnnouncementRepository.AnnouncementRow> rows = repository.all();
        Map<UUID, String> authors = org.names(rows.stream().map(AnnouncementRepository.AnnouncementRow::authorId).toList());
        return rows.stream().map(row -> new Announcement(row.id(), row.version(), row.titleEn(), row.bodyEn(),
                row.titleSv(), row.bodySv(), row.audience(), row.audienceId(), row.alsoNotify(),
                row.authorId() == null ? null : authors.get(row.authorId()), row.publishedAt(), row.endsAt(),
                row.recipients(), row.dismissed())).toList();
    }

    /** Posts an announcement now; returns its id. Bad input names its fields and writes nothing. */
    @Transactional
    public UUID post(AnnouncementDraft draft) {
        KadensUser me = requireHrAdmin();
        AnnouncementDraft clean = validate(draft);
        Set<UUID> recipients = audienceOf(clean);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        repository.insert(id, clean, me.personId(), now, recipients);
        if (clean.alsoNotify() && !recipients.isEmpty()) {
            String tenantLanguage = settings.current().locale();
            for (OrgPerson person : org.people(recipients).values()) {
                boolean swedish = "sv".equals(person.preferredLocale() == null ? tenantLanguage : person.preferredLocale());
                String[] text = inLanguage(clean.titleEn(), clean.bodyEn(), clean.titleSv(), clean.bodySv(), swedish);
                notifications.enqueue(NotificationKind.ANNOUNCEMENT, person.id(), "announcement:" + id + ":" + person.id(),
                        new NotificationFacts(text[0], id, null, null, text[1], List.of(), "announcements"));
            }
        }
        audit.record("announcement.posted", "announcement", id.toString(), null,
                Map.of("audience", clean.audience().name(), "recipients", recipients.size(),
                        "alsoNotify", clean.alsoNotify()));
        return id;
    }

    /** Withdraws a current announcement: nobody sees it from now on (optimistic locking). */
    @Transactional
    public long withdraw(UUID id, long expectedVersion) {
        requireHrAdmin();
        if (repository.announcement(id).isEmpty()) {
            throw new ResourceNotFoundException("announcement", id);
        }
        if (!repository.withdraw(id, expectedVersion, clock.instant())) {
            throw new ConcurrentEditException("announcement", id);
        }
        audit.record("announcement.withdrawn", "announcement", id.toString(), null, null);
        return expectedVersion + 1;
    }

    // ------------------------------------------------------------------ everyone

    /** The current announcements the signed-in person received and has not dismissed, newest first, in their language. */
    @Transactional(readOnly = true)
    public List<CurrentAnnouncement> mine() {
        KadensUser me = requireTenantUser();
        return currentFor(me.personId(), "sv".equals(me.locale().getLanguage()));
    }

    /** The same for a given reader, for the home page (which already checked who is signed in). */
    @Transactional(readOnly = true)
    public List<CurrentAnnouncement> currentFor(UUID personId, boolean swedish) {
        List<AnnouncementRepository.AnnouncementRow> rows = repository.currentFor(personId, clock.instant());
        Map<UUID, String> authors = org.names(rows.stream().map(AnnouncementRepository.AnnouncementRow::authorId).toList());
        return rows.stream().map(row -> {
            String[] text = inLanguage(row.titleEn(), row.bodyEn(), row.titleSv(), row.bodySv(), swedish);
            return new CurrentAnnouncement(row.id(), text[0], text[1],
                    row.authorId() == null ? null : authors.get(row.authorId()), row.publishedAt());
        }).toList();
    }

    /** Dismisses an announcement for the signed-in person; one they did not receive answers like a missing one. */
    @Transactional
    public void dismiss(UUID id) {
        KadensUser me = requireTenantUser();
        if (!repository.dismiss(id, me.personId(), clock.instant())) {
            throw new ResourceNotFoundException("announcement", id);
        }
    }

    // ------------------------------------------------------------------ rules

    private AnnouncementDraft validate(AnnouncementDraft draft) {
        var errors = new InvalidInputException.Collector();
        if (draft == null) {
            errors.check(false, "titleEn", "announcements.error.language").throwIfAny();
        }
        String titleEn = strip(draft.titleEn());
        String bodyEn = strip(draft.bodyEn());
        String titleSv = strip(draft.titleSv());
        String bodySv = strip(draft.bodySv());
        errors.check(titleEn != null || titleSv != null || bodyEn != null || bodySv != null, "titleEn",
                "announcements.error.language");
        errors.check(bodyEn == null || titleEn != null, "titleEn", "announcements.error.title");
        errors.check(titleEn == null || bodyEn != null, "bodyEn", "announcements.error.body");
        errors.check(bodySv == null || titleSv != null, "titleSv", "announcements.error.title");
        errors.check(titleSv == null || bodySv != null, "bodySv", "announcements.error.body");
        errors.check(titleEn == null || titleEn.length() <= MAX_TITLE, "titleEn", "announcements.error.title.long");
        errors.check(titleSv == null || titleSv.length() <= MAX_TITLE, "titleSv", "announcements.error.title.long");
        errors.check(bodyEn == null || bodyEn.length() <= MAX_BODY, "bodyEn", "announcements.error.body.long");
        errors.check(bodySv == null || bodySv.length() <= MAX_BODY, "bodySv", "announcements.error.body.long");
        errors.check(draft.audience() != null, "audience", "announcements.error.audience");
        errors.check(draft.audience() == null || draft.audience() == AnnouncementAudience.EVERYONE
                || draft.audienceId() != null, "audienceId", "announcements.error.audience-id");
        errors.throwIfAny();
        return new AnnouncementDraft(titleEn, bodyEn, titleSv, bodySv, draft.audience(),
                draft.audience() == AnnouncementAudience.EVERYONE ? null : draft.audienceId(), draft.alsoNotify());
    }

    /** The active people the announcement is for; an audience of another tenant answers like a missing one. */
    private Set<UUID> audienceOf(AnnouncementDraft draft) {
        return switch (draft.audience()) {
            case EVERYONE -> new HashSet<>(org.activePeopleMatching("", Set.of(), Integer.MAX_VALUE).stream()
                    .map(OrgPerson::id).toList());
            case DEPARTMENT -> {
                if (org.department(draft.audienceId()).isEmpty()) {
                    throw new ResourceNotFoundException("department", draft.audienceId());
                }
                yield org.activePeopleIn(Set.of(draft.audienceId()), Set.of());
            }
            case TEAM -> {
                if (org.team(draft.audienceId()).isEmpty()) {
                    throw new ResourceNotFoundException("team", draft.audienceId());
                }
                yield org.activePeopleIn(Set.of(), Set.of(draft.audienceId()));
            }
            case PILOT_GROUP -> {
                PilotGroup group = rollout.plan().groups().stream().filter(g -> g.id().equals(draft.audienceId()))
                        .findFirst().orElseThrow(() -> new ResourceNotFoundException("pilot_group", draft.audienceId()));
                Set<UUID> members = new HashSet<>(org.activePeopleIn(group.data().departmentIds(), group.data().teamIds()));
                members.addAll(org.active(group.data().personIds()));
                yield members;
            }
        };
    }

    /** Title and body in the reader's language when written in it, else in the language it was written in. */
    static String[] inLanguage(String titleEn, String bodyEn, String titleSv, String bodySv, boolean swedish) {
        boolean useSwedish = titleSv != null && (swedish || titleEn == null);
        return useSwedish ? new String[] {titleSv, bodySv} : new String[] {titleEn, bodyEn};
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private KadensUser requireTenantUser() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || user.personId() == null) {
            throw new AccessDeniedException("the operator receives no organisation's announcements");
        }
        return user;
    }

    private KadensUser requireHrAdmin() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins post announcements");
        }
        return user;
    }
}
