package io.kadens.reviews;

import static io.kadens.db.Tables.REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import io.kadens.tenants.TenantScope;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 360 and sharing endpoints: nominations, sharing, acknowledgement and the PDF packet (parsed with pdfbox, in
 * Swedish), problem+json for refusals, no rating for the employee before sharing, other tenants' cycles unknown.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Review360ApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestTenants tenants;
    @Autowired
    ReviewsTestData data;
    @Autowired
    ReviewCycles cycles;
    @Autowired
    ReviewTemplates templates;
    @Autowired
    DSLContext db;
    @Autowired
    PlatformTransactionManager transactionManager;

    Company a;
    Company b;
    ReviewCycle signOff;
    ReviewsTestData.Seeded bSeeds;

    @BeforeAll
    void companies() {
        a = tenants.create("r360api");
        b = tenants.create("r360apib");
        bSeeds = data.seed(b);
        ReviewTemplate template = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()),
                () -> templates.create(ReviewTemplates.starter()));
        Map<CyclePhase, LocalDate> deadlines = new EnumMap<>(CyclePhase.class);
        for (CyclePhase phase : CyclePhase.values()) {
            deadlines.put(phase, phase.ordinal() <= CyclePhase.CALIBRATION.ordinal()
                    ? TestTenants.today().minusDays(2) : TestTenants.today().plusDays(9));
        }
        signOff = TestTenants.signedIn(TestTenants.as(a, a.hrAdmin()), () -> {
            CycleDraft base = ReviewCycles.defaultDraft(CycleKind.QUARTERLY, template.id(), TestTenants.today());
            ReviewCycle draft = cycles.create(new CycleDraft("Höst", base.kind(), base.templateId(), base.windowStart(),
                    base.windowEnd(), 3, deadlines, new ParticipantSelection(Set.of(a.salesId()), null, null)));
            return cycles.launch(draft.id(), draft.version());
        });
        UUID overall = UUID.nameUUIDFromBytes("kadens.review-template.starter.overall-rating".getBytes(StandardCharsets.UTF_8));
        TenantScope.run(a.id(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(s ->
                db.update(REVIEW).set(REVIEW.STATUS, "SUBMITTED").set(REVIEW.SUBMITTED_AT, OffsetDateTime.now())
                        .set(REVIEW.OVERALL_RATING, (short) 4)
                        .set(REVIEW.ANSWERS, JSONB.valueOf("[{\"questionId\":\"" + overall
                                + "\",\"rating\":4,\"text\":\"Ett starkt kvartal\"}]"))
                        .where(REVIEW.CYCLE_ID.eq(signOff.id()), REVIEW.SUBJECT_ID.eq(a.employee().id()),
                                REVIEW.FORM.eq("MANAGER")).execute()));
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, Person as, String json) throws Exception {
        return mvc.perform(request.with(authentication(TestTenants.as(a, as))).with(csrf())
                .header("Accept-Language", "sv").contentType(MediaType.APPLICATION_JSON).content(json))
                .andReturn().getResponse();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void eriksharesSaraAcknowledgesAndDownloadsThePacketInSwedish() throws Exception {
        String person = "/api/v1/review-cycles/" + signOff.id() + "/people/" + a.employee().id();
        MockHttpServletResponse before = call(get(person + "/outcome"), a.employee(), "");
        assertThat(before.getStatus()).isEqualTo(200);
        assertThat(before.getContentAsString()).contains("\"finalRating\":null", "\"ratingsVisible\":false")
                .doesNotContain("Ett starkt kvartal");
        String unsharedPdf = pdfText(call(get(person + "/packet.pdf"), a.employee(), "").getContentAsByteArray());
        assertThat(unsharedPdf).contains("Bedömningspaket").doesNotContain("Ett starkt kvartal", "Slutlig bedömning");
        assertThat(call(get(person + "/results-360"), a.employee(), "").getStatus()).isEqualTo(403);

        MockHttpServletResponse refused = call(post(person + "/share"), a.employee(), "{\"version\":0}");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).contains("application/problem+json");
        MockHttpServletResponse noVersion = call(post(person + "/share"), a.manager(), "{}");
        assertThat(noVersion.getStatus()).isEqualTo(400);
        assertThat(noVersion.getContentType()).contains("application/problem+json");

        MockHttpServletResponse shared = call(post(person + "/share"), a.manager(), "{\"version\":0}");
        assertThat(shared.getStatus()).isEqualTo(200);
        assertThat(shared.getContentAsString()).contains("\"shared\":true", "\"finalRating\":4");
        MockHttpServletResponse ack = call(post("/api/v1/review-cycles/" + signOff.id() + "/acknowledgement"),
                a.employee(), "{\"comment\":\"Tack, jag håller med.\",\"version\":1}");
        assertThat(ack.getStatus()).isEqualTo(200);
        MockHttpServletResponse stale = call(post("/api/v1/review-cycles/" + signOff.id() + "/acknowledgement"),
                a.employee(), "{\"comment\":\"Igen\",\"version\":1}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentType()).contains("application/problem+json");

        MockHttpServletResponse pdf = call(get(person + "/packet.pdf"), a.employee(), "");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text = pdfText(pdf.getContentAsByteArray());
        assertThat(text).contains("Bedömningspaket", "Slutlig bedömning", "Chefens bedömning", "Ett starkt kvartal",
                "Kvitterad", "Tack, jag håller med.", "Återkoppling från kollegor");
    }

    @Test
    void nominationsOverRestAndOtherTenantsCyclesAreUnknown() throws Exception {
        ReviewsTestData.Seeded aSeeds = data.seed(a);
        String cycle = "/api/v1/review-cycles/" + aSeeds.cycle();
        MockHttpServletResponse nominated = call(post(cycle + "/nominations"), a.employee(),
                "{\"nomineeId\":\"" + a.teamLead().id() + "\"}");
        assertThat(nominated.getStatus()).isEqualTo(201);
        MockHttpServletResponse self = call(post(cycle + "/nominations"), a.employee(),
                "{\"nomineeId\":\"" + a.employee().id() + "\"}");
        assertThat(self.getStatus()).isEqualTo(400);
        assertThat(self.getContentAsString()).contains("\"field\":\"nomineeId\"", "Du kan inte nominera");
        assertThat(call(get(cycle + "/nominations/for-approval"), a.manager(), "").getContentAsString())
                .contains(a.teamLead().id().toString());
        assertThat(call(get(cycle + "/people/" + a.employee().id() + "/nominations"), a.member(), "").getStatus())
                .isEqualTo(403);

        String other = "/api/v1/review-cycles/" + bSeeds.cycle() + "/people/" + b.employee().id();
        for (String path : new String[] {other + "/outcome", other + "/results-360", other + "/nominations",
                other + "/packet.pdf"}) {
            MockHttpServletResponse response = call(get(path), a.manager(), "");
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.getContentAsString()).doesNotContain(b.slug());
        }
    }
}
