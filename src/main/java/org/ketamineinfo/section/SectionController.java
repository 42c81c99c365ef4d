package org.ketamineinfo.section;

import java.util.List;
import org.ketamineinfo.content.Section;
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

@Controller
class SectionController implements PublishesPages {

    @GetMapping({"/sections/{slug:[a-z0-9-]+}", "/es/secciones/{slug:[a-z0-9-]+}"})
    String section(@PathVariable String slug, @ModelAttribute("content") SiteContent content, Model model) {
        Section section = published(slug, content);
        model.addAttribute("section", section);
        model.addAttribute("articles", content.articlesIn(section));
        return "section";
    }

    @GetMapping({"/sections/{slug:[a-z0-9-]+}/", "/sections/{slug:[a-z0-9-]+}.html", "/es/secciones/{slug:[a-z0-9-]+}/",
            "/es/secciones/{slug:[a-z0-9-]+}.html"})
    ResponseEntity<Void> variant(@PathVariable String slug, @ModelAttribute("content") SiteContent content) {
        return Redirects.permanent(published(slug, content).path());
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        return content.editions().stream().flatMap(edition -> edition.sectionsWithArticles().stream()
                .map(s -> PageRender.html(s.path(), model -> section(s.slug(), edition, model))
                        .madeOf(PageRender.OUTLINE))).toList();
    }

    /** A section with no published article has no page. */
    private static Section published(String slug, SiteContent content) {
        return content.section(slug).filter(s -> !content.articlesIn(s).isEmpty())
                .orElseThrow(NotFoundException::new);
    }
}
