package org.ketamineinfo.content;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page from {@code content/pages/} (about, privacy, get help now...), served at {@code /slug}.
 *
 * @param aliases old addresses of this page, each answered with a permanent redirect to {@link #path()}
 * @param language the edition it belongs to
 * @param translation what it was translated from; null for an original
 */
public record Page(
        String slug,
        String title,
        String description,
        List<String> summary,
        @Nullable LocalDate lastReviewed,
        @Nullable LocalDate nextReview,
        List<Source> sources,
        RenderedMarkdown body,
        List<String> aliases,
        Language language,
        @Nullable Translation translation) {

    public Page {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
        aliases = List.copyOf(aliases);
    }

    /** An English page. */
    public Page(String slug, String title, String description, List<String> summary, @Nullable LocalDate lastReviewed,
            @Nullable LocalDate nextReview, List<Source> sources, RenderedMarkdown body, List<String> aliases) {
        this(slug, title, description, summary, lastReviewed, nextReview, sources, body, aliases, Language.EN, null);
    }

    public String path() {
        return language.page(slug);
    }

    /** The address of the English original this translates; null for an original. */
    public @Nullable String originalPath() {
        return translation == null ? null : Language.EN.page(translation.original());
    }
}
