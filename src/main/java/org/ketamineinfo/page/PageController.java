package org.ketamineinfo.page;

import java.util.List;
import org.ketamineinfo.content.Page;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PageRender;
import org.ketamineinfo.publish.PublishesPages;
import org.ketamineinfo.system.NotFoundException;
import org.ketamineinfo.system.Redirects;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** Pages from content/pages/ at /{slug}: about, privacy, accessibility, get help now... */
@Controller
class PageController implements PublishesPages {

    @GetMapping({"/{slug:[a-z0-9-]+}", "/es/{slug:[a-z0-9-]+}"})
    String page(@PathVariable String slug, @ModelAttribute("content") SiteContent content, Model model) {
        model.addAttribute("page", content.page(slug).orElseThrow(NotFoundException::new));
        return "page";
    }

    @GetMapping({"/{slug:[a-z0-9-]+}/", "/{slug:[a-z0-9-]+}.html", "/es/{slug:[a-z0-9-]+}/",
            "/es/{slug:[a-z0-9-]+}.html"})
    ResponseEntity<Void> variant(@PathVariable String slug, @ModelAttribute("content") SiteContent content) {
        Page page = content.page(slug).orElseThrow(NotFoundException::new);
        return Redirects.permanent(page.path());
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        return content.editions().stream().flatMap(edition -> edition.pages().stream()
                .map(p -> PageRender.html(p.path(), model -> page(p.slug(), edition, model)).madeOf(p))).toList();
    }
}
