package io.kadens.surveys;

import java.util.UUID;

/**
 * Narrows the results to the people of a department (as it was when the survey opened) and/or to the people
 * in or outside the pilot groups. Null means no narrowing.
 */
public record ResultFilter(UUID departmentId, Boolean pilot) {

    public static final ResultFilter NONE = new ResultFilter(null, null);

    public boolean narrows() {
        return departmentId != null || pilot != null;
    }
}
