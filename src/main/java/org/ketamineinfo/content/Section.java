package org.ketamineinfo.content;

import org.jspecify.annotations.Nullable;

/**
 * A topic group from {@code sections.yml}.
 *
 * @param translationOf in a translated edition, the slug of the English section it stands for
 */
public record Section(String slug, String title, String description, int order, Language language,
        @Nullable String translationOf) {

    /** An English section. */
    public Section(String slug, String title, String description, int order) {
        this(slug, title, description, order, Language.EN, null);
    }

    public String path() {
        return language.section(slug);
    }
}
