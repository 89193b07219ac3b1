package io.kadens.organisation;

import static io.kadens.db.Tables.TENANT;
import static org.jooq.impl.DSL.field;

import io.kadens.db.tables.records.TenantRecord;
import io.kadens.tenants.TenantId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant registry. It is a global table (read before anyone is signed in), so it is the one
 * place where code, not row-level security, decides what is shown: only registry fields.
 */
@Service
public class Organisations {

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    Organisations(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> bySlug(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return db.selectFrom(TENANT).where(TENANT.SLUG.eq(slug.trim().toLowerCase(Locale.ROOT)))
                .fetchOptional().map(Organisations::toOrganisation);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> byId(TenantId id) {
        return db.selectFrom(TENANT).where(TENANT.ID.eq(id.value())).fetchOptional().map(Organisations::toOrganisation);
    }

    /** Registers under a chosen id, so a caller can bind it and fill the tenant in the same transaction. */
    @Transactional
    public Organisation register(TenantId id, NewOrganisation organisation) {
        if (bySlug(organisation.slug()).isPresent()) {
            throw new IllegalArgumentException("organisation.slug.taken");
        }
        TenantRecord row = db.newRecord(TENANT);
        row.setId(id.value());
        row.setSlug(organisation.slug());
        row.setName(organisation.name());
        row.setLocale(organisation.locale());
        row.setTimeZone(organisation.timeZone());
        row.setStatus(Organisation.Status.ACTIVE.name());
        row.store();
        return toOrganisation(row);
    }

    /**
     * Suspends or resumes a tenant; its data stays as it is. Optimistic: the registry row must
     * still have the version the caller saw, so two operators acting at once cannot both win.
     *
     * @return the organisation as it is now
     */
    @Transactional
    public Organisation changeStatus(TenantId id, Organisation.Status status) {
        TenantRecord row = db.selectFrom(TENANT).where(TENANT.ID.eq(id.value())).forUpdate().fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("organisation.unknown"));
        if (!row.getStatus().equals(status.name())) {
            row.setStatus(status.name());
            row.store();
            events.publishEvent(new OrganisationStatusChanged(id, status));
        }
        return toOrganisation(row);
    }

    /**
     * Changes a tenant's registry fields. Callers decide who may (the tenant's settings service for
     * its own tenant); the values were validated there.
     */
    @Transactional
    public void updateRegistry(TenantId id, String name, String locale, String timeZone) {
        db.update(TENANT)
                .set(TENANT.NAME, name)
                .set(TENANT.LOCALE, locale)
                .set(TENANT.TIME_ZONE, timeZone)
                .set(TENANT.VERSION, TENANT.VERSION.plus(1))
                .where(TENANT.ID.eq(id.value()))
                .execute();
    }

    /** The active tenants' ids, for background work that visits each tenant in its own scope. */
    @Transactional(readOnly = true)
    public List<TenantId> activeTenants() {
        return db.select(TENANT.ID).from(TENANT).where(TENANT.STATUS.eq(Organisation.Status.ACTIVE.name()))
                .fetch(row -> new TenantId(row.value1()));
    }

    /** Every tenant with its number of active people; counts come from a function that binds each tenant. */
    @Transactional(readOnly = true)
    public List<OrganisationOverview> overview() {
        var activePeople = field("tenant_active_people_count({0})", Long.class, TENANT.ID);
        return db.select(TENANT.asterisk(), activePeople)
                .from(TENANT)
                .orderBy(TENANT.NAME)
                .fetch(row -> new OrganisationOverview(
                        toOrganisation(row.into(TENANT)), row.get(activePeople), row.get(TENANT.CREATED_AT)));
    }

    private static Organisation toOrganisation(TenantRecord row) {
        return new Organisation(new TenantId(row.getId()), row.getSlug(), row.getName(), row.getLocale(),
                row.getTimeZone(), Organisation.Status.valueOf(row.getStatus()));
    }
}
