package org.ketamineinfo.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container or Spring reports ends here: a 404 gets the friendly "page not found"
 * page with the site's navigation; anything else a calm error page. Never a stack trace.
 */
@Controller
class SiteErrorController implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, org.springframework.ui.Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        if (status == HttpServletResponse.SC_NOT_FOUND) {
            return "not-found";
        }
        model.addAttribute("status", status);
        return "error";
    }
}
