package org.ketamineinfo.search;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PublishedSite;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one page rendered per request: results depend on what the reader typed. It is not stored by
 * browsers or caches (a search can be as private as a diagnosis) and asks search engines not to index it.
 */
@Controller
class SearchController {

    private final PublishedSite published;

    SearchController(PublishedSite published) {
        this.published = published;
    }

    @GetMapping({"/search", "/es/buscar"})
    String search(@RequestParam(name = "q", required = false) @Nullable String query,
            @ModelAttribute("content") SiteContent content, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("search", published.current().part(SearchIndexes.class).in(content.language())
                .search(query));
        model.addAttribute("noindex", true);
        return "search";
    }
}
