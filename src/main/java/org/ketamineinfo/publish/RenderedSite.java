package org.ketamineinfo.publish;

import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.content.SiteOutline;

/**
 * A content snapshot together with every page rendered from it. Published with one atomic swap, so a
 * reader always gets pages and content of the same version.
 *
 * @param notFound the "page not found" page; null until the pages have been rendered
 * @param translatedNotFound the same page for each translated edition (for addresses under /es)
 * @param redirects old addresses (front matter {@code aliases}) and where each now leads
 * @param outline the snapshot's outline, and {@code madeOf} what each page was made of
 *     ({@link PageRender#madeOf}): the next render compares both to skip pages that cannot change
 */
public record RenderedSite(SiteContent content, Map<String, PublishedPage> pages, @Nullable PublishedPage notFound,
        Map<Class<?>, Supplier<?>> parts, Map<String, Redirect> redirects, SiteOutline outline,
        Map<String, Object> madeOf, Map<Language, PublishedPage> translatedNotFound) {

    public RenderedSite {
        translatedNotFound = Map.copyOf(translatedNotFound);
        pages = Map.copyOf(pages);
        parts = Map.copyOf(parts);
        redirects = Map.copyOf(redirects);
        madeOf = Map.copyOf(madeOf);
    }

    /** False in the moment after start-up while pages are still rendering in the background. */
    public boolean rendered() {
        return notFound != null;
    }

    /** The "page not found" page in a language: a reader lost under /es is told so in Spanish. */
    public @Nullable PublishedPage notFound(Language language) {
        return translatedNotFound.getOrDefault(language, notFound);
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

    /**
     * A part built from this snapshot by a {@link SnapshotPart}, such as the search index. Parts are
     * built once, on first use or in the background after the pages, whichever comes first; a caller
     * that comes earlier waits for the part of its own snapshot, never an older one.
     */
    public <T> T part(Class<T> type) {
        Supplier<?> part = parts.get(type);
        if (part == null) {
            throw new IllegalStateException("No SnapshotPart builds " + type.getName());
        }
        return type.cast(part.get());
    }

    /** Builds every part now (in the background after start-up or a reload). */
    public void buildParts() {
        parts.values().forEach(Supplier::get);
    }
}
