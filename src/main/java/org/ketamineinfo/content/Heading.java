package org.ketamineinfo.content;

/** A {@code ##} or {@code ###} heading of a body, for the page's contents list. */
public record Heading(int level, String id, String text) {
}
