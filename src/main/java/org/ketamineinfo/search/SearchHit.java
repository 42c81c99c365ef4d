package org.ketamineinfo.search;

import org.jspecify.annotations.Nullable;

/**
 * One page found, with the part of it that matched best.
 *
 * @param topic the site section an article belongs to, or "Glossary"; null for other pages
 * @param section the heading of the part that matched, and its address on the page; null for the
 *     text before the first heading
 * @param snippet HTML: the matching sentences, escaped, with the matched words in {@code <mark>}
 */
public record SearchHit(String title, String path, @Nullable String topic, @Nullable String section,
        @Nullable String sectionPath, String snippet) {
}
