package org.ketamineinfo.system;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Puts the security headers on every response, first thing in Tomcat's engine: before the published
 * page filter, Spring MVC and the error page, and also before the requests Tomcat refuses on its own
 * (a malformed address, a header too large), which never reach a servlet filter.
 */
final class SecurityHeadersValve extends ValveBase {

    private final SecurityHeaders headers;

    SecurityHeadersValve(SecurityHeaders headers) {
        super(true);
        this.headers = headers;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        headers.applyTo(request, response);
        getNext().invoke(request, response);
    }
}
