package org.ketamineinfo.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.SiteContent;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Was this page helpful?" in two steps, as on GOV.UK: Yes or No, then an optional comment. Both are
 * plain form posts; the answer pages are {@code no-store} and set no cookie. Only the page, the answer,
 * the masked comment and the day are stored; the client's address is used in memory for the rate
 * limit and nowhere else.
 */
@Controller
class FeedbackController {

    static final String ANSWER_PATH = "/feedback";
    static final String COMMENT_PATH = "/feedback/comment";
    /** The Spanish edition's forms post here, so the answer pages come back in Spanish. */
    static final String SPANISH_ANSWER_PATH = "/es/opinion";
    static final String SPANISH_COMMENT_PATH = "/es/opinion/comentario";

    private final FeedbackStore store;
    private final FeedbackDatabase database;
    private final FeedbackRateLimit rateLimit;
    private final CrisisPhrases crisisPhrases;
    private final Clock clock;

    FeedbackController(FeedbackStore store, FeedbackDatabase database, FeedbackRateLimit rateLimit,
            CrisisPhrases crisisPhrases, Clock clock) {
        this.store = store;
        this.database = database;
        this.rateLimit = rateLimit;
        this.crisisPhrases = crisisPhrases;
        this.clock = clock;
    }

    /** Answer pages are for one reader at one moment: never indexed. */
    @ModelAttribute("noindex")
    boolean noindex() {
        return true;
    }

    @PostMapping({ANSWER_PATH, SPANISH_ANSWER_PATH})
    String answer(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String helpful,
            @RequestParam(required = false) @Nullable String website,
            @ModelAttribute("content") SiteContent content, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Boolean yes = yesOrNo(helpful);
        if (page == null || !content.isPublished(page) || yes == null) {
            return problem(response, model, HttpServletResponse.SC_BAD_REQUEST, null);
        }
        model.addAttribute("page", page);
        model.addAttribute("helpful", yes);
        if (!rateLimit.allow(request.getRemoteAddr())) {
            return problem(response, model, 429, page);
        }
        if (isBlank(website)) { // the hidden field is empty for people; a bot that fills it is thanked, not stored
            String refused = save(() -> store.recordAnswer(page, yes, LocalDate.now(clock)), response, model, page);
            if (refused != null) {
                return refused;
            }
        }
        return "feedback-thanks";
    }

    @PostMapping({COMMENT_PATH, SPANISH_COMMENT_PATH})
    String comment(@RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String helpful,
            @RequestParam(required = false) @Nullable String comment,
            @RequestParam(required = false) @Nullable String website,
            @ModelAttribute("content") SiteContent content, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Boolean yes = yesOrNo(helpful);
        if (page == null || !content.isPublished(page) || yes == null || comment == null
                || comment.length() > CommentText.MAX_LENGTH) {
            return problem(response, model, HttpServletResponse.SC_BAD_REQUEST, page != null && content.isPublished(page)
                    ? page : null);
        }
        model.addAttribute("page", page);
        model.addAttribute("crisis", crisisPhrases.foundIn(comment));
        if (!rateLimit.allow(request.getRemoteAddr())) {
            return problem(response, model, 429, page);
        }
        String masked = CommentText.masked(comment);
        if (!masked.isEmpty() && isBlank(website)) {
            String refused = save(() -> store.recordComment(page, yes, masked, LocalDate.now(clock)), response, model,
                    page);
            if (refused != null) {
                return refused;
            }
        }
        return "feedback-done";
    }

    /** Stores, or says why not: the view of a 503 when the database is not there. */
    private @Nullable String save(Runnable write, HttpServletResponse response, Model model, String page) {
        if (!database.ready()) {
            return problem(response, model, HttpServletResponse.SC_SERVICE_UNAVAILABLE, page);
        }
        try {
            write.run();
            return null;
        } catch (DataAccessException e) {
            return problem(response, model, HttpServletResponse.SC_SERVICE_UNAVAILABLE, page);
        }
    }

    private static String problem(HttpServletResponse response, Model model, int status, @Nullable String page) {
        response.setStatus(status);
        if (status == 429) {
            response.setHeader("Retry-After", "60");
        }
        model.addAttribute("status", status);
        model.addAttribute("page", page);
        return "feedback-problem";
    }

    private static @Nullable Boolean yesOrNo(@Nullable String helpful) {
        return "yes".equals(helpful) ? Boolean.TRUE : "no".equals(helpful) ? Boolean.FALSE : null;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
