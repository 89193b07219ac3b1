package io.kadens.operator;

import io.kadens.ai.AiMode;
import io.kadens.ai.AiSettings;
import io.kadens.audit.AuditLog;
import io.kadens.invitations.Invitations;
import io.kadens.invitations.IssuedInvitation;
import io.kadens.organisation.NewOrganisation;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.OrganisationOverview;
import io.kadens.organisation.Organisations;
import io.kadens.people.NewPerson;
import io.kadens.people.PeopleAdministration;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.Accounts;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import io.kadens.tenants.TenantId;
import io.kadens.tenants.TenantScope;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the operator may do: see the tenants and their sizes, provision a tenant with its first
 * HR admin, suspend and resume tenants. Nobody else may; and the operator never sees a tenant's
 * people or content. Every action on a tenant is written into that tenant's own audit log, so
 * its HR admins see what the operator did.
 */
@Service
public class OperatorConsole {

    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final AiSettings aiSettings;
    private final PeopleAdministration people;
    private final Accounts accounts;
    private final Invitations invitations;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    OperatorConsole(Organisations organisations, CurrentUser currentUser, AiSettings aiSettings,
                    PeopleAdministration people, Accounts accounts, Invitations invitations, AuditLog audit,
                    PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.aiSettings = aiSettings;
        this.people = people;
        this.accounts = accounts;
        this.invitations = invitations;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What the audit log keeps of a tenant the operator acted on. */
    record AuditedTenant(String slug, String name, String locale, String timeZone, String status) {
        static AuditedTenant of(Organisation organisation) {
            return new AuditedTenant(organisation.slug(), organisation.name(), organisation.locale(),
                    organisation.timeZone(), organisation.status().name());
        }
    }

    public List<OrganisationOverview> tenants() {
        requireOperator();
        return organisations.overview();
    }

    /** The most AI this deployment offers its tenants. */
    public AiMode deploymentAiMode() {
        requireOperator();
        return aiSettings.deploymentMode();
    }

    /**
     * Creates the tenant, its first admin (a person with HR_ADMIN) and the admin's invitation in
     * one transaction, then sends the invitation. Bad input leaves nothing behind.
     *
     * @throws InvalidInputException with a message per field (slug, name, locale, timeZone,
     *                               adminGivenName, adminFamilyName, adminEmail)
     */
    public ProvisionedTenant provision(TenantProvisioning request) {
        KadensUser operator = requireOperator();
        NewOrganisation organisation = validate(request);
        NewPerson admin = Invitations.validNewPerson(request.adminGivenName(), request.adminFamilyName(),
                request.adminEmail(), "adminGivenName", "adminFamilyName", "adminEmail");
        TenantId tenant = TenantId.random();
        String actor = actor(operator);
        IssuedInvitation invitation;
        try {
            invitation = TenantScope.call(tenant, () -> transactions.execute(status -> {
                Organisation created = organisations.register(tenant, organisation);
                UUID adminId = people.addPerson(admin);
                accounts.grant(adminId, Role.HR_ADMIN);
                audit.recordAs(actor, "tenant.provisioned", "tenant", tenant.toString(), null,
                        AuditedTenant.of(created));
                return invitations.issueInScope(adminId, actor);
            }));
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("slug", "access.provision.slug.taken");
        } catch (IllegalArgumentException refused) {
            if ("organisation.slug.taken".equals(refused.getMessage())) {
                throw InvalidInputException.of("slug", "access.provision.slug.taken");
            }
            throw refused;
        }
        Optional<String> failure = invitations.deliver(invitation);
        return new ProvisionedTenant(organisations.byId(tenant).orElseThrow(), admin.email(), failure);
    }

    /** Nobody of the tenant can sign in any more, and open sessions end at their next request. Data is kept. */
    public Organisation suspend(TenantId tenant) {
        return changeStatus(tenant, Organisation.Status.SUSPENDED, "tenant.suspended");
    }

    public Organisation resume(TenantId tenant) {
        return changeStatus(tenant, Organisation.Status.ACTIVE, "tenant.resumed");
    }

    /** Sends again the open invitations the operator sent while provisioning the tenant (its first admin's). */
    public int resendAdminInvitation(TenantId tenant) {
        requireOperator();
        requireExists(tenant);
        return invitations.resendOperatorInvitations(tenant);
    }

    private Organisation changeStatus(TenantId tenant, Organisation.Status status, String action) {
        KadensUser operator = requireOperator();
        Organisation before = requireExists(tenant);
        return TenantScope.call(tenant, () -> transactions.execute(tx -> {
            Organisation after = organisations.changeStatus(tenant, status);
            if (after.status() != before.status()) {
                audit.recordAs(actor(operator), action, "tenant", tenant.toString(), AuditedTenant.of(before),
                        AuditedTenant.of(after));
            }
            return after;
        }));
    }

    private Organisation requireExists(TenantId tenant) {
        return organisations.byId(tenant).orElseThrow(() -> new UnknownTenantException(tenant));
    }

    private NewOrganisation validate(TenantProvisioning request) {
        Map<String, String> errors = new LinkedHashMap<>();
        String timeZone = request.timeZone() == null || request.timeZone().isBlank() ? "UTC" : request.timeZone().trim();
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            errors.put("timeZone", "access.provision.time-zone.invalid");
            timeZone = "UTC";
        }
        NewOrganisation organisation = null;
        // NewOrganisation stops at its first problem: try each field with the others made valid, to report them all.
        String slug = request.slug();
        String name = request.name();
        String locale = request.locale();
        for (int attempt = 0; attempt < 4 && organisation == null; attempt++) {
            try {
                organisation = new NewOrganisation(slug, name, locale, timeZone);
            } catch (IllegalArgumentException refused) {
                String key = String.valueOf(refused.getMessage());
                if (key.startsWith("organisation.slug")) {
                    errors.put("slug", "access.provision." + key.substring("organisation.".length()));
                    slug = "placeholder-slug";
                } else if (key.startsWith("organisation.name")) {
                    errors.put("name", "access.provision.name.required");
                    name = "placeholder";
                } else {
                    errors.put("locale", "access.provision.locale.invalid");
                    locale = "en";
                }
            }
        }
        if (!errors.containsKey("slug") && request.slug() != null
                && organisations.bySlug(request.slug()).isPresent()) {
            errors.put("slug", "access.provision.slug.taken");
        }
        try {
            Invitations.validNewPerson(request.adminGivenName(), request.adminFamilyName(), request.adminEmail(),
                    "adminGivenName", "adminFamilyName", "adminEmail");
        } catch (InvalidInputException invalid) {
            errors.putAll(invalid.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return organisation;
    }

    private static String actor(KadensUser operator) {
        return Invitations.OPERATOR_PREFIX + operator.email();
    }

    private KadensUser requireOperator() {
        KadensUser user = currentUser.require();
        if (!user.has(Role.OPERATOR)) {
            throw new AccessDeniedException("only the operator manages tenants");
        }
        return user;
    }
}
