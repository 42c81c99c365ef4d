package org.ketamineinfo.content;

import java.util.List;

/** A term from {@code glossary.yml}; {@code slug} is its anchor on the glossary page. */
public record GlossaryEntry(String term, String slug, String definition, List<String> aliases) {

    public GlossaryEntry {
        aliases = List.copyOf(aliases);
    }
}
