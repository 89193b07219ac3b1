package io.kadens.notifications.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.kadens.notifications.DevInbox;
import org.springframework.stereotype.Component;

/** Registers the development inbox route in demo mode only. */
@Component
class DevInboxRoute implements VaadinServiceInitListener {

    private final DevInbox inbox;

    DevInboxRoute(DevInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (inbox.enabled()) {
            RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                    .setRoute(DevInboxView.ROUTE, DevInboxView.class);
        }
    }
}
