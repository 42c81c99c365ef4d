package org.ketamineinfo.publish;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.SiteContent;

/**
 * A content snapshot together with every page rendered from it. Published with one atomic swap, so a
 * reader always gets pages and content of the same version.
 *
 * @param notFound the "page not found" page; null until the pages have been rendered
 * @param redirects old addresses (front matter {@code aliases}) and where each now leads
 */
public record RenderedSite(SiteContent content, Map<String, PublishedPage> pages, @Nullable PublishedPage notFound,
        Map<Class<?>, Object> parts, Map<String, Redirect> redirects) {

    public RenderedSite {
        pages = Map.copyOf(pages);
        parts = Map.copyOf(parts);
        redirects = Map.copyOf(redirects);
    }

    /** False in the moment after start-up while pages are still rendering in the background. */
    public boolean rendered() {
        return notFound != null;
    }

    public @Nullable PublishedPage page(String path) {
        return pages.get(path);
    }

    public @Nullable Redirect redirect(String path) {
        return redirects.get(path);
    }

    /** A permanent redirect from an old address, with the Cache-Control it is sent with. */
    public record Redirect(String location, String cacheControl) {
    }

    /** A part built from this snapshot by a {@link SnapshotPart}, such as the search index. */
    public <T> T part(Class<T> type) {
        Object part = parts.get(type);
        if (part == null) {
            throw new IllegalStateException("No SnapshotPart builds " + type.getName());
        }
        return type.cast(part);
    }
}
