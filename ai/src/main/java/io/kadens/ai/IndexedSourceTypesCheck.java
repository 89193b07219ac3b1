package io.kadens.ai;

import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Refuses to let the application start while a source type that features index has no
 * {@link SearchAccessRule}: runs once every bean exists, so every feature's rule has been registered.
 */
public final class IndexedSourceTypesCheck implements SmartInitializingSingleton {

    private final SearchAccessRules rules;
    private final Set<String> indexed;

    public IndexedSourceTypesCheck(SearchAccessRules rules, Set<String> indexed) {
        this.rules = rules;
        this.indexed = Set.copyOf(indexed);
    }

    @Override
    public void afterSingletonsInstantiated() {
        rules.requireRulesFor(indexed);
    }
}
