package org.ketamineinfo.publish;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.SiteContent;

/**
 * A content snapshot together with every page rendered from it. Published with one atomic swap, so a
 * reader always gets pages and content of the same version.
 */
public record RenderedSite(SiteContent content, Map<String, PublishedPage> pages, PublishedPage notFound) {

    public RenderedSite {
        pages = Map.copyOf(pages);
    }

    public @Nullable PublishedPage page(String path) {
        return pages.get(path);
    }
}
