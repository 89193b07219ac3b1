package io.kadens.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.kadens.platform.RequestMemo;
import org.springframework.stereotype.Component;

/**
 * Opens {@link RequestMemo}'s scope around every request the UI handles (a page's first load, each round trip),
 * so that the parts of one page share the facts they all read; closed at the request's end, whatever happened.
 */
@Component
class RoundTripScope implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                RequestMemo.open();
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                        Exception exception) {
                RequestMemo.close();
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                RequestMemo.close();
            }
        });
    }
}
