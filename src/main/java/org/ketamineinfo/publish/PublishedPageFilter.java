package org.ketamineinfo.publish;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves pre-rendered pages straight from memory, first in the filter chain: a map lookup and a
 * write. An old address of a page (an alias) gets its permanent redirect, also from a map. Everything
 * else (assets, variants, search, errors) goes on to Spring MVC.
 */
public final class PublishedPageFilter extends HttpFilter {

    private final PublishedSite site;

    public PublishedPageFilter(PublishedSite site) {
        this.site = site;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            RenderedSite current = site.current();
            String path = request.getRequestURI();
            PublishedPage page = current.page(path);
            if (page != null) {
                PageWriter.write(page, request, response);
                return;
            }
            RenderedSite.Redirect redirect = current.redirect(path);
            if (redirect != null) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", redirect.location());
                response.setHeader("Cache-Control", redirect.cacheControl());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
