package io.kadens.surveys;

import static io.kadens.support.TestTenants.as;
import static io.kadens.support.TestTenants.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kadens.platform.ConcurrentEditException;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.support.KadensSpringTest;
import io.kadens.support.TestTenants;
import io.kadens.support.TestTenants.Company;
import io.kadens.support.TestTenants.Person;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Question versions of surveys and the pulse/engagement question bank, against PostgreSQL: editing a survey that
 * has answers starts a new revision and the answers stay with the questions they answered; results are per
 * revision; stale edits and stale answers are refused with nothing written.
 */
@KadensSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyVersionsTest {

    @Autowired
    Surveys surveys;
    @Autowired
    TestTenants tenants;

    Company a;

    @BeforeAll
    void company() {
        a = tenants.create("survver");
    }

    private <T> T asAdmin(Supplier<T> work) {
        return signedIn(as(a, a.hrAdmin()), work);
    }

    private void answer(Person person, UUID survey, Integer revision, Answer... answers) {
        signedIn(as(a, person), () -> {
            surveys.answer(survey, revision, List.of(answers));
            return null;
        });
    }

    private MySurvey mine(Person person, UUID survey) {
        return signedIn(as(a, person), () -> surveys.mine()).stream().filter(s -> s.id().equals(survey))
                .findFirst().orElseThrow();
    }

    private static final List<SurveyQuestion> NEW_QUESTIONS = List.of(
            new SurveyQuestion(0, QuestionKind.SCALE, " How clear were the new goal rules? ", "Hur tydliga var de nya målreglerna?"),
            new SurveyQuestion(0, QuestionKind.TEXT, "What should change?", "Vad borde ändras?"));

    @Test
    void editingADraftWithoutAnswersReplacesItsQuestionsInPlace() {
        UUID id = asAdmin(() -> surveys.create(new NewSurvey("Draft edit", SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null)));
        long version = asAdmin(() -> surveys.editQuestions(id, 0, NEW_QUESTIONS));
        Survey edited = asAdmin(() -> surveys.survey(id));
        assertThat(version).isEqualTo(1);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.revision()).as("nothing was answered, so no new revision").isEqualTo(1);
        assertThat(edited.questions()).containsExactly(
                new SurveyQuestion(0, QuestionKind.SCALE, "How clear were the new goal rules?", "Hur tydliga var de nya målreglerna?"),
                new SurveyQuestion(1, QuestionKind.TEXT, "What should change?", "Vad borde ändras?"));
    }

    @Test
    void editingASurveyWithAnswersStartsANewVersionAndResultsStayPerVersion() {
        UUID id = asAdmin(() -> surveys.create(new NewSurvey("Versions", SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null)));
        long version = asAdmin(() -> surveys.open(id, 0));
        List<Person> first = List.of(a.ceo(), a.manager(), a.employee());
        for (Person person : first) {
            answer(person, id, 1, new Answer(0, 4, null), new Answer(3, null, "version one"));
        }
        long revised = asAdmin(() -> surveys.editQuestions(id, version, NEW_QUESTIONS));
        Survey survey = asAdmin(() -> surveys.survey(id));
        assertThat(survey.revision()).isEqualTo(2);
        assertThat(survey.version()).isEqualTo(revised);
        assertThat(survey.questions()).extracting(SurveyQuestion::promptEn)
                .containsExactly("How clear were the new goal rules?", "What should change?");
        assertThat(survey.responded()).as("nobody has answered the new questions yet").isZero();

        // The people asked see the new questions afresh; answering the old revision is refused and writes nothing.
        MySurvey employees = mine(a.employee(), id);
        assertThat(employees.revision()).isEqualTo(2);
        assertThat(employees.questions()).hasSize(2);
        assertThat(employees.myAnswers()).isEmpty();
        assertThatThrownBy(() -> answer(a.employee(), id, 1, new Answer(0, 1, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(mine(a.employee(), id).myAnswers()).isEmpty();

        for (Person person : List.of(a.employee(), a.teamLead(), a.member())) {
            answer(person, id, 2, new Answer(0, 2, null), new Answer(1, null, "version two"));
        }
        // answering twice keeps the last answer, within the revision
        answer(a.member(), id, 2, new Answer(0, 1, null));

        SurveyResults old = asAdmin(() -> surveys.results(id, 1, ResultFilter.NONE));
        assertThat(old.revision()).isEqualTo(1);
        assertThat(old.suppressed()).isFalse();
        assertThat(old.responded()).isEqualTo(3);
        assertThat(old.questions()).hasSize(4);
        assertThat(old.questions().getFirst().promptEn()).contains("How much time");
        assertThat(old.questions().getFirst().average()).isEqualTo(4.0);
        assertThat(old.questions().getLast().texts()).containsExactly("version one", "version one", "version one");

        SurveyResults current = asAdmin(() -> surveys.results(id, ResultFilter.NONE));
        assertThat(current.revision()).isEqualTo(2);
        assertThat(current.responded()).isEqualTo(3);
        assertThat(current.questions()).extracting(SurveyResults.QuestionResult::promptEn)
                .containsExactly("How clear were the new goal rules?", "What should change?");
        assertThat(current.questions().getFirst().distribution()).containsExactly(1, 2, 0, 0, 0);
        assertThat(current.questions().getLast().texts()).containsExactly("version two", "version two");
        assertThat(asAdmin(() -> surveys.survey(id)).responded()).isEqualTo(3);

        assertThatThrownBy(() -> asAdmin(() -> surveys.results(id, 3, ResultFilter.NONE)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> asAdmin(() -> surveys.results(id, 0, ResultFilter.NONE)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void staleOrBadEditsAreRefusedAndChangeNothing() {
        UUID id = asAdmin(() -> surveys.create(new NewSurvey("Refused edits", SurveyTemplate.PROCESS, AudienceKind.EVERYONE, null)));
        long version = asAdmin(() -> surveys.open(id, 0));
        answer(a.employee(), id, null, new Answer(0, 3, null));

        assertThatThrownBy(() -> asAdmin(() -> surveys.editQuestions(id, version - 1, NEW_QUESTIONS)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> asAdmin(() -> surveys.editQuestions(id, version, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.fieldErrors()).containsEntry("questions", "surveys.error.questions"));
        assertThatThrownBy(() -> asAdmin(() -> surveys.editQuestions(id, version, List.of(
                new SurveyQuestion(0, QuestionKind.SCALE, "Only English", " "),
                new SurveyQuestion(1, null, "No kind", "Ingen typ")))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsEntry("questions[0]", "surveys.error.prompt")
                        .containsEntry("questions[1]", "surveys.error.questionKind"));

        Survey unchanged = asAdmin(() -> surveys.survey(id));
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(unchanged.revision()).isEqualTo(1);
        assertThat(unchanged.questions()).hasSize(4);
        assertThat(mine(a.employee(), id).myAnswers()).containsExactly(new Answer(0, 3, null));
    }

    @Test
    void pulseAndEngagementSurveysAskQuestionsPickedFromTheBankInBothLanguages() {
        UUID picked = asAdmin(() -> surveys.create(new NewSurvey("Monthly pulse", SurveyTemplate.PULSE,
                AudienceKind.EVERYONE, null, List.of(BankQuestion.GROWTH_PATH, BankQuestion.OPEN_IMPROVE))));
        Survey pulse = asAdmin(() -> surveys.survey(picked));
        assertThat(pulse.template()).isEqualTo(SurveyTemplate.PULSE);
        assertThat(pulse.questions()).extracting(SurveyQuestion::kind).containsExactly(QuestionKind.SCALE, QuestionKind.TEXT);
        assertThat(pulse.questions().getFirst().promptEn()).startsWith("I can see a path for my development");
        assertThat(pulse.questions().getFirst().prompt(Locale.forLanguageTag("sv"))).startsWith("Jag ser en väg");

        UUID usual = asAdmin(() -> surveys.create(new NewSurvey("Engagement", SurveyTemplate.ENGAGEMENT,
                AudienceKind.EVERYONE, null)));
        assertThat(asAdmin(() -> surveys.survey(usual)).questions())
                .hasSize(SurveyTemplate.ENGAGEMENT.questions().size())
                .allSatisfy(question -> assertThat(question.promptSv()).isNotBlank().isNotEqualTo(question.promptEn()));

        assertThat(BankQuestion.values()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(java.util.Arrays.stream(BankQuestion.values()).map(BankQuestion::theme).distinct().count())
                .isGreaterThanOrEqualTo(4);

        int before = asAdmin(() -> surveys.all()).size();
        assertThatThrownBy(() -> asAdmin(() -> surveys.create(new NewSurvey("Process with bank", SurveyTemplate.PROCESS,
                AudienceKind.EVERYONE, null, List.of(BankQuestion.GROWTH_PATH)))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.fieldErrors()).containsEntry("bankQuestions", "surveys.error.bank"));
        assertThatThrownBy(() -> asAdmin(() -> surveys.create(new NewSurvey("Twice", SurveyTemplate.PULSE,
                AudienceKind.EVERYONE, null, List.of(BankQuestion.GROWTH_PATH, BankQuestion.GROWTH_PATH)))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(asAdmin(() -> surveys.all())).hasSize(before);
    }
}
