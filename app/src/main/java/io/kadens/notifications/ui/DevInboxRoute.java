package io.kadens.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.kadens.notifications.DevInbox;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the development inbox route in demo mode only, inside the application's main layout
 * (the {@code @Layout} that covers its path), so elsewhere the page neither exists nor shows in the menu.
 */
@org.springframework.stereotype.Component
class DevInboxRoute implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(DevInboxRoute.class);
    private final transient DevInbox inbox;

    DevInboxRoute(DevInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!inbox.enabled()) {
            return;
        }
        try {
            ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
            List<Class<? extends RouterLayout>> layouts = new ArrayList<>();
            Class<? extends RouterLayout> layout = registry.getLayout(DevInboxView.ROUTE);
            if (layout != null) {
                layouts.add(layout);
            }
            Class<? extends Component> view = DevInboxView.class;
            RouteConfiguration.forRegistry(registry).setRoute(DevInboxView.ROUTE, view, layouts);
        } catch (RuntimeException e) {
            // The inbox is a demo convenience: Kadens starts without it rather than not at all.
            LOG.warn("could not register the development inbox page", e);
        }
    }
}
