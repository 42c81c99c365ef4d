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
import org.ketamineinfo.content.Page;
import org.ketamineinfo.content.SiteContent;

/**
 * A URL the browser checks visit, and what kind of page it is so results can be shown per kind.
 *
 * @param form for a page reached by posting a form: the answers (field, value) to choose before
 *     submitting it, in the browser as a reader would, and as the body of the POST that fetches it
 */
record SitePage(String path, Kind kind, List<Map.Entry<String, String>> form) {

    SitePage(String path, Kind kind) {
        this(path, kind, List.of());
    }

    boolean posted() {
        return !form.isEmpty();
    }

    /** The form's answers as an application/x-www-form-urlencoded body. */
    String formBody() {
        return form.stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** Not a published path, so the site must answer with its "page not found" page. */
    static final String UNKNOWN_PATH = "/no-such-page-checked-by-the-browser-tests";

    enum Kind {
        HOME, SECTION, ARTICLE, PAGE, GLOSSARY, A_TO_Z, PREPARE, PREPARE_LIST, SEARCH, NOT_FOUND;

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

    /** Every published path, as the site itself lists it, the search samples, and one unknown path for the 404 page. */
    static List<SitePage> allOf(SiteContent content) {
        Set<String> articles = content.articles().stream().map(Article::path).collect(Collectors.toSet());
        Set<String> pages = content.pages().stream().map(Page::path).collect(Collectors.toSet());
        List<SitePage> all = new ArrayList<>();
        for (String path : content.publishedPaths()) {
            all.add(new SitePage(path, kindOf(path, articles, pages)));
        }
        if (content.prepare().published()) {
            // Every question answered with its first answer: the crisis help, and points to tell and to ask.
            List<Map.Entry<String, String>> answers = content.prepare().questions().stream()
                    .map(q -> Map.entry(q.id(), q.answers().get(0).id())).toList();
            all.add(new SitePage("/prepare", Kind.PREPARE_LIST, answers));
        }
        for (SearchSample sample : SearchSample.values()) {
            all.add(new SitePage(sample.path, Kind.SEARCH));
        }
        all.add(new SitePage(UNKNOWN_PATH, Kind.NOT_FOUND));
        return List.copyOf(all);
    }

    private static Kind kindOf(String path, Set<String> articles, Set<String> pages) {
        if (path.equals("/")) {
            return Kind.HOME;
        }
        if (path.equals("/glossary")) {
            return Kind.GLOSSARY;
        }
        if (path.equals("/articles")) {
            return Kind.A_TO_Z;
        }
        if (path.equals("/prepare")) {
            return Kind.PREPARE;
        }
        if (path.startsWith("/sections/")) {
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
