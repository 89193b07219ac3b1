package io.kadens.privacy;

import java.util.Map;
import java.util.UUID;

/**
 * The erasure hook: a feature that stores personal data about people removes or pseudonymises it
 * when a person is erased. Aggregates stay (rows that counts and history need are kept, with
 * their personal content removed).
 *
 * <p>Called inside the erasure's transaction, in the person's tenant: throwing undoes the whole
 * erasure. Must not write the erased data anywhere (the audit log included).
 */
public interface PersonalDataEraser {

    /**
     * @param personId  the person being erased
     * @param pseudonym what they are called from now on, e.g. "Former employee 7"
     */
    void erase(UUID personId, String pseudonym);

    /**
     * What {@link #erase} does to each column ({@code table.column}) that refers to the person: the privacy
     * catalogue test requires a rule for every such column, and checks the deleted and cleared ones.
     */
    /**
     * Replaces labels written at the time that name the erased person by their former email (who invited
     * someone, who revoked a token) with the pseudonym. Called after {@link #erase}, in the same transaction.
     */
    default void eraseLabels(String formerEmail, String pseudonym) {
    }

    default Map<String, ErasureRule> erasureRules() {
        return Map.of();
    }
}
