package org.ketamineinfo.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.system.EditorsProperties;
import org.ketamineinfo.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What readers said, for editors: per page, how many found it helpful over 30 days and all time,
 * least helpful first, the latest comments, and everything as CSV for a spreadsheet. The area exists
 * only when an editor password is set; its pages are never cached or indexed.
 */
@Controller
class EditorsController {

    static final int LATEST_COMMENTS = 50;

    private final FeedbackStore store;
    private final EditorsProperties editors;
    private final Clock clock;

    EditorsController(FeedbackStore store, EditorsProperties editors, Clock clock) {
        this.store = store;
        this.editors = editors;
        this.clock = clock;
    }

    /**
     * One page's line in the report. Percentages are whole numbers; -1 when nobody answered.
     *
     * @param language the code of the page's language (en, es): readers answer in the edition they read
     */
    record Line(String path, String title, String language, long helpful30, long total30, long helpfulAll,
            long totalAll) {
        public int percent30() {
            return total30 == 0 ? -1 : (int) Math.round(100.0 * helpful30 / total30);
        }

        public int percentAll() {
            return totalAll == 0 ? -1 : (int) Math.round(100.0 * helpfulAll / totalAll);
        }
    }

    @ModelAttribute("noindex")
    boolean noindex() {
        return true;
    }

    @GetMapping("/editors/feedback")
    String report(@ModelAttribute("root") SiteContent content, Model model, HttpServletResponse response) {
        open(response);
        Map<String, FeedbackStore.PageSummary> recent = new LinkedHashMap<>();
        store.summary(LocalDate.now(clock).minusDays(30)).forEach(s -> recent.put(s.path(), s));
        List<Line> lines = new ArrayList<>();
        for (FeedbackStore.PageSummary all : store.summary(LocalDate.of(1, 1, 1))) {
            FeedbackStore.PageSummary last30 = recent.getOrDefault(all.path(),
                    new FeedbackStore.PageSummary(all.path(), 0, 0));
            lines.add(new Line(all.path(), content.titleOf(all.path()), Language.of(all.path()).code(),
                    last30.helpful(), last30.total(), all.helpful(), all.total()));
        }
        // Least helpful first: by the last 30 days where there are answers, then all time.
        lines.sort(Comparator.comparingInt((Line l) -> l.total30() == 0 ? 101 : l.percent30())
                .thenComparingInt(Line::percentAll).thenComparing(Line::path));
        model.addAttribute("lines", lines);
        model.addAttribute("comments", store.latestComments(LATEST_COMMENTS));
        return "editors-feedback";
    }

    @GetMapping("/editors/feedback.csv")
    void csv(HttpServletResponse response) throws IOException {
        open(response);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"feedback.csv\"");
        Writer out = response.getWriter();
        out.write("page,answer,comment,date,language\r\n");
        store.eachRow(row -> {
            try {
                out.write(cell(row.path()) + "," + (row.helpful() ? "yes" : "no") + "," + cell(row.comment()) + ","
                        + row.day() + "," + Language.of(row.path()).code() + "\r\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void open(HttpServletResponse response) {
        if (!editors.enabled()) {
            throw new NotFoundException();
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }

    /**
     * A CSV cell: quoted when it must be, and a leading = + - @ made plain text, so a spreadsheet never
     * runs a reader's comment as a formula.
     */
    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
