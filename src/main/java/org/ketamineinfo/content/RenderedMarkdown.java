package org.ketamineinfo.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Markdown body rendered once: safe HTML, the contents list, the prose as plain text blocks
 * (paragraphs and list items, not headings or tables) for readability checks, and the text cut into
 * passages at its headings for search.
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<String> textBlocks, List<Link> links,
        List<Passage> passages) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
        textBlocks = List.copyOf(textBlocks);
        links = List.copyOf(links);
        passages = List.copyOf(passages);
    }

    /**
     * The text under one heading (or before the first), down to the next {@code ##} or {@code ###}.
     *
     * @param headingId the heading's anchor, or null for the text before the first heading
     */
    public record Passage(@Nullable String headingId, @Nullable String heading, String text) {
    }

    /** A link target as written, with the body line it is on (1-based). */
    public record Link(String url, int line) {
    }
}
