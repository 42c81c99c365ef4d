package org.ketamineinfo.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.publish.PageWriter;
import org.ketamineinfo.publish.PublishedPage;
import org.ketamineinfo.publish.PublishedSite;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container or Spring reports ends here: a 404 gets the friendly "page not found"
 * page (pre-rendered with the site's navigation); anything else a calm error page. Never a trace.
 */
@Controller
class SiteErrorController implements org.springframework.boot.webmvc.error.ErrorController {

    private final PublishedSite published;

    SiteErrorController(PublishedSite published) {
        this.published = published;
    }

    @RequestMapping("/error")
    @Nullable String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            PublishedPage notFound = published.current().notFound(PathLocaleResolver.languageOf(request));
            if (notFound == null) { // pages still rendering just after start-up: render this one live
                response.setStatus(status);
                return "not-found";
            }
            PageWriter.write(notFound, request, response);
            return null;
        }
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (status == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            // The one answer for every refused method, including Tomcat's for TRACE, which lists them all.
            boolean form = RequestGuardFilter.FORM_PATHS.contains(
                    String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)));
            response.setHeader("Allow", form ? "GET, HEAD, POST" : "GET, HEAD");
        }
        model.addAttribute("status", status);
        return "error";
    }
}
