package org.ketamineinfo.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ketamineinfo.content.Language;

/**
 * Refuses what a read-only site with plain addresses never serves, for every request the published
 * page filter did not answer (so the pages served from memory never pay for it):
 * <ul>
 * <li>any method but GET and HEAD, OPTIONS included, gets 405: there is no cross-origin API whose
 * preflight would need OPTIONS. The exceptions are POSTs of the site's forms ({@link #FORM_PATHS}), which
 * must say their length (411), stay small (413), be a plain HTML form (415) and decode (400);</li>
 * <li>path parameters ({@code /about;jsessionid=x}, {@code /css/;../x}) get 400: Tomcat strips them
 * before routing, so they would otherwise reach a real page under an address the site never links.</li>
 * </ul>
 */
final class RequestGuardFilter extends HttpFilter {

    /**
     * The addresses that take a POST of a plain HTML form, in every edition: "Prepare for your
     * appointment" (which answers 405 to other methods) and reader feedback.
     */
    static final Set<String> FORM_PATHS = Arrays.stream(Language.values())
            .flatMap(language -> Stream.of(language.prepare(), language.feedback(), language.feedbackComment()))
            .collect(Collectors.toUnmodifiableSet());
    /** Every answer of the form fits in well under 1 KB; 8 KB leaves room for longer content. */
    static final int MAX_FORM_BYTES = 8 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().indexOf(';') >= 0) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String method = request.getMethod();
        if ("POST".equals(method) && FORM_PATHS.contains(request.getRequestURI())) {
            int refusal = formRefusal(request);
            if (refusal != 0) {
                response.sendError(refusal);
                return;
            }
        } else if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, response);
    }

    private static int formRefusal(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length < 0) {
            return HttpServletResponse.SC_LENGTH_REQUIRED;
        }
        if (length > MAX_FORM_BYTES) {
            return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE;
        }
        try {
            // Parsed here, so a field that cannot be decoded is refused before anything can log it
            // (Tomcat's exception quotes the field and its value, and the answers are health information).
            request.getParameterMap();
        } catch (RuntimeException undecodable) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        return 0;
    }
}
