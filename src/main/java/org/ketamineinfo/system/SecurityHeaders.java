package org.ketamineinfo.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * The security headers every response carries, computed once from the settings so that applying them
 * is a handful of {@code setHeader} calls with constant strings.
 *
 * <p>The policy fits the site as built: every script, style, image and form is served from the site
 * itself and the templates carry no inline script or style, so nothing needs {@code unsafe-inline}.
 * No referrer is sent: even the origin would tell another site that its visitor was reading about
 * ketamine therapy.
 *
 * <p>Strict-Transport-Security goes only on answers to requests that came over https: directly, or as
 * a trusted proxy says with {@code X-Forwarded-Proto} (see README, "Behind a reverse proxy"). A browser
 * ignores it over plain http anyway (RFC 6797 §8.1), and a client cannot claim https for itself, as
 * Tomcat reads that header only from the proxies it trusts.
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

    /** The headers every answer carries, whatever the connection. */
    public static SecurityHeaders standard() {
        return new SecurityHeaders(List.of(
                new Header("Content-Security-Policy", CONTENT_SECURITY_POLICY),
                new Header("X-Content-Type-Options", "nosniff"),
                new Header("Referrer-Policy", "no-referrer"),
                new Header("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
                new Header("Cross-Origin-Opener-Policy", "same-origin")));
    }

    /** Runs on every request: an indexed loop, so nothing is allocated. */
    public void applyTo(HttpServletRequest request, HttpServletResponse response) {
        for (int i = 0; i < headers.size(); i++) {
            Header header = headers.get(i);
            response.setHeader(header.name(), header.value());
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
