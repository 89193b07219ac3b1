package io.kadens.learningdrafts;

import io.kadens.ai.AiAnswers;
import io.kadens.ai.AiMode;
import io.kadens.ai.AiResult;
import io.kadens.ai.AnswerMode;
import io.kadens.ai.KnowledgeHit;
import io.kadens.ai.KnowledgeQuery;
import io.kadens.ai.SearchAccessRules;
import io.kadens.ai.SourceTypes;
import io.kadens.ai.learningpaths.LearningPathEngine;
import io.kadens.ai.learningpaths.LearningPathOutcome;
import io.kadens.ai.learningpaths.LearningPathRequest;
import io.kadens.ai.plans.CourseLevel;
import io.kadens.competencies.Competency;
import io.kadens.competencies.CompetencyFrameworks;
import io.kadens.learning.LibraryQuery;
import io.kadens.learning.ProviderKind;
import io.kadens.learning.TrainingFormat;
import io.kadens.learning.TrainingItem;
import io.kadens.learning.TrainingItemData;
import io.kadens.learning.TrainingLevel;
import io.kadens.learning.TrainingLibrary;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * AI-drafted learning content (issue 13, part 6): HR admins ask for a learning path or a course outline
 * for a competency and a level. The draft rests on the company's content (the knowledge search, so only
 * what the requester may see) and the training library's items for the competency, every step cited; it
 * is never saved. HR edits it, and publishing creates an internal training item through the library.
 * Drafting is offline in every AI mode but {@code off} (no language model writes learning content yet).
 */
@Service
public class LearningPathDrafts {

    /** How many passages of company content a draft looks at. */
    static final int PASSAGES = 8;

    private final LearningPathEngine engine = new LearningPathEngine();
    private final CompetencyFrameworks frameworks;
    private final TrainingLibrary library;
    private final SearchAccessRules knowledge;
    private final AiAnswers answers;
    private final CurrentUser currentUser;

    LearningPathDrafts(CompetencyFrameworks frameworks, TrainingLibrary library, SearchAccessRules knowledge,
                       AiAnswers answers, CurrentUser currentUser) {
        this.frameworks = frameworks;
        this.library = library;
        this.knowledge = knowledge;
        this.answers = answers;
        this.currentUser = currentUser;
    }

    /**
     * A draft for a competency of the tenant's framework up to {@code level}; empty when the competency is
     * not the tenant's. {@link AiResult#off()} when AI is off for the tenant.
     *
     * @param language {@code en} or {@code sv}: the language the draft is written in
     */
    public Optional<AiResult<LearningPathOutcome>> draft(UUID competencyId, int level, LearningPathRequest.Kind kind,
                                                         String language) {
        requireHrAdmin();
        Optional<Competency> found = frameworks.competency(competencyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int scale = frameworks.scale().levels();
        if (level < 1 || level > scale) {
            throw InvalidInputException.of("level", "learningdrafts.level.invalid");
        }
        if (answers.effectiveMode() == AiMode.OFF) {
            return Optional.of(AiResult.off());
        }
        Competency competency = found.get();
        LearningPathRequest.Subject subject = new LearningPathRequest.Subject(competency.id().toString(),
                competency.name(), competency.data().description(), competency.data().indicators());
        String query = (competency.name() + ". " + competency.data().description()).strip();
        List<LearningPathRequest.Passage> passages = knowledge.search(new KnowledgeQuery(query, PASSAGES,
                Set.of(SourceTypes.COMPANY_CONTENT), null, null)).stream().map(LearningPathDrafts::passage).toList();
        List<LearningPathRequest.LibraryItem> items = library.search(new LibraryQuery(null, null, null, null,
                competency.name())).stream().map(LearningPathDrafts::item).toList();
        LearningPathOutcome outcome = engine.draft(new LearningPathRequest(kind, subject, level, scale,
                language == null ? "en" : language, passages, items));
        return Optional.of(new AiResult<>(outcome, AnswerMode.OFFLINE, null));
    }

    /**
     * Publishes an edited draft as an internal course of the library, tagged with the competency, at the
     * course level that fits; the library checks the title is free and the text valid. Empty when the
     * competency is not the tenant's.
     */
    public Optional<UUID> publish(UUID competencyId, String title, String description, CourseLevel level,
                                  String language) {
        requireHrAdmin();
        Optional<Competency> competency = frameworks.competency(competencyId);
        if (competency.isEmpty()) {
            return Optional.empty();
        }
        if (level == null) {
            throw InvalidInputException.of("level", "learningdrafts.level.invalid");
        }
        return Optional.of(library.create(new TrainingItemData(title, description, ProviderKind.INTERNAL, null, null,
                TrainingFormat.COURSE, null, TrainingLevel.valueOf(level.name()), List.of(competency.get().name()),
                language == null ? "en" : language, List.of())));
    }

    private void requireHrAdmin() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins draft learning content");
        }
    }

    private static LearningPathRequest.Passage passage(KnowledgeHit hit) {
        return new LearningPathRequest.Passage(hit.source(), hit.title(), hit.text(), hit.similarity());
    }

    private static LearningPathRequest.LibraryItem item(TrainingItem item) {
        TrainingItemData data = item.data();
        return new LearningPathRequest.LibraryItem(item.id().toString(), data.title(), data.description(),
                data.competencies(), data.level() == null ? null : CourseLevel.valueOf(data.level().name()),
                data.durationMinutes());
    }
}
