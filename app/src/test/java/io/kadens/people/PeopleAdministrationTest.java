package io.kadens.people;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.OrganisationSignInToken;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.web.servlet.MockMvc;

/** Deactivation, reactivation, role assignment and the audit trail of person edits. */
@KadensSpringTest
class PeopleAdministrationTest {

    @Autowired
    PeopleAdministration administration;
    @Autowired
    PeopleService people;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestTenants tenants;
    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    MockMvc mvc;

    private boolean canSignIn(Company c, TestTenants.Person person) {
        try {
            authenticationManager.authenticate(new OrganisationSignInToken(c.slug(), person.email(), TestTenants.PASSWORD));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private EditablePerson editable(Company c, TestTenants.Person person) {
        return signedIn(as(c, c.hrAdmin()), () -> administration.editable(person.id())).orElseThrow();
    }

    @Test
    void aDeactivatedPersonCannotSignInAndTheirReportsMoveUpToTheirManager() {
        Company c = tenants.create("deact");
        assertThat(canSignIn(c, c.teamLead())).isTrue();
        signedIn(as(c, c.hrAdmin()), () -> {
            administration.deactivate(c.teamLead().id(), null, editable(c, c.teamLead()).version());
            return null;
        });
        assertThat(canSignIn(c, c.teamLead())).isFalse();
        // the member reported to the lead; now to the lead's manager
        assertThat(editable(c, c.member()).fields().managerId()).isEqualTo(c.manager().id());
        assertThat(signedIn(as(c, c.employee()), () -> people.search(c.teamLead().familyName()))).isEmpty();
        assertThat(audit(c, "person.deactivated")).hasSize(1);

        signedIn(as(c, c.hrAdmin()), () -> {
            administration.reactivate(c.teamLead().id(), editable(c, c.teamLead()).version());
            return null;
        });
        assertThat(canSignIn(c, c.teamLead())).isTrue();
        assertThat(audit(c, "person.reactivated")).hasSize(1);
    }

    @Test
    void reportsCanBeGivenToAChosenManagerButNeverToSomeoneBelowTheDeactivatedPerson() {
        Company c = tenants.create("handover");
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> {
            administration.deactivate(c.manager().id(), c.member().id(), editable(c, c.manager()).version());
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("newManager", "people-admin.person.manager.cycle"));
        assertThat(editable(c, c.manager()).status()).isEqualTo(PersonStatus.ACTIVE);
        signedIn(as(c, c.hrAdmin()), () -> {
            administration.deactivate(c.manager().id(), c.hrAdmin().id(), editable(c, c.manager()).version());
            return null;
        });
        assertThat(editable(c, c.employee()).fields().managerId()).isEqualTo(c.hrAdmin().id());
        assertThat(editable(c, c.teamLead()).fields().managerId()).isEqualTo(c.hrAdmin().id());
    }

    @Test
    void theLastHrAdminKeepsTheRoleAndCannotBeDeactivated() {
        Company c = tenants.create("lastadmin");
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> {
            administration.revokeHrAdmin(c.hrAdmin().id());
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("role", "people-admin.person.role.last-hr-admin"));
        signedIn(as(c, c.hrAdmin()), () -> {
            administration.grantHrAdmin(c.manager().id());
            return null;
        });
        // with two, one can go; then the remaining one is the last again
        signedIn(as(c, c.hrAdmin(), io.kadens.security.Role.HR_ADMIN), () -> {
            administration.revokeHrAdmin(c.manager().id());
            return null;
        });
        assertThat(editable(c, c.manager()).hrAdmin()).isFalse();
        assertThat(audit(c, "role.")).extracting(AuditEntry::action).containsExactly("role.revoked", "role.granted");
        // a manager who is not HR admin cannot grant
        assertThatThrownBy(() -> signedIn(as(c, c.manager()), () -> {
            administration.grantHrAdmin(c.manager().id());
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        // the sole HR admin cannot deactivate themself (nor be deactivated by anyone as the last one)
        assertThatThrownBy(() -> signedIn(as(c, c.hrAdmin()), () -> {
            administration.deactivate(c.hrAdmin().id(), null, editable(c, c.hrAdmin()).version());
            return null;
        })).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyEditIsAuditedWithBeforeAndAfter() {
        Company c = tenants.create("audited-edit");
        EditablePerson before = editable(c, c.employee());
        signedIn(as(c, c.hrAdmin()), () -> administration.update(c.employee().id(),
                before.fields().withJobTitle("Principal analyst"), before.version()));
        List<AuditEntry> entries = audit(c, "person.updated");
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().actorId()).isEqualTo(c.hrAdmin().id());
        assertThat(entries.getFirst().subjectId()).isEqualTo(c.employee().id().toString());
        assertThat(entries.getFirst().beforeState()).contains("Employee title");
        assertThat(entries.getFirst().afterState()).contains("Principal analyst");
    }

    @Test
    void theRestUpdateAnswersConflictForAStaleVersionAndBadRequestWithFieldMessages() throws Exception {
        Company c = tenants.create("restedit");
        EditablePerson before = editable(c, c.employee());
        String body = """
                {"givenName":"Restful","familyName":"Employee","email":"%s","jobTitle":"REST title",
                 "departmentId":"%s"}""".formatted(c.employee().email(), c.salesId());
        var admin = authentication(as(c, c.hrAdmin()));
        assertThat(mvc.perform(put("/api/v1/admin/people/" + c.employee().id()).param("version", "" + before.version())
                .contentType(MediaType.APPLICATION_JSON).content(body).with(admin).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(put("/api/v1/admin/people/" + c.employee().id()).param("version", "" + before.version())
                .contentType(MediaType.APPLICATION_JSON).content(body).with(admin).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(409);
        var bad = mvc.perform(put("/api/v1/admin/people/" + c.employee().id()).param("version", "" + (before.version() + 1))
                .contentType(MediaType.APPLICATION_JSON).content(body.replace(c.employee().email(), "nope"))
                .with(admin).with(csrf())).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("email").contains("people-admin.person.email.invalid");
        assertThat(mvc.perform(put("/api/v1/admin/people/" + c.employee().id()).param("version", "" + (before.version() + 1))
                .contentType(MediaType.APPLICATION_JSON).content(body).with(authentication(as(c, c.manager()))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aPhotoIsStoredSizeLimitedAndServedToColleagues() throws Exception {
        Company c = tenants.create("photos");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        // the person themself may set their own photo; a colleague may not
        signedIn(as(c, c.member()), () -> {
            administration.setPhoto(c.member().id(), new Photo("image/png", png));
            return null;
        });
        assertThatThrownBy(() -> signedIn(as(c, c.employee()), () -> {
            administration.setPhoto(c.member().id(), new Photo("image/png", png));
            return null;
        })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> new Photo("image/png", new byte[Photo.MAX_BYTES + 1])).hasMessage("person.photo.size");
        assertThatThrownBy(() -> new Photo("image/svg+xml", png)).hasMessage("person.photo.type");

        assertThat(signedIn(as(c, c.employee()), () -> people.find(c.member().id())).orElseThrow().hasPhoto()).isTrue();
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/people/" + c.member().id() + "/photo").with(authentication(as(c, c.employee()))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        assertThat(response.getContentAsByteArray()).isEqualTo(png);
        assertThat(audit(c, "person.photo")).hasSize(1);

        signedIn(as(c, c.hrAdmin()), () -> {
            administration.removePhoto(c.member().id());
            return null;
        });
        assertThat(signedIn(as(c, c.employee()), () -> people.photo(c.member().id()))).isEmpty();
    }

    private List<AuditEntry> audit(Company c, String action) {
        return signedIn(as(c, c.hrAdmin()), () -> auditLog.search(
                new AuditQuery(action, null, null, null, null, null, null), 0, 50));
    }
}
