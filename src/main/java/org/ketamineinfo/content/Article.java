package org.ketamineinfo.content;

import java.time.LocalDate;
import java.util.List;

/** A patient article from {@code content/articles/}, validated and rendered. */
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
        RenderedMarkdown body) {

    public Article {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }

    public String path() {
        return "/articles/" + slug;
    }
}
