package io.kadens.competencies;

import java.util.List;
import java.util.UUID;

/**
 * Competencies proposed from a framework document's headings and lists, for HR to review, edit and confirm;
 * nothing of it is stored until confirmed.
 *
 * @param scale the tenant's number of proficiency levels: at most that many indicators per competency
 * @param notes what the reading left out or changed, as i18n keys with the text they are about
 */
public record FrameworkProposal(UUID documentId, String documentTitle, String language, int scale,
                                List<ProposedCompetency> competencies, List<Note> notes) {

    public FrameworkProposal {
        competencies = List.copyOf(competencies);
        notes = List.copyOf(notes);
    }

    /**
     * One proposed competency.
     *
     * @param source the headings it was read from, outermost first
     * @param exists a competency of that name exists already: confirming it would be refused unless renamed
     */
    public record ProposedCompetency(String name, String description, CompetencyGroup group, UUID jobFamilyId,
                                     List<String> indicators, List<String> source, boolean exists) {

        public ProposedCompetency {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
            source = source == null ? List.of() : List.copyOf(source);
        }

        CompetencyData data() {
            return new CompetencyData(name, description, group, jobFamilyId, indicators);
        }
    }

    public record Note(String key, String about) {
    }
}
