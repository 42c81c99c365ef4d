package org.ketamineinfo.system;

import java.io.IOException;
import java.io.PrintWriter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.ketamineinfo.content.Language;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request Tomcat refuses before it reaches the site (a malformed or overlong address,
 * headers too large, CONNECT): a short page in the site's words, with the security headers, instead of
 * Tomcat's own report with its inline style. Errors the site answers itself never get here.
 */
final class PlainErrorReportValve extends ErrorReportValve {

    private final SecurityHeaders headers;
    private final String siteName;

    PlainErrorReportValve(SecurityHeaders headers, String siteName) {
        this.headers = headers;
        this.siteName = HtmlUtils.htmlEscape(siteName);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        // Tomcat answers CONNECT and unknown transfer codings with 501 and unknown HTTP versions with 505,
        // though the fault is the client's: the site serves only GET and HEAD, so these are a 405 or a 400.
        if ("CONNECT".equals(request.getMethod())) {
            response.setStatus(405);
        } else if (response.getStatus() == 501 || response.getStatus() == 505) {
            response.setStatus(400);
        }
        if (response.getStatus() == 405) {
            response.setHeader("Allow", "GET, HEAD");
        }
        // A Throwable makes Tomcat reset the response before reporting, which drops the headers.
        headers.applyTo(request, response);
        response.setHeader("Cache-Control", "no-store");
        try {
            response.setContentType("text/html;charset=UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(page(response.getStatus(), languageOf(request)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGone) {
            // Nothing more can be said to this client.
        }
    }

    /** The language of the address that was refused, when it can be read at all. */
    private static Language languageOf(Request request) {
        String uri = request.getRequestURI();
        return uri == null ? Language.EN : Language.of(uri);
    }

    private String page(int status, Language language) {
        String title = language.text(status >= 500 ? "valve.server.title"
                : status == 405 ? "valve.method.title" : "valve.request.title");
        String advice = language.text(status >= 500 ? "valve.server.advice" : "valve.request.advice");
        return "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\"><head><meta charset=\"utf-8\"><title>" + title
                + " | " + siteName + "</title></head><body><main><h1>" + title + "</h1><p>" + advice + "</p><p><a href=\""
                + language.home() + "\">" + language.text("valve.home") + "</a></p><p>" + language.text("valve.help.before")
                + "<a href=\"" + language.text("valve.help.path") + "\">" + language.text("valve.help.link") + "</a>.</p>"
                + "</main></body></html>\n";
    }
}
