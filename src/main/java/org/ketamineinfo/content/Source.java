package org.ketamineinfo.content;

import org.jspecify.annotations.Nullable;

/**
 * A published source an article relies on; shown in its "Sources" list.
 *
 * @param url the link, checked as an absolute http(s) address when read and kept as text: a parsed
 *     {@link java.net.URI} keeps each of its parts as a string of its own, which over ten sources an
 *     article came to about 4 KB
 */
public record Source(String title, String publisher, int year, @Nullable String url) {
}
