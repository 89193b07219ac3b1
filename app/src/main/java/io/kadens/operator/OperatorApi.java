package io.kadens.operator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.OrganisationOverview;
import io.kadens.tenants.TenantId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operator console over REST; the session's user must be the operator (the service checks). */
@RestController
@Tag(name = "Operator", description = "Running the service: tenants (operator only, 403 for everyone else).")
class OperatorApi {

    private final OperatorConsole console;

    OperatorApi(OperatorConsole console) {
        this.console = console;
    }

    /** A tenant's registry entry, as the operator may see it. */
    record TenantView(UUID id, String slug, String name, String locale, String timeZone, String status) {
        static TenantView of(Organisation organisation) {
            return new TenantView(organisation.id().value(), organisation.slug(), organisation.name(),
                    organisation.locale(), organisation.timeZone(), organisation.status().name());
        }
    }

    record Provisioned(TenantView tenant, String adminEmail, boolean invitationSent, String deliveryFailure) {
    }

    @Operation(summary = "List the tenants with their active people counts")
    @GetMapping("/api/v1/operator/tenants")
    List<OrganisationOverview> tenants() {
        return console.tenants();
    }

    @Operation(summary = "Provision a tenant with its first HR admin, who is invited")
    @PostMapping("/api/v1/operator/tenants")
    @ResponseStatus(HttpStatus.CREATED)
    Provisioned provision(@RequestBody TenantProvisioning request) {
        ProvisionedTenant provisioned = console.provision(request);
        return new Provisioned(TenantView.of(provisioned.organisation()), provisioned.adminEmail(),
                provisioned.deliveryFailure().isEmpty(), provisioned.deliveryFailure().orElse(null));
    }

    @Operation(summary = "Suspend a tenant: sign-in, sessions and tokens stop working")
    @PostMapping("/api/v1/operator/tenants/{id}/suspend")
    TenantView suspend(@PathVariable UUID id) {
        return TenantView.of(console.suspend(new TenantId(id)));
    }

    @Operation(summary = "Resume a suspended tenant")
    @PostMapping("/api/v1/operator/tenants/{id}/resume")
    TenantView resume(@PathVariable UUID id) {
        return TenantView.of(console.resume(new TenantId(id)));
    }

    @Operation(summary = "Send the first HR admin's invitation again")
    @PostMapping("/api/v1/operator/tenants/{id}/resend-admin-invitation")
    int resendAdminInvitation(@PathVariable UUID id) {
        return console.resendAdminInvitation(new TenantId(id));
    }
}
