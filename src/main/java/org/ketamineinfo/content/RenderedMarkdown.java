package org.ketamineinfo.content;

import java.util.List;

/**
 * A Markdown body rendered once: safe HTML, the contents list, and the prose as plain text blocks
 * (paragraphs and list items, not headings or tables) for readability checks and search.
 */
public record RenderedMarkdown(String html, List<Heading> headings, List<String> textBlocks, List<Link> links) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
        textBlocks = List.copyOf(textBlocks);
        links = List.copyOf(links);
    }

    /** A link target as written, with the body line it is on (1-based). */
    public record Link(String url, int line) {
    }
}
