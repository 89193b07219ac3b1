package io.kadens.reviews;

import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.audit.AuditEntry;
import io.kadens.audit.AuditLog;
import io.kadens.audit.AuditQuery;
import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Templates: versions that never change once saved, validation by field, optimistic locking, HR admins only. */
@KadensSpringTest
class ReviewTemplatesTest {

    @Autowired
    ReviewTemplates templates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestTenants tenants;

    Company c;

    @BeforeEach
    void company() {
        c = tenants.create("rtpl");
    }

    private <T> T asHr(java.util.function.Supplier<T> work) {
        return signedIn(TestTenants.as(c, c.hrAdmin()), work);
    }

    private static TemplateDraft renamedFirstQuestion(TemplateDraft draft, String textEn) {
        List<TemplateSection> sections = new ArrayList<>(draft.sections());
        TemplateSection first = sections.getFirst();
        List<TemplateQuestion> questions = new ArrayList<>(first.questions());
        TemplateQuestion q = questions.getFirst();
        questions.set(0, new TemplateQuestion(q.id(), q.kind(), textEn, q.textSv(), q.forms(), q.required(),
                q.criteria(), q.goalWeighting()));
        sections.set(0, new TemplateSection(first.id(), first.titleEn(), first.titleSv(), questions));
        return new TemplateDraft(draft.nameEn(), draft.nameSv(), sections);
    }

    @Test
    void savingAppendsAVersionAndEarlierVersionsStayAsTheyWere() {
        ReviewTemplate created = asHr(() -> templates.create(ReviewTemplates.starter()));
        assertThat(created.current().number()).isEqualTo(1);
        assertThat(created.current().name(Locale.forLanguageTag("sv"))).isEqualTo("Medarbetarsamtal");
        assertThat(created.current().questions()).extracting(TemplateQuestion::kind)
                .contains(QuestionKind.TEXT, QuestionKind.RATING, QuestionKind.COMPETENCY_RATING,
                        QuestionKind.GOAL_RATING, QuestionKind.LEADERSHIP);
        String originalText = created.current().questions().getFirst().textEn();

        TemplateDraft edited = renamedFirstQuestion(ReviewTemplates.starter(), "How were the goals met, with examples?");
        ReviewTemplate saved = asHr(() -> templates.update(created.id(), edited, created.version()));
        assertThat(saved.current().number()).isEqualTo(2);
        assertThat(saved.version()).isEqualTo(created.version() + 1);
        assertThat(saved.current().questions().getFirst().textEn()).isEqualTo("How were the goals met, with examples?");
        // the question keeps its id across versions, so answers given on version 1 still find their question
        assertThat(saved.current().questions().getFirst().id()).isEqualTo(created.current().questions().getFirst().id());

        TemplateVersion first = asHr(() -> templates.version(created.id(), 1)).orElseThrow();
        assertThat(first.questions().getFirst().textEn()).isEqualTo(originalText);
        assertThat(asHr(() -> templates.versions(created.id()))).extracting(TemplateVersion::number).containsExactly(2, 1);

        List<AuditEntry> audited = asHr(() -> auditLog.search(AuditQuery.about("review_template", created.id().toString()), 0, 10));
        assertThat(audited).extracting(AuditEntry::action).containsExactlyInAnyOrder("review.template.created",
                "review.template.versioned");
    }

    @Test
    void theSecondEditorFromTheSameVersionIsToldAndNothingIsWritten() {
        ReviewTemplate created = asHr(() -> templates.create(ReviewTemplates.starter()));
        asHr(() -> templates.update(created.id(), renamedFirstQuestion(ReviewTemplates.starter(), "First editor"),
                created.version()));
        assertThatThrownBy(() -> asHr(() -> templates.update(created.id(),
                renamedFirstQuestion(ReviewTemplates.starter(), "Second editor"), created.version())))
                .isInstanceOf(ConcurrentEditException.class);
        ReviewTemplate now = asHr(() -> templates.template(created.id())).orElseThrow();
        assertThat(now.current().number()).isEqualTo(2);
        assertThat(now.current().questions().getFirst().textEn()).isEqualTo("First editor");
        assertThat(asHr(() -> templates.versions(created.id()))).hasSize(2);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsWritten() {
        Set<ReviewForm> self = EnumSet.of(ReviewForm.SELF);
        TemplateDraft bad = new TemplateDraft(" ", "Namn", List.of(
                new TemplateSection(null, "Results", "", List.of(
                        new TemplateQuestion(null, QuestionKind.TEXT, "Question", " ", self, false, List.of(), null),
                        new TemplateQuestion(null, QuestionKind.COMPETENCY_RATING, "Rate", "Bedöm", self, true,
                                List.of(), null),
                        new TemplateQuestion(null, QuestionKind.RATING, "Rate", "Bedöm",
                                EnumSet.of(ReviewForm.UPWARD), true, List.of(), null),
                        new TemplateQuestion(null, QuestionKind.GOAL_RATING, "Goals", "Mål",
                                EnumSet.of(ReviewForm.PEER), true, List.of(), null),
                        new TemplateQuestion(null, QuestionKind.TEXT, "Text", "Text", Set.of(), false,
                                List.of(new Criterion(null, "Extra", "Extra")), null),
                        new TemplateQuestion(null, QuestionKind.LEADERSHIP, "Lead", "Led", self, true,
                                List.of(new Criterion(null, "Trust", ""), new Criterion(null, "Trust", "Tillit")), null))),
                new TemplateSection(null, "Empty", "Tom", List.of())));
        assertThatThrownBy(() -> asHr(() -> templates.create(bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnly(
                        java.util.Map.entry("nameEn", "reviews.template.name.required"),
                        java.util.Map.entry("sections[0].titleSv", "reviews.template.section.title.required"),
                        java.util.Map.entry("sections[0].questions[0].textSv", "reviews.template.question.text.required"),
                        java.util.Map.entry("sections[0].questions[1].criteria", "reviews.template.criteria.required"),
                        java.util.Map.entry("sections[0].questions[2].forms", "reviews.template.question.forms.upward"),
                        java.util.Map.entry("sections[0].questions[3].forms", "reviews.template.question.forms.goals"),
                        java.util.Map.entry("sections[0].questions[4].forms", "reviews.template.question.forms.required"),
                        java.util.Map.entry("sections[0].questions[4].criteria", "reviews.template.criteria.not-allowed"),
                        java.util.Map.entry("sections[0].questions[5].criteria[0].nameSv", "reviews.template.criteria.name.required"),
                        java.util.Map.entry("sections[0].questions[5].criteria[1].nameEn", "reviews.template.criteria.duplicate"),
                        java.util.Map.entry("sections[1].questions", "reviews.template.section.empty")));
        assertThat(asHr(() -> templates.templates())).isEmpty();
    }

    @Test
    void criteriaGetStableKeysFromTheirEnglishNames() {
        assertThat(ReviewTemplates.keyOf("Clear communication!")).isEqualTo("clear-communication");
        assertThat(ReviewTemplates.keyOf("Ägarskap & ansvar")).isEqualTo("agarskap-ansvar");
        ReviewTemplate created = asHr(() -> templates.create(ReviewTemplates.starter()));
        TemplateQuestion competencies = created.current().questions().stream()
                .filter(q -> q.kind() == QuestionKind.COMPETENCY_RATING).findFirst().orElseThrow();
        assertThat(competencies.criteria()).extracting(Criterion::key)
                .containsExactly("collaboration", "communication", "ownership", "craft");
        assertThat(competencies.criteria().getFirst().name(Locale.forLanguageTag("sv"))).isEqualTo("Samarbete");
    }

    @Test
    void archivingKeepsTheTemplateAndRestoringBringsItBack() {
        ReviewTemplate created = asHr(() -> templates.create(ReviewTemplates.starter()));
        ReviewTemplate archived = asHr(() -> templates.setArchived(created.id(), true, created.version()));
        assertThat(archived.archived()).isTrue();
        assertThatThrownBy(() -> asHr(() -> templates.setArchived(created.id(), false, created.version())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(asHr(() -> templates.setArchived(created.id(), false, archived.version())).archived()).isFalse();
        assertThat(asHr(() -> templates.templates())).hasSize(1);
    }

    @Test
    void onlyHrAdminsReadOrWriteTemplates() {
        ReviewTemplate created = asHr(() -> templates.create(ReviewTemplates.starter()));
        for (var person : List.of(c.employee(), c.manager(), c.ceo())) {
            assertThatThrownBy(() -> signedIn(TestTenants.as(c, person), () -> templates.templates()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn(TestTenants.as(c, person),
                    () -> templates.update(created.id(), ReviewTemplates.starter(), created.version())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> signedIn(TestTenants.operator(), () -> templates.create(ReviewTemplates.starter())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asHr(() -> templates.template(created.id())).orElseThrow().current().number()).isEqualTo(1);
    }
}
