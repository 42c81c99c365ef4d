package org.ketamineinfo.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ketamineinfo.content.Article;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.Page;
import org.ketamineinfo.content.SiteContent;

/**
 * A URL the browser checks visit, and what kind of page it is so results can be shown per kind.
 *
 * @param journey for a page reached by using the site (a form, a login): what a reader does to get
 *     there, in the browser; empty for a page reached by its address
 * @param fetch how the served page is fetched over plain HTTP for the status, HTML and weight checks
 */
record SitePage(String path, Kind kind, List<Step> journey, Fetch fetch) {

    SitePage(String path, Kind kind) {
        this(path, kind, List.of(), Fetch.get(path));
    }

    /** One thing a reader does in the browser. */
    sealed interface Step {
        /** Goes to an address, sending these extra request headers (such as a login) with every request. */
        record Open(String path, Map<String, String> headers) implements Step {
        }

        /** Clicks an element; {@code leaves} when the click submits a form and loads the next page. */
        record Click(String selector, boolean leaves) implements Step {
        }

        record Type(String selector, String text) implements Step {
        }
    }

    /** An HTTP request that fetches the same page as the journey ends on. */
    record Fetch(String method, String path, String body, Map<String, String> headers) {
        static Fetch get(String path) {
            return new Fetch("GET", path, "", Map.of());
        }

        static Fetch post(String path, List<Map.Entry<String, String>> form) {
            return new Fetch("POST", path, form.stream().map(field -> URLEncoder.encode(field.getKey(),
                    StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")), Map.of("Content-Type", "application/x-www-form-urlencoded"));
        }
    }

    /** Extra headers the journey's pages are requested with. */
    Map<String, String> headers() {
        return journey.stream().filter(Step.Open.class::isInstance).map(step -> ((Step.Open) step).headers())
                .findFirst().orElse(Map.of());
    }

    /** Not a published path, so the site must answer with its "page not found" page. */
    static final String UNKNOWN_PATH = "/no-such-page-checked-by-the-browser-tests";

    enum Kind {
        HOME, SECTION, ARTICLE, PAGE, GLOSSARY, A_TO_Z, PREPARE, PREPARE_LIST, FEEDBACK_THANKS, FEEDBACK_DONE,
        EDITORS, SEARCH, NOT_FOUND;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The search page is rendered per request, so no catalog lists it: one query for each state it can
     * show, with what on the page proves that state. The first, a page of results, is the one photographed.
     */
    enum SearchSample {
        RESULTS_WITH_MARKED_WORDS("side+effects", "ol.results .snippet mark"),
        SPELLING_CORRECTED("ketmaine", "main p:contains(so we searched for)"),
        GLOSSARY_DEFINITION("dissociation", "main section.definition"),
        NO_RESULTS("zzzzqqq", "main p:contains(No pages match)"),
        NOTHING_TYPED("", "main p:contains(Type a word or two)");

        final String path;
        /** A jsoup selector that matches only when the page shows this state. */
        final String shows;

        SearchSample(String query, String shows) {
            this.path = "/search?q=" + query;
            this.shows = shows;
        }
    }

    int expectedStatus() {
        return kind == Kind.NOT_FOUND ? 404 : 200;
    }

    /**
     * Every published path, as the site itself lists it, the pages reached through its forms, the
     * editors' report, the search samples, and one unknown path for the 404 page.
     *
     * @param editorLogin the Authorization header value for the editors' area
     */
    static List<SitePage> allOf(SiteContent content, String editorLogin) {
        Set<String> articles = content.editions().stream().flatMap(edition -> edition.articles().stream())
                .map(Article::path).collect(Collectors.toSet());
        Set<String> pages = content.editions().stream().flatMap(edition -> edition.pages().stream())
                .map(Page::path).collect(Collectors.toSet());
        List<SitePage> all = new ArrayList<>();
        for (String path : content.publishedPaths()) {
            all.add(new SitePage(path, kindOf(path, articles, pages)));
        }
        // The pages reached through forms, in every edition: each answers in its own language.
        for (SiteContent edition : content.editions()) {
            Language language = edition.language();
            if (edition.prepare().published()) {
                // Every question answered with its first answer: the crisis help, and points to tell and to ask.
                List<Map.Entry<String, String>> answers = edition.prepare().questions().stream()
                        .map(q -> Map.entry(q.id(), q.answers().get(0).id())).toList();
                List<Step> journey = new ArrayList<>(List.of(new Step.Open(language.prepare(), Map.of())));
                answers.forEach(a -> journey.add(new Step.Click("#" + a.getKey() + "-" + a.getValue(), false)));
                journey.add(new Step.Click("main form[method=post] button[type=submit]", true));
                all.add(new SitePage(language.prepare(), Kind.PREPARE_LIST, List.copyOf(journey),
                        Fetch.post(language.prepare(), answers)));
            }
            // "Was this page helpful?" on an article: No, then a comment that mentions suicide (crisis lines first).
            String article = edition.articles().get(0).path();
            String answerPath = edition.link("/feedback");
            String commentPath = edition.link("/feedback/comment");
            List<Step> answer = List.of(new Step.Open(article, Map.of()),
                    new Step.Click("form.feedback button[value=no]", true));
            all.add(new SitePage(answerPath, Kind.FEEDBACK_THANKS, answer,
                    Fetch.post(answerPath, List.of(Map.entry("page", article), Map.entry("helpful", "no")))));
            String comment = language == Language.EN ? "The dosing table needs units. Some days I think about suicide."
                    : "A la tabla de dosis le faltan unidades. Algunos días pienso en el suicidio.";
            List<Step> commented = new ArrayList<>(answer);
            commented.add(new Step.Type("#comment", comment));
            commented.add(new Step.Click("form.feedback-comment button[type=submit]", true));
            all.add(new SitePage(commentPath, Kind.FEEDBACK_DONE, List.copyOf(commented),
                    Fetch.post(commentPath, List.of(Map.entry("page", article), Map.entry("helpful", "no"),
                            Map.entry("comment", comment)))));
            if (language != Language.EN) {
                all.add(new SitePage(language.search() + "?q=efectos+secundarios", Kind.SEARCH));
                all.add(new SitePage(language.home() + UNKNOWN_PATH, Kind.NOT_FOUND));
            }
        }
        Map<String, String> login = Map.of("Authorization", editorLogin);
        all.add(new SitePage("/editors/feedback", Kind.EDITORS, List.of(new Step.Open("/editors/feedback", login)),
                new Fetch("GET", "/editors/feedback", "", login)));
        for (SearchSample sample : SearchSample.values()) {
            all.add(new SitePage(sample.path, Kind.SEARCH));
        }
        all.add(new SitePage(UNKNOWN_PATH, Kind.NOT_FOUND));
        return List.copyOf(all);
    }

    private static Kind kindOf(String path, Set<String> articles, Set<String> pages) {
        Language language = Language.of(path);
        if (path.equals(language.home())) {
            return Kind.HOME;
        }
        if (path.equals(language.glossary())) {
            return Kind.GLOSSARY;
        }
        if (path.equals(language.articles())) {
            return Kind.A_TO_Z;
        }
        if (path.equals(language.prepare())) {
            return Kind.PREPARE;
        }
        if (path.startsWith(language.section(""))) {
            return Kind.SECTION;
        }
        if (articles.contains(path)) {
            return Kind.ARTICLE;
        }
        if (pages.contains(path)) {
            return Kind.PAGE;
        }
        throw new IllegalStateException("A published path of no known kind: " + path);
    }
}
