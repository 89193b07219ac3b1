package io.kadens.learning;

/** Whether the company runs the training itself or buys it from a provider. */
public enum ProviderKind {
    INTERNAL, EXTERNAL;

    public String labelKey() {
        return "learning.provider." + name().toLowerCase();
    }
}
