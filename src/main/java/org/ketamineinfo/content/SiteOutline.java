package org.ketamineinfo.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a snapshot that a page may show about other pages: sections, each article's and
 * page's fields but not its body, the glossary, the prepare tool, old addresses, and what a preview
 * shows. Bodies appear only on their own page, so when two snapshots have equal outlines, a page
 * whose own article is unchanged renders to the same bytes and need not be rendered again.
 */
public record SiteOutline(List<Section> sections, List<ArticleFields> articles, List<PageFields> pages,
        List<GlossaryEntry> glossary, PrepareTool prepare, Map<String, String> redirects,
        List<ContentProblem> problems, boolean preview) {

    /** An article without its body. */
    public record ArticleFields(String slug, String title, String description, List<String> summary, String section,
            int order, LocalDate lastReviewed, LocalDate nextReview, List<Source> sources, List<String> related,
            List<String> aliases, boolean draft) {
    }

    /** A page without its body. */
    public record PageFields(String slug, String title, String description, List<String> summary,
            @Nullable LocalDate lastReviewed, @Nullable LocalDate nextReview, List<Source> sources, List<String> aliases,
            boolean draft) {
    }

    public static SiteOutline of(SiteContent content) {
        // Outside preview nothing is a draft: no need to spell out 10,000 addresses to be told so.
        boolean preview = content.preview();
        List<ArticleFields> articles = content.articles().stream().map(a -> new ArticleFields(a.slug(), a.title(),
                a.description(), a.summary(), a.section(), a.order(), a.lastReviewed(), a.nextReview(), a.sources(),
                a.related(), a.aliases(), preview && content.isDraft(a.path()))).toList();
        List<PageFields> pages = content.pages().stream().map(p -> new PageFields(p.slug(), p.title(),
                p.description(), p.summary(), p.lastReviewed(), p.nextReview(), p.sources(), p.aliases(),
                preview && content.isDraft(p.path()))).toList();
        return new SiteOutline(content.sections(), articles, pages, content.glossary(), content.prepare(),
                content.redirects(), content.problems(), content.preview());
    }
}
