package io.kadens.surveys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Surveys over REST: creating, opening, closing and reading anonymous results for HR admins (others get 403);
 * one's own surveys and answering for everyone asked. Surveys that do not exist, are another tenant's or do not
 * ask the caller answer 404.
 */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Process surveys with the step-9 questions, their audiences, answers and "
        + "anonymous results shown only for groups of at least the tenant's anonymity threshold (issue 16)")
class SurveysApi {

    private final Surveys surveys;

    SurveysApi(Surveys surveys) {
        this.surveys = surveys;
    }

    record Created(UUID id) {
    }

    record Version(long version) {
    }

    /** The answers, and optionally the question revision they answer (a stale one is refused with 409). */
    record Answers(List<Answer> answers, Integer revision) {
    }

    /** A question as given to replace a survey's questions; positions follow the list's order. */
    record QuestionText(QuestionKind kind, String promptEn, String promptSv) {
    }

    /** New questions for a survey, with the version read (optimistic locking). */
    record Questions(long version, List<QuestionText> questions) {
    }

    @GetMapping
    @Operation(summary = "Every survey with its questions and participation, newest first (HR admins)")
    List<Survey> all() {
        return surveys.all();
    }

    @PostMapping
    @Operation(summary = "Creates a draft survey from a template for everyone, a pilot group or a department (HR admins)")
    ResponseEntity<Created> create(@RequestBody NewSurvey survey) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(surveys.create(survey)));
    }

    @GetMapping("/mine")
    @Operation(summary = "The open and closed surveys that ask the caller, with the caller's own answers")
    List<MySurvey> mine() {
        return surveys.mine();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One survey with its questions and participation (HR admins)")
    Survey survey(@PathVariable UUID id) {
        return surveys.survey(id);
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Opens a survey; the first opening fixes whom it asks (HR admins; optimistic locking)")
    Version open(@PathVariable UUID id, @RequestBody Version version) {
        return new Version(surveys.open(id, version.version()));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Closes a survey: its answers stay, new ones are refused (HR admins; optimistic locking)")
    Version close(@PathVariable UUID id, @RequestBody Version version) {
        return new Version(surveys.close(id, version.version()));
    }

    @PutMapping("/{id}/questions")
    @Operation(summary = "Replaces a survey's questions (HR admins; optimistic locking). When the current questions "
            + "have answers, they keep them as an earlier revision and these become the next revision")
    Version editQuestions(@PathVariable UUID id, @RequestBody Questions questions) {
        List<SurveyQuestion> given = questions.questions() == null ? List.of() : questions.questions().stream()
                .map(question -> question == null ? null
                        : new SurveyQuestion(0, question.kind(), question.promptEn(), question.promptSv()))
                .toList();
        return new Version(surveys.editQuestions(id, questions.version(), given));
    }

    @PutMapping("/{id}/answers")
    @Operation(summary = "Answers a survey that asks the caller; answering again replaces the earlier answers. "
            + "A closed survey refuses with 400 and the message surveys.error.closed")
    ResponseEntity<Void> answer(@PathVariable UUID id, @RequestBody Answers answers) {
        surveys.answer(id, answers == null ? null : answers.revision(), answers == null ? List.of() : answers.answers());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/summary")
    @Operation(summary = "The free-text answers to one text question summarised into themes with quotes, only for a "
            + "group that meets the anonymity threshold (otherwise suppressed: no theme, no quote) (HR admins)")
    SurveyTextSummary summary(@PathVariable UUID id, @RequestParam int position,
                              @RequestParam(required = false) UUID departmentId,
                              @RequestParam(required = false) Boolean pilot,
                              @RequestParam(required = false) Integer revision) {
        return surveys.textSummary(id, revision, new ResultFilter(departmentId, pilot), position,
                org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Anonymous results, optionally narrowed to a department and/or to people in (true) or outside "
            + "(false) the pilot groups; suppressed when the group, or what the filter leaves out, is below the "
            + "tenant's anonymity threshold; of the current question revision unless one is given (HR admins)")
    SurveyResults results(@PathVariable UUID id, @RequestParam(required = false) UUID departmentId,
                          @RequestParam(required = false) Boolean pilot,
                          @RequestParam(required = false) Integer revision) {
        return surveys.results(id, revision, new ResultFilter(departmentId, pilot));
    }
}
