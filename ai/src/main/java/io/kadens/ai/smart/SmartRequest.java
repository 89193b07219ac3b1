package io.kadens.ai.smart;

import io.kadens.ai.PersonalDataRedactor;
import io.kadens.ai.SourceRef;

/**
 * A request for SMART rewrites.
 *
 * @param input  the goal text, language, parent text and period end as for the checker
 * @param parent the goal's parent, already checked to be visible to the requester; null to let the
 *               coach look for a related goal the requester may see
 * @param people whose personal data must not reach a language model
 */
public record SmartRequest(SmartInput input, Parent parent, PersonalDataRedactor.People people) {

    public SmartRequest {
        people = people == null ? PersonalDataRedactor.People.none() : people;
    }

    /** A parent goal: its source in the index ({@code goal:<id>}), title and link. */
    public record Parent(SourceRef source, String title, String link) {
    }
}
