package cn.bangfu.web.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A Faces post that no page of Bangfu sent is the client's error, not the server's: a form posted by a
 * script without the page's CSP nonce (PrimeFaces refuses it before anything runs) answers 400 with
 * Bangfu's error page, not a 500 that reads as a failure of the server. A post to a page whose view
 * is gone (the session ended, or the browser kept the page open too long) shows the page afresh, as
 * a reload would: the login page for the signed out (a GET carrying a stale view state is refused like a
 * post without the nonce). Mapped in web.xml outside OmniFaces' exception
 * filter, which passes the failure on.
 */
public class ClientErrors extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ClientErrors.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (has(e, ViewExpiredException.class) && "POST".equals(request.getMethod())
                    && !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
                request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
                request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE);
                response.reset();
                response.sendRedirect(afresh(request));
                return;
            }
            if (!has(e, CspException.class) && !has(e, ViewExpiredException.class)) {
                throw e;
            }
            LOG.fine(() -> "Refused a request the pages did not send: " + request.getMethod() + " " + request.getRequestURI());
            // Faces marked the request as failed with an exception: the container would answer 500 for it.
            request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
            request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE);
            response.reset();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** The page as a GET without the expired view: this application's own path, its query without any view state. */
    static String afresh(HttpServletRequest request) {
        String path = request.getContextPath() + request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(p -> !p.startsWith("jakarta.faces.ViewState=") && !p.isEmpty()).collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause instanceof ServletException s && s.getRootCause() != null && s.getRootCause() != s.getCause() && has(s.getRootCause(), type)) {
                return true;
            }
        }
        return false;
    }
}
