package io.kadens.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The servlet container answers an error (404, 405, 500, a {@code sendError}) by dispatching to /error. That
 * dispatch must stay in the filter chain of the original request: in the pages' chain a caller without a
 * session would be redirected to the sign-in page.
 */
public final class ErrorDispatches {

    private ErrorDispatches() {
    }

    /** The error dispatch of a request whose path began with this prefix (after the context path). */
    public static RequestMatcher of(String prefix) {
        return request -> request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + prefix);
    }
}
