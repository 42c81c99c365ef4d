package org.ketamineinfo.content;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page from {@code content/pages/} (about, privacy, get help now...), served at {@code /slug}. */
public record Page(
        String slug,
        String title,
        String description,
        List<String> summary,
        @Nullable LocalDate lastReviewed,
        @Nullable LocalDate nextReview,
        List<Source> sources,
        RenderedMarkdown body) {

    public Page {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
    }

    public String path() {
        return "/" + slug;
    }
}
