package io.kadens.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The servlet container answers an error (404, 405, 500, a {@code sendError}) by dispatching to /error. That
 * dispatch must stay in the filter chain of the original request: in the pages' chain a caller without a
 * session would be redirected to the sign-in page. There it is answered in the API's own format.
 */
public final class ErrorDispatches {

    private ErrorDispatches() {
    }

    /** Writes the answer to an error of the given status; never a stack trace or an exception's message. */
    @FunctionalInterface
    public interface Answer {
        void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException;
    }

    /** The error dispatch of a request whose path began with this prefix (after the context path). */
    public static RequestMatcher of(String prefix) {
        return request -> request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(request.getContextPath() + prefix);
    }

    /** A filter for a chain: answers its error dispatches itself; other requests pass by. */
    public static OncePerRequestFilter answeredWith(Answer answer) {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws jakarta.servlet.ServletException, IOException {
                if (request.getDispatcherType() != DispatcherType.ERROR) {
                    chain.doFilter(request, response);
                    return;
                }
                int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                        ? code : response.getStatus();
                answer.write(request, response, status < 400 ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : status);
            }
        };
    }
}
