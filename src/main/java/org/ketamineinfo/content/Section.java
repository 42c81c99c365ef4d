package org.ketamineinfo.content;

/** A topic group from {@code sections.yml}. */
public record Section(String slug, String title, String description, int order) {

    public String path() {
        return "/sections/" + slug;
    }
}
