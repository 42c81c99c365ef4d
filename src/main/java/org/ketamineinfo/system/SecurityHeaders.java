package org.ketamineinfo.system;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The security headers every response carries, computed once from the settings so that applying them
 * is a handful of {@code setHeader} calls with constant strings.
 *
 * <p>The policy fits the site as built: every script, style, image and form is served from the site
 * itself and the templates carry no inline script or style, so nothing needs {@code unsafe-inline}.
 * No referrer is sent: even the origin would tell another site that its visitor was reading about
 * ketamine therapy.
 */
public record SecurityHeaders(List<Header> headers) {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self'; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** One year; no includeSubDomains or preload, which would bind other hosts of the same domain. */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    public record Header(String name, String value) {
    }

    public SecurityHeaders {
        headers = List.copyOf(headers);
    }

    /** The headers for a site published at {@code baseUrl} ({@code site.base-url}). */
    public static SecurityHeaders forSite(URI baseUrl) {
        List<Header> headers = new ArrayList<>(List.of(
                new Header("Content-Security-Policy", CONTENT_SECURITY_POLICY),
                new Header("X-Content-Type-Options", "nosniff"),
                new Header("Referrer-Policy", "no-referrer"),
                new Header("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
                new Header("Cross-Origin-Opener-Policy", "same-origin")));
        // Only for a site published over https: a browser that has seen HSTS refuses plain http to that host.
        if ("https".equals(baseUrl.getScheme())) {
            headers.add(new Header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY));
        }
        return new SecurityHeaders(headers);
    }

    /** Runs on every request: an indexed loop, so nothing is allocated. */
    public void applyTo(HttpServletResponse response) {
        for (int i = 0; i < headers.size(); i++) {
            Header header = headers.get(i);
            response.setHeader(header.name(), header.value());
        }
    }
}
