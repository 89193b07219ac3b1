package io.kadens.settings;

import io.kadens.ai.AiMode;
import io.kadens.ai.AiSettings;
import io.kadens.audit.AuditLog;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.RequestMemo;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import io.kadens.tenants.TransactionMemo;
import io.kadens.tenants.TransactionTenant;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bound tenant's settings: everyone in the tenant reads them (features follow them), HR admins
 * change them. A tenant that never saved its settings has the defaults.
 */
@Service
public class TenantSettingsService {

    static final List<String> DEFAULT_RATING_LABELS_EN = List.of(
            "Needs improvement", "Partially meets expectations", "Meets expectations",
            "Exceeds expectations", "Outstanding");
    static final List<String> DEFAULT_RATING_LABELS_SV = List.of(
            "Behöver utvecklas", "Uppfyller delvis förväntningarna", "Uppfyller förväntningarna",
            "Överträffar förväntningarna", "Enastående");

    private final TenantSettingsRepository repository;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final AiSettings aiSettings;
    private final TransactionTenant transactionTenant;

    TenantSettingsService(TenantSettingsRepository repository, Organisations organisations, AuditLog auditLog,
                          CurrentUser currentUser, AiSettings aiSettings, TransactionTenant transactionTenant) {
        this.repository = repository;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.aiSettings = aiSettings;
        this.transactionTenant = transactionTenant;
    }

    /** The settings of the bound tenant (the signed-in user's, or an explicit {@link TenantScope}). */
    @Transactional(readOnly = true)
    public TenantSettings current() {
        TenantId tenant = transactionTenant.require();
        KeptSettings key = new KeptSettings(tenant);
        // Read once per transaction (one REST request asked for them up to three times, two statements each), and
        // once per UI round trip (a page's parts each read them in a transaction of their own).
        return TransactionMemo.get(key, () -> RequestMemo.get(key, () -> read(tenant)));
    }

    /** The key the settings are kept under for a transaction and a UI round trip: one tenant's. */
    private record KeptSettings(TenantId tenant) {
    }

    /** Forgets the settings kept for this transaction and round trip: the next reader reads what is stored. */
    private void forgetKept() {
        KeptSettings key = new KeptSettings(transactionTenant.require());
        TransactionMemo.forget(key);
        RequestMemo.forget(key);
    }

    private TenantSettings read(TenantId tenant) {
        Organisation organisation = organisations.byId(tenant).orElseThrow();
        return repository.find()
                .map(stored -> new TenantSettings(organisation.name(), organisation.locale(), organisation.timeZone(),
                        stored.fiscalYearStartMonth(), stored.defaultCadence(), stored.ratingLabels(),
                        stored.anonymityThreshold(), stored.departmentGoalSetters(), stored.teamGoalSetters(),
                        stored.individualGoalsNeedApproval(), stored.aiMode(), stored.version(),
                        stored.hrReadsFeedbackSummaries()))
                .orElseGet(() -> defaults(organisation));
    }

    /**
     * The organisation's time zone, UTC when it names none Java knows: the zone "today" and dates of things done
     * now are read in (feedback is dated by it), not the server's.
     */
    @Transactional(readOnly = true)
    public ZoneId zone() {
        return Organisation.zoneOf(current().timeZone());
    }

    /**
     * The organisation's day at the clock's instant: what "today" means for a date a person picks or a rule checks
     * ("not in the future", "not in the past", "the cycle that holds today"). Between midnight in the organisation and
     * midnight on the server the two days differ, and people must see their own.
     */
    @Transactional(readOnly = true)
    public LocalDate todayAt(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /** The AI mode the tenant's people get now: the tenant's choice capped by the deployment. */
    @Transactional(readOnly = true)
    public AiMode effectiveAiMode() {
        return current().effectiveAiMode(aiSettings.deploymentMode());
    }

    /** Whether the deployment offers an LLM at all, so the LLM choice is only offered where it exists. */
    public boolean deploymentOffersLlm() {
        return aiSettings.deploymentMode() == AiMode.LLM;
    }

    /**
     * Saves the settings if nobody else saved since {@code changed.version()} was read.
     *
     * @throws InvalidInputException   with one message key per bad field; nothing saved
     * @throws ConcurrentEditException someone else saved first; nothing saved
     */
    @Transactional
    public TenantSettings update(TenantSettings changed) {
        requireHrAdmin();
        validate(changed);
        // The stored settings as they are now, not as this round trip read them earlier.
        forgetKept();
        TenantSettings before = current();
        if (!repository.save(changed, changed.version())) {
            throw new ConcurrentEditException("tenant-settings", transactionTenant.require().value());
        }
        organisations.updateRegistry(transactionTenant.require(), changed.name().trim(), changed.locale(),
                changed.timeZone().trim());
        forgetKept(); // read again below, as saved
        TenantSettings after = current();
        auditLog.record("settings.updated", "tenant-settings", transactionTenant.require().value().toString(),
                before, after);
        return after;
    }

    private void validate(TenantSettings settings) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.check(settings.name() != null && !settings.name().isBlank(), "name", "settings.error.name.required")
                .check(settings.name() == null || settings.name().trim().length() <= TenantSettings.MAX_NAME_LENGTH,
                        "name", "settings.error.name.long")
                .check("en".equals(settings.locale()) || "sv".equals(settings.locale()), "locale",
                        "settings.error.locale")
                .check(isZone(settings.timeZone()), "timeZone", "settings.error.timeZone")
                .check(settings.fiscalYearStartMonth() >= 1 && settings.fiscalYearStartMonth() <= 12,
                        "fiscalYearStartMonth", "settings.error.fiscalYearStartMonth")
                .check(settings.defaultCadence() != null, "defaultCadence", "settings.error.required")
                .check(settings.ratingPoints() >= TenantSettings.MIN_RATING_POINTS
                                && settings.ratingPoints() <= TenantSettings.MAX_RATING_POINTS,
                        "ratingLabels", "settings.error.ratingLabels.count")
                .check(settings.ratingLabels().stream().allMatch(label -> label != null && !label.isBlank()),
                        "ratingLabels", "settings.error.ratingLabels.blank")
                .check(settings.ratingLabels().stream()
                                .allMatch(label -> label == null || label.trim().length() <= TenantSettings.MAX_RATING_LABEL_LENGTH),
                        "ratingLabels", "settings.error.ratingLabels.long")
                .check(settings.ratingLabels().stream().map(l -> l == null ? "" : l.trim().toLowerCase()).distinct()
                                .count() == settings.ratingPoints(),
                        "ratingLabels", "settings.error.ratingLabels.duplicate")
                .check(settings.anonymityThreshold() >= TenantSettings.MIN_ANONYMITY_THRESHOLD,
                        "anonymityThreshold", "settings.error.anonymityThreshold.min")
                .check(settings.anonymityThreshold() <= TenantSettings.MAX_ANONYMITY_THRESHOLD,
                        "anonymityThreshold", "settings.error.anonymityThreshold.max")
                .check(settings.departmentGoalSetters() != null, "departmentGoalSetters", "settings.error.required")
                .check(settings.teamGoalSetters() != null, "teamGoalSetters", "settings.error.required")
                .check(settings.aiMode() != null, "aiMode", "settings.error.required")
                .check(settings.aiMode() == null || settings.aiMode().compareTo(aiSettings.deploymentMode()) <= 0,
                        "aiMode", "settings.error.aiMode.unavailable")
                .throwIfAny();
    }

    private static boolean isZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone.trim());
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static TenantSettings defaults(Organisation organisation) {
        return new TenantSettings(organisation.name(), organisation.locale(), organisation.timeZone(), 1,
                CheckInCadence.BIWEEKLY, "sv".equals(organisation.locale()) ? DEFAULT_RATING_LABELS_SV
                : DEFAULT_RATING_LABELS_EN, TenantSettings.MIN_ANONYMITY_THRESHOLD, GoalSetters.LEADERSHIP,
                GoalSetters.LEADS, false, AiMode.OFFLINE, 0);
    }

    private void requireHrAdmin() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins change the tenant's settings");
        }
    }
}
