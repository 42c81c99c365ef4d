package org.ketamineinfo.article;

import java.util.List;
import org.ketamineinfo.content.Article;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PageRender;
import org.ketamineinfo.publish.PublishesPages;
import org.ketamineinfo.system.NotFoundException;
import org.ketamineinfo.system.Redirects;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

@Controller
class ArticleController implements PublishesPages {

    private final MedicalWebPage structuredData;

    ArticleController(JsonMapper json, SiteProperties site) {
        this.structuredData = new MedicalWebPage(json, site);
    }

    @GetMapping({"/articles/{slug:[a-z0-9-]+}", "/es/articulos/{slug:[a-z0-9-]+}"})
    String article(@PathVariable String slug, @ModelAttribute("content") SiteContent content, Model model) {
        Article article = content.article(slug).orElseThrow(NotFoundException::new);
        model.addAttribute("article", article);
        model.addAttribute("section", content.section(article.section()).orElseThrow());
        model.addAttribute("related", content.related(article));
        model.addAttribute("previous", content.previous(article).orElse(null));
        model.addAttribute("next", content.next(article).orElse(null));
        model.addAttribute("jsonLd", structuredData.of(article));
        return "article";
    }

    @GetMapping({"/articles/{slug:[a-z0-9-]+}/", "/articles/{slug:[a-z0-9-]+}.html", "/es/articulos/{slug:[a-z0-9-]+}/",
            "/es/articulos/{slug:[a-z0-9-]+}.html"})
    ResponseEntity<Void> variant(@PathVariable String slug, @ModelAttribute("content") SiteContent content) {
        Article article = content.article(slug).orElseThrow(NotFoundException::new);
        return Redirects.permanent(article.path());
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        return content.editions().stream().flatMap(edition -> edition.articles().stream()
                .map(a -> PageRender.html(a.path(), model -> article(a.slug(), edition, model)).madeOf(a))).toList();
    }
}
