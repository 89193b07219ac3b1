package io.kadens.rollout.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.kadens.rollout.Feature;
import io.kadens.rollout.FeatureAccess;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import java.util.Optional;

/**
 * Applies {@link FeatureAccess} to the pages of the piloted features: while a pilot runs, a person outside
 * the groups that pilot a feature who opens one of its pages (by a link or a bookmark) is shown why it is
 * not open to them, with the rollout's contacts. The navigation hides such pages in the first place.
 */
@org.springframework.stereotype.Component
class FeaturePageGate implements VaadinServiceInitListener {

    private final transient FeatureAccess access;
    private final transient CurrentUser currentUser;

    FeaturePageGate(FeatureAccess access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Optional<Feature> feature = Feature.ofRoute(event.getLocation().getPath());
        if (feature.isEmpty()) {
            return;
        }
        Optional<KadensUser> user = currentUser.get();
        if (user.isEmpty() || user.get().isOperator() || user.get().personId() == null
                || access.enabledFor(user.get().personId(), feature.get())) {
            return;
        }
        event.forwardTo(FeatureUnavailableView.class, feature.get().name());
    }
}
