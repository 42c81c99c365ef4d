package org.ketamineinfo.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses what a read-only site with plain addresses never serves, for every request the published
 * page filter did not answer (so the pages served from memory never pay for it):
 * <ul>
 * <li>any method but GET and HEAD, OPTIONS included, gets 405: there is nothing to post, put or delete,
 * and no cross-origin API whose preflight would need OPTIONS;</li>
 * <li>path parameters ({@code /about;jsessionid=x}, {@code /css/;../x}) get 400: Tomcat strips them
 * before routing, so they would otherwise reach a real page under an address the site never links.</li>
 * </ul>
 */
final class RequestGuardFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (request.getRequestURI().indexOf(';') >= 0) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
