package org.ketamineinfo.search;

import java.util.EnumMap;
import java.util.Map;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.SiteContent;

/** One search index per edition of a snapshot: Spanish pages are searched in Spanish, apart from English. */
public final class SearchIndexes {

    private final Map<Language, SearchIndex> indexes;

    private SearchIndexes(Map<Language, SearchIndex> indexes) {
        this.indexes = Map.copyOf(indexes);
    }

    public static SearchIndexes of(SiteContent root) {
        Map<Language, SearchIndex> indexes = new EnumMap<>(Language.class);
        root.editions().forEach(edition -> indexes.put(edition.language(), SearchIndex.of(edition)));
        return new SearchIndexes(indexes);
    }

    /** The index of an edition; English when the snapshot has no such edition. */
    public SearchIndex in(Language language) {
        SearchIndex index = indexes.get(language);
        return index != null ? index : indexes.get(Language.EN);
    }
}
