package io.kadens.competencies;

import io.kadens.audit.AuditLog;
import io.kadens.competencies.CompetencyImportReport.Action;
import io.kadens.competencies.CompetencyImportReport.Problem;
import io.kadens.competencies.CompetencyImportReport.RowOutcome;
import io.kadens.content.ContentDocumentSummary;
import io.kadens.content.ContentLibrary;
import io.kadens.content.DocumentKind;
import io.kadens.content.ParsedDocument;
import io.kadens.platform.InvalidInputException;
import io.kadens.platform.ResourceNotFoundException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A competency framework from a document in company content (docs/decisions/2026-12-06-framework-document-import.md):
 * its headings and lists are proposed as competencies and indicators; HR reviews and edits them and confirms the
 * ones to create, all of them or, when any is refused, none. Proposing stores nothing.
 */
@Service
@Transactional
public class FrameworkDocumentImport {

    private final ContentLibrary content;
    private final CompetencyFrameworks frameworks;
    private final FrameworkRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    FrameworkDocumentImport(ContentLibrary content, CompetencyFrameworks frameworks, FrameworkRepository repository,
                            CurrentUser currentUser, AuditLog audit) {
        this.content = content;
        this.frameworks = frameworks;
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The company's competency framework documents, to choose one from. */
    @Transactional(readOnly = true)
    public List<ContentDocumentSummary> frameworkDocuments() {
        requireAdministrator();
        return content.documents().stream().filter(d -> d.kind() == DocumentKind.COMPETENCY_FRAMEWORK).toList();
    }

    /** Reads the document and proposes competencies; another tenant's or an unknown document is not found. */
    @Transactional(readOnly = true)
    public FrameworkProposal propose(UUID documentId) {
        requireAdministrator();
        ContentDocumentSummary document = frameworkDocument(documentId);
        ParsedDocument structure = content.structure(documentId)
                .orElseThrow(() -> new ResourceNotFoundException("document", documentId));
        int scale = repository.scale().max();
        FrameworkDocumentReader.Result read = FrameworkDocumentReader.read(structure, scale, frameworks.jobFamilies(),
                repository.byLowerName());
        return new FrameworkProposal(documentId, document.title(), document.language(), scale, read.competencies(),
                read.notes());
    }

    /**
     * Creates the confirmed competencies (as HR edited them), every one or none: the report lists each one created,
     * or every problem by its position in the list (1-based) and field.
     */
    public CompetencyImportReport confirm(UUID documentId, List<CompetencyData> confirmed) {
        requireAdministrator();
        frameworkDocument(documentId);
        List<CompetencyData> chosen = confirmed == null ? List.of() : confirmed;
        List<Problem> problems = new ArrayList<>();
        if (chosen.isEmpty()) {
            problems.add(new Problem(0, "", "competencies.document.none-chosen", ""));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            CompetencyData proposal = chosen.get(i);
            if (proposal == null) {
                problems.add(new Problem(i + 1, "name", "competencies.name.required", ""));
                continue;
            }
            String name = proposal.name() == null ? "" : proposal.name().strip();
            for (Map.Entry<String, String> problem : frameworks.problemsOf(proposal).entrySet()) {
                problems.add(new Problem(i + 1, problem.getKey(), problem.getValue(), name));
            }
            if (!name.isEmpty() && !names.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(i + 1, "name", "competencies.import.duplicate-name", name));
            }
        }
        if (!problems.isEmpty()) {
            return new CompetencyImportReport(chosen.size(), List.of(), List.copyOf(problems));
        }
        List<RowOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            frameworks.create(chosen.get(i));
            outcomes.add(new RowOutcome(i + 1, chosen.get(i).name().strip(), Action.CREATED));
        }
        audit.record("competency.framework.imported_from_document", "content_document", documentId.toString(), null,
                Map.of("competencies", chosen.size()));
        return new CompetencyImportReport(chosen.size(), List.copyOf(outcomes), List.of());
    }

    private ContentDocumentSummary frameworkDocument(UUID documentId) {
        if (documentId == null) {
            throw InvalidInputException.of("documentId", "competencies.document.required");
        }
        ContentDocumentSummary document = content.document(documentId)
                .orElseThrow(() -> new ResourceNotFoundException("document", documentId));
        if (document.kind() != DocumentKind.COMPETENCY_FRAMEWORK) {
            throw InvalidInputException.of("documentId", "competencies.document.not-framework");
        }
        return document;
    }

    private void requireAdministrator() {
        KadensUser user = currentUser.require();
        if (user.isOperator() || !user.has(Role.HR_ADMIN)) {
            throw new AccessDeniedException("only HR admins import a competency framework");
        }
    }
}
