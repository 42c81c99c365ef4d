package org.ketamineinfo.glossary;

import java.util.List;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PageRender;
import org.ketamineinfo.publish.PublishesPages;
import org.ketamineinfo.system.Redirects;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GlossaryController implements PublishesPages {

    @GetMapping("/glossary")
    String glossary() {
        return "glossary";
    }

    @GetMapping({"/glossary/", "/glossary.html"})
    ResponseEntity<Void> variant() {
        return Redirects.permanent("/glossary");
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        return List.of(PageRender.html("/glossary", model -> glossary()).madeOf(PageRender.OUTLINE));
    }
}
