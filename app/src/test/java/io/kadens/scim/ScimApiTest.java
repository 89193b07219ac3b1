package io.kadens.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SCIM over HTTP with real tokens, including tenant isolation and revoked tokens. */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScimApiTest {

    static final String SCIM = "application/scim+json";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ScimTokens tokens;
    @Autowired
    AuditLog auditLog;

    Company a;
    Company b;
    String tokenA;
    String tokenB;

    @BeforeAll
    void companies() {
        a = tenants.create("scima");
        b = tenants.create("scimb");
        tokenA = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()), () -> tokens.create("Okta")).secret();
        tokenB = TestTenants.signedIn(TestTenants.as(b, b.hrAdmin()), () -> tokens.create("Entra")).secret();
    }

    record Answer(int status, JsonNode body, String contentType) {
    }

    private Answer call(MockHttpServletRequestBuilder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String text = response.getContentAsString();
        return new Answer(response.getStatus(), text.isBlank() ? null : JSON.readTree(text), response.getContentType());
    }

    private Answer send(MockHttpServletRequestBuilder request, String token, String body) throws Exception {
        return call(request.contentType(SCIM).content(body), token);
    }

    private static String user(String email, String given, String family, String externalId) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s","externalId":"%s",
                 "name":{"givenName":"%s","familyName":"%s"},"active":true,"title":"Engineer",
                 "emails":[{"value":"%s","type":"work","primary":true}]}""".formatted(email, externalId, given, family, email);
    }

    @Test
    void usersAreCreatedFoundPatchedReplacedAndDeactivated() throws Exception {
        Answer created = send(post("/scim/v2/Users"), tokenA, user("new.hire@scima.test", "New", "Hire", "okta-1"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.contentType()).startsWith(SCIM);
        String id = created.body().get("id").stringValue();
        assertThat(created.body().get("active").booleanValue()).isTrue();

        Answer byName = call(get("/scim/v2/Users").param("filter", "userName eq \"New.Hire@scima.test\""), tokenA);
        assertThat(byName.body().get("totalResults").intValue()).isEqualTo(1);
        assertThat(byName.body().get("Resources").get(0).get("id").stringValue()).isEqualTo(id);
        Answer byExternal = call(get("/scim/v2/Users").param("filter", "externalId eq \"okta-1\""), tokenA);
        assertThat(byExternal.body().get("Resources").get(0).get("userName").stringValue()).isEqualTo("new.hire@scima.test");

        // Okta: replace without a path.
        Answer okta = send(patch("/scim/v2/Users/" + id), tokenA, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"replace","value":{"active":false}}]}""");
        assertThat(okta.status()).isEqualTo(200);
        assertThat(okta.body().get("active").booleanValue()).isFalse();
        // Entra ID: capitalised op, string boolean, paths including the enterprise extension.
        Answer entra = send(patch("/scim/v2/Users/" + id), tokenA, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"Replace","path":"active","value":"True"},
                 {"op":"Replace","path":"name.givenName","value":"Renamed"},
                 {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Platform"},
                 {"op":"Add","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager","value":"%s"}]}"""
                .formatted(a.manager().id()));
        assertThat(entra.status()).isEqualTo(200);
        assertThat(entra.body().get("active").booleanValue()).isTrue();
        assertThat(entra.body().get("name").get("givenName").stringValue()).isEqualTo("Renamed");
        JsonNode enterprise = entra.body().get("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
        assertThat(enterprise.get("department").stringValue()).isEqualTo("Platform");
        assertThat(enterprise.get("manager").get("value").stringValue()).isEqualTo(a.manager().id().toString());

        Answer replaced = send(put("/scim/v2/Users/" + id), tokenA, user("new.hire@scima.test", "Newer", "Hire", "okta-1"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().get("name").get("givenName").stringValue()).isEqualTo("Newer");

        assertThat(call(delete("/scim/v2/Users/" + id), tokenA).status()).isEqualTo(204);
        assertThat(call(get("/scim/v2/Users/" + id), tokenA).body().get("active").booleanValue()).isFalse();

        List<AuditEntry> audit = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()),
                () -> auditLog.search(AuditQuery.about("person", id), 0, 50));
        assertThat(audit).extracting(AuditEntry::action).contains("scim.user.created", "scim.user.patched",
                "scim.user.replaced", "person.reactivated");
        // Each of the two deactivations (PATCH active=false, DELETE) is one entry, under the SCIM client's name
        // (not a second one by "system").
        assertThat(audit).filteredOn(e -> e.action().contains("deactivated")).hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.action()).isEqualTo("person.deactivated");
                    assertThat(e.actorLabel()).isEqualTo("SCIM token Okta");
                });
        assertThat(audit).filteredOn(e -> e.action().startsWith("scim.") || e.action().startsWith("person."))
                .extracting(AuditEntry::actorLabel).containsOnly("SCIM token Okta");
    }

    @Test
    void pagingAndErrorsSpeakScim() throws Exception {
        Answer page = call(get("/scim/v2/Users").param("startIndex", "2").param("count", "3"), tokenA);
        assertThat(page.body().get("schemas").get(0).stringValue())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        assertThat(page.body().get("startIndex").intValue()).isEqualTo(2);
        assertThat(page.body().get("itemsPerPage").intValue()).isEqualTo(3);
        assertThat(page.body().get("totalResults").intValue()).isGreaterThanOrEqualTo(7);

        Answer missing = call(get("/scim/v2/Users/" + UUID.randomUUID()), tokenA);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith(SCIM);
        assertThat(missing.body().get("schemas").get(0).stringValue()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(missing.body().get("status").stringValue()).isEqualTo("404");

        Answer badFilter = call(get("/scim/v2/Users").param("filter", "userName sw \"x\""), tokenA);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body().get("scimType").stringValue()).isEqualTo("invalidFilter");

        Answer duplicate = send(post("/scim/v2/Users"), tokenA, user(a.employee().email(), "Dup", "Licate", "x"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("scimType").stringValue()).isEqualTo("uniqueness");

        Answer cycle = send(patch("/scim/v2/Users/" + a.ceo().id()), tokenA, """
                {"Operations":[{"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                 "value":{"value":"%s"}}]}""".formatted(a.member().id()));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.body().get("scimType").stringValue()).isEqualTo("invalidValue");

        assertThat(call(get("/scim/v2/ServiceProviderConfig"), tokenA).body().get("patch").get("supported").booleanValue())
                .isTrue();
        assertThat(call(get("/scim/v2/ResourceTypes"), tokenA).body().get("totalResults").intValue()).isEqualTo(2);
        assertThat(call(get("/scim/v2/Schemas"), tokenA).status()).isEqualTo(200);
    }

    @Test
    void groupsAreDepartments() throws Exception {
        Answer created = send(post("/scim/v2/Groups"), tokenA, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Data",
                 "members":[{"value":"%s"}]}""".formatted(a.outsider().id()));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").stringValue();
        assertThat(created.body().get("members").get(0).get("value").stringValue()).isEqualTo(a.outsider().id().toString());
        Answer found = call(get("/scim/v2/Groups").param("filter", "displayName eq \"data\""), tokenA);
        assertThat(found.body().get("totalResults").intValue()).isEqualTo(1);
        Answer removed = send(patch("/scim/v2/Groups/" + id), tokenA, """
                {"Operations":[{"op":"remove","path":"members[value eq \\"%s\\"]"}]}""".formatted(a.outsider().id()));
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().get("members").isEmpty()).isTrue();
    }

    @Test
    void tenantAsTokenNeverReachesTenantBsUsers() throws Exception {
        String other = b.employee().id().toString();
        assertThat(call(get("/scim/v2/Users/" + other), tokenA).status()).isEqualTo(404);
        assertThat(send(patch("/scim/v2/Users/" + other), tokenA,
                "{\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}").status()).isEqualTo(404);
        assertThat(send(put("/scim/v2/Users/" + other), tokenA, user(b.employee().email(), "X", "Y", "z")).status())
                .isEqualTo(404);
        assertThat(call(delete("/scim/v2/Users/" + other), tokenA).status()).isEqualTo(404);
        assertThat(call(get("/scim/v2/Groups/" + b.salesId()), tokenA).status()).isEqualTo(404);
        Answer byName = call(get("/scim/v2/Users").param("filter", "userName eq \"" + b.employee().email() + "\""), tokenA);
        assertThat(byName.body().get("totalResults").intValue()).isZero();
        String everything = call(get("/scim/v2/Users").param("count", "200"), tokenA).body().toString()
                + call(get("/scim/v2/Groups"), tokenA).body().toString();
        for (var person : List.of(b.ceo(), b.hrAdmin(), b.manager(), b.employee(), b.teamLead(), b.member(), b.outsider())) {
            assertThat(everything).doesNotContain(person.id().toString(), person.email());
        }
        assertThat(everything).doesNotContain(b.salesId().toString());
        // B's people are untouched and still active, as B's own token sees them.
        assertThat(call(get("/scim/v2/Users/" + other), tokenB).body().get("active").booleanValue()).isTrue();
    }

    @Test
    void missingForgedAndRevokedTokensGet401() throws Exception {
        assertThat(call(get("/scim/v2/Users"), null).status()).isEqualTo(401);
        assertThat(call(get("/scim/v2/Users"), "not-a-token").status()).isEqualTo(401);
        // A's secret under B's tenant id: the hash is not B's, so no.
        String forged = tokenA.replace(a.id().value().toString().replace("-", ""), b.id().value().toString().replace("-", ""));
        assertThat(call(get("/scim/v2/Users"), forged).status()).isEqualTo(401);

        var revocable = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()), () -> tokens.create("Short-lived"));
        assertThat(call(get("/scim/v2/Users"), revocable.secret()).status()).isEqualTo(200);
        TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()), () -> {
            tokens.revoke(revocable.token().id());
            return null;
        });
        Answer revoked = call(get("/scim/v2/Users"), revocable.secret());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body().get("schemas").get(0).stringValue()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(call(get("/scim/v2/Users"), tokenA).status()).isEqualTo(200);
    }

    @Test
    void tokensAreShownOnceStoredHashedAndManagedByHrAdminsOnly() throws Exception {
        assertThat(call(get("/scim/v2/Users"), tokenA).status()).isEqualTo(200);
        var listed = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()), () -> tokens.list());
        assertThat(listed).extracting(ScimToken::name).contains("Okta");
        assertThat(listed.toString()).doesNotContain(tokenA);
        assertThat(listed).filteredOn(t -> t.name().equals("Okta")).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestTenants.signedIn(TestTenants.as(a, a.manager()),
                () -> tokens.create("Sneaky"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestTenants.signedIn(TestTenants.operator(),
                () -> tokens.list())).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(ScimTokens.hash(tokenA)).hasSize(64).isNotEqualTo(tokenA);
    }

    @Autowired
    io.kadens.support.TestClock clock;

    @Test
    void aTokenExpiresAfterAYearByDefaultOrWhenItsChosenExpiryHasPassed() throws Exception {
        NewScimToken yearly = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()), () -> tokens.create("Yearly"));
        NewScimToken quarterly = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()),
                () -> tokens.create("Quarterly", ScimTokenExpiry.DAYS_90));
        assertThat(java.time.Duration.between(yearly.token().createdAt(), yearly.token().expiresAt()))
                .isEqualTo(java.time.Duration.ofDays(365));
        assertThat(call(get("/scim/v2/Users"), quarterly.secret()).status()).isEqualTo(200);
        try {
            clock.advance(java.time.Duration.ofDays(91));
            Answer expired = call(get("/scim/v2/Users"), quarterly.secret());
            assertThat(expired.status()).isEqualTo(401);
            assertThat(expired.contentType()).startsWith(SCIM);
            assertThat(expired.body().get("schemas").get(0).stringValue())
                    .isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
            assertThat(call(get("/scim/v2/Users"), yearly.secret()).status()).isEqualTo(200);
            List<ScimToken> listed = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()), () -> tokens.list());
            assertThat(listed).filteredOn(token -> token.id().equals(quarterly.token().id())).singleElement()
                    .satisfies(token -> assertThat(token.expired()).isTrue());

            clock.advance(java.time.Duration.ofDays(275));
            assertThat(call(get("/scim/v2/Users"), yearly.secret()).status()).as("a year and a day").isEqualTo(401);
        } finally {
            clock.reset();
        }
    }

    @Test
    void reportingLineChangesThroughScimAreAuditedAndListedForHrAdmins() throws Exception {
        Company company = tenants.create("scimlines");
        String token = TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()), () -> tokens.create("Okta")).secret();
        Answer moved = send(patch("/scim/v2/Users/" + company.member().id()), token, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager",
                  "value":{"value":"%s"}}]}""".formatted(company.hrAdmin().id()));
        assertThat(moved.status()).isEqualTo(200);
        // A change that leaves the manager as it was is no reporting-line change.
        assertThat(send(patch("/scim/v2/Users/" + company.member().id()), token, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[
                 {"op":"replace","path":"title","value":"Senior"}]}""").status()).isEqualTo(200);
        Answer hired = send(post("/scim/v2/Users"), token, """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"hire@scimlines.test",
                 "name":{"givenName":"Hired","familyName":"Person"},
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"manager":{"value":"%s"}}}"""
                .formatted(company.manager().id()));
        assertThat(hired.status()).isEqualTo(201);

        List<ScimReportingLineChange> changes = TestTenants.signedIn(TestTenants.as(company, company.hrAdmin()),
                () -> tokens.reportingLineChanges(50));
        String member = company.member().givenName() + " " + company.member().familyName();
        String lead = company.teamLead().givenName() + " " + company.teamLead().familyName();
        String hr = company.hrAdmin().givenName() + " " + company.hrAdmin().familyName();
        String manager = company.manager().givenName() + " " + company.manager().familyName();
        assertThat(changes).extracting(ScimReportingLineChange::personName, ScimReportingLineChange::previousManagerName,
                        ScimReportingLineChange::newManagerName, ScimReportingLineChange::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hired Person", null, manager, "SCIM token Okta"),
                        org.assertj.core.groups.Tuple.tuple(member, lead, hr, "SCIM token Okta"));
        // Only HR admins see them, and each organisation only its own.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestTenants.signedIn(
                TestTenants.as(company, company.manager()), () -> tokens.reportingLineChanges(50)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(TestTenants.signedIn(TestTenants.as(b, b.hrAdmin()), () -> tokens.reportingLineChanges(50)))
                .extracting(ScimReportingLineChange::personName).doesNotContain(member, "Hired Person");
    }
}
