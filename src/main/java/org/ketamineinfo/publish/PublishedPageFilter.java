package org.ketamineinfo.publish;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves pre-rendered pages straight from memory, first in the filter chain: a map lookup and a
 * write. Everything else (assets, variants, search, errors) goes on to Spring MVC.
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
            PublishedPage page = site.current().page(request.getRequestURI());
            if (page != null) {
                PageWriter.write(page, request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
