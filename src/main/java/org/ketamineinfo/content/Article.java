package org.ketamineinfo.content;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient article from {@code content/articles/}, validated and rendered.
 *
 * @param aliases old addresses of this article (from front matter {@code aliases}), each answered with a
 *     permanent redirect to {@link #path()}
 */
public record Article(
        String slug,
        String title,
        String description,
        List<String> summary,
        String section,
        int order,
        LocalDate lastReviewed,
        LocalDate nextReview,
        List<Source> sources,
        List<String> related,
        RenderedMarkdown body,
        List<String> aliases) {

    public Article {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        aliases = List.copyOf(aliases);
    }

    public String path() {
        return "/articles/" + slug;
    }
}
