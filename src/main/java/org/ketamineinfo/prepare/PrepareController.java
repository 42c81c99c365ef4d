package org.ketamineinfo.prepare;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ketamineinfo.content.PrepareTool;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PageRender;
import org.ketamineinfo.publish.PublishesPages;
import org.ketamineinfo.system.NotFoundException;
import org.ketamineinfo.system.Redirects;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The form is a published page like any other. The list is built per request from the posted answers
 * and sent with {@code no-store}: answers are health information, so they are never stored, logged,
 * put in an address, or kept in a cache.
 */
@Controller
class PrepareController implements PublishesPages {

    static final String PATH = "/prepare";
    static final String SPANISH_PATH = "/es/preparar";

    private final Clock clock;

    PrepareController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping({PATH, SPANISH_PATH})
    String form(@ModelAttribute("content") SiteContent content, Model model) {
        model.addAttribute("tool", published(content));
        model.addAttribute("nothingChosen", false);
        return "prepare";
    }

    @GetMapping({PATH + "/", PATH + ".html", SPANISH_PATH + "/", SPANISH_PATH + ".html"})
    ResponseEntity<Void> variant(@ModelAttribute("content") SiteContent content) {
        return Redirects.permanent(content.language().prepare());
    }

    @PostMapping({PATH, SPANISH_PATH})
    String checklist(@RequestParam MultiValueMap<String, String> form, @ModelAttribute("content") SiteContent content,
            Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        PrepareTool tool = published(content);
        Answers answers = Answers.read(tool, Map.copyOf(form));
        if (answers instanceof Answers.Given given) {
            model.addAttribute("list", Checklist.of(tool, given.chosen(), LocalDate.now(clock),
                    content::titleOf)); // links in prepare.yml are checked at load: each names a page
            return "prepare-list";
        }
        if (answers instanceof Answers.Refused refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reason", refused.reason());
            return "prepare-refused";
        }
        model.addAttribute("tool", tool);
        model.addAttribute("nothingChosen", true);
        return "prepare";
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        return content.editions().stream().filter(edition -> edition.prepare().published())
                .map(edition -> PageRender.html(edition.language().prepare(), model -> form(edition, model))
                        .madeOf(PageRender.OUTLINE)).toList();
    }

    private static PrepareTool published(SiteContent content) {
        if (!content.prepare().published()) {
            throw new NotFoundException();
        }
        return content.prepare();
    }
}
