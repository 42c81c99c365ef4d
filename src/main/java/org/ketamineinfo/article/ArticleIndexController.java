package org.ketamineinfo.article;

import java.util.List;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PageRender;
import org.ketamineinfo.publish.PublishesPages;
import org.ketamineinfo.system.Redirects;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The A to Z of every published article, each with its description. */
@Controller
class ArticleIndexController implements PublishesPages {

    static final String PATH = "/articles";

    @GetMapping({PATH, "/es/articulos"})
    String index(@ModelAttribute("content") SiteContent content, Model model) {
        model.addAttribute("index", ArticleIndex.of(content.articles(), content.language().locale()));
        return "articles";
    }

    @GetMapping({PATH + "/", PATH + ".html", "/es/articulos/", "/es/articulos.html"})
    ResponseEntity<Void> variant(@ModelAttribute("content") SiteContent content) {
        return Redirects.permanent(content.language().articles());
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        return content.editions().stream().map(edition -> PageRender.html(edition.language().articles(),
                model -> index(edition, model)).madeOf(PageRender.OUTLINE)).toList();
    }
}
