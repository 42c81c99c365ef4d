package org.ketamineinfo.content;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A patient article from {@code content/articles/}, validated and rendered.
 *
 * @param aliases old addresses of this article (from front matter {@code aliases}), each answered with a
 *     permanent redirect to {@link #path()}
 * @param language the edition it belongs to
 * @param translation what it was translated from; null for an original
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
        List<String> aliases,
        Language language,
        @Nullable Translation translation) {

    public Article {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        aliases = List.copyOf(aliases);
    }

    /** An English article. */
    public Article(String slug, String title, String description, List<String> summary, String section, int order,
            LocalDate lastReviewed, LocalDate nextReview, List<Source> sources, List<String> related,
            RenderedMarkdown body, List<String> aliases) {
        this(slug, title, description, summary, section, order, lastReviewed, nextReview, sources, related, body,
                aliases, Language.EN, null);
    }

    public String path() {
        return language.article(slug);
    }

    /** The address of the English original this translates; null for an original. */
    public @Nullable String originalPath() {
        return translation == null ? null : Language.EN.article(translation.original());
    }
}
