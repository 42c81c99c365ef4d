package org.ketamineinfo.publish;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes a published page: gzip for clients that accept it, identity otherwise; 304 when the client's
 * copy is current (If-None-Match first, then If-Modified-Since); headers only for HEAD.
 */
public final class PageWriter {

    private PageWriter() {
    }

    public static void write(PublishedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // An HTML page has one representation; a client that cannot take it gets a clear 406 rather
        // than bytes it said it cannot use. (Not in Vary: Accept only gates, it never changes the bytes.)
        // Feeds, the sitemap and robots.txt are for machines whose Accept varies (a feed reader may list
        // only RSS), so they are sent whatever is asked.
        if (page.status() == HttpServletResponse.SC_OK && page.contentType().startsWith("text/html")
                && !acceptable(request.getHeader("Accept"), page.contentType())) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE);
            return;
        }
        boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setStatus(page.status());
        response.setHeader("ETag", gzip ? page.gzipEtag() : page.etag());
        response.setHeader("Last-Modified", page.lastModifiedHeader());
        response.setHeader("Cache-Control", page.cacheControl());
        response.setHeader("Vary", "Accept-Encoding");
        if (page.status() == HttpServletResponse.SC_OK && notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(gzip ? page.gzip().length : page.identityLength());
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(gzip ? page.gzip() : page.identity());
        }
    }

    static boolean notModified(PublishedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, page.etag()) || matches(ifNoneMatch, page.gzipEtag());
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && page.lastModified().toEpochMilli() <= since;
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    /** Weak comparison, as RFC 9110 asks for If-None-Match: W/"x" matches "x". */
    private static boolean matches(String header, String etag) {
        if (header.trim().equals("*")) {
            return true;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an Accept header admits the media type of a content type such as
     * {@code text/html;charset=UTF-8}: no header, {@code *}{@code /*}, the type's family ({@code text/*}) or
     * the type itself. Quality values are not weighed. Scans in place, allocating nothing.
     */
    static boolean acceptable(@Nullable String accept, String contentType) {
        if (accept == null || accept.isBlank() || accept.contains("*/*")) {
            return true;
        }
        int slash = contentType.indexOf('/');
        int end = contentType.indexOf(';');
        int length = end < 0 ? contentType.length() : end;
        for (int i = 0; i < accept.length(); i++) {
            if (accept.regionMatches(true, i, contentType, 0, length)
                    || accept.regionMatches(true, i, contentType, 0, slash + 1) && i + slash + 1 < accept.length()
                            && accept.charAt(i + slash + 1) == '*') {
                return true;
            }
        }
        return false;
    }

    /** True unless gzip is absent or explicitly refused with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || !acceptEncoding.contains("gzip")) {
            return false;
        }
        if (!acceptEncoding.contains("q=")) {
            return true;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces[0].trim().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < pieces.length; i++) {
                    String parameter = pieces[i].trim();
                    if (parameter.startsWith("q=")) {
                        try {
                            return Double.parseDouble(parameter.substring(2)) > 0;
                        } catch (NumberFormatException bad) {
                            return false;
                        }
                    }
                }
                return true;
            }
        }
        return false;
    }
}
