package org.ketamineinfo.glossary;

import java.util.List;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PageRender;
import org.ketamineinfo.publish.PublishesPages;
import org.ketamineinfo.system.Redirects;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

@Controller
class GlossaryController implements PublishesPages {

    @GetMapping({"/glossary", "/es/glosario"})
    String glossary() {
        return "glossary";
    }

    @GetMapping({"/glossary/", "/glossary.html", "/es/glosario/", "/es/glosario.html"})
    ResponseEntity<Void> variant(@ModelAttribute("content") SiteContent content) {
        return Redirects.permanent(content.language().glossary());
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        return content.editions().stream().map(edition -> PageRender.html(edition.language().glossary(),
                model -> glossary()).madeOf(PageRender.OUTLINE)).toList();
    }
}
