package org.ketamineinfo.home;

import java.util.List;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PageRender;
import org.ketamineinfo.publish.PublishesPages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController implements PublishesPages {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        return List.of(PageRender.html("/", model -> home()).madeOf(PageRender.OUTLINE));
    }
}
