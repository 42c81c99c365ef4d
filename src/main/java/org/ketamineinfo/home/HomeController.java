package org.ketamineinfo.home;

import java.util.List;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PageRender;
import org.ketamineinfo.publish.PublishesPages;
import org.ketamineinfo.system.Redirects;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController implements PublishesPages {

    @GetMapping({"/", "/es"})
    String home() {
        return "home";
    }

    @GetMapping({"/es/", "/es.html", "/es/index.html"})
    ResponseEntity<Void> spanishVariant() {
        return Redirects.permanent(Language.ES.home());
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        return content.editions().stream()
                .map(edition -> PageRender.html(edition.language().home(), model -> home()).madeOf(PageRender.OUTLINE))
                .toList();
    }
}
