package io.kadens.rollout.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.kadens.frontend.PageTitles;
import io.kadens.rollout.Feature;
import io.kadens.rollout.RolloutContacts;
import io.kadens.rollout.RolloutPlanning;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;

/** Says that a feature is being piloted by other groups for now, and whom to ask. */
@Route("feature-unavailable")
@PermitAll
class FeatureUnavailableView extends Main implements HasUrlParameter<String>, PageTitles.Translated {

    private final transient RolloutPlanning planning;

    FeatureUnavailableView(RolloutPlanning planning) {
        this.planning = planning;
        addClassName("k-page");
        setId("feature-unavailable");
    }

    @Override
    public void setParameter(BeforeEvent event, String featureName) {
        removeAll();
        String feature = Arrays.stream(Feature.values()).filter(f -> f.name().equals(featureName)).findFirst()
                .map(f -> getTranslation(f.labelKey())).orElse(getTranslation("rollout.gate.some-feature"));
        add(new H1(getTranslation("rollout.gate.heading")), new Paragraph(getTranslation("rollout.gate.page", feature)));
        RolloutContacts contacts = planning.myContacts();
        if (contacts.contactName() != null) {
            add(new Paragraph(getTranslation("rollout.contacts.contact", contacts.contactName())));
        }
    }

    @Override
    public String titleKey() {
        return "rollout.gate.heading";
    }
}
