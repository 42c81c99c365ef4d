package org.ketamineinfo.search;

import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.SnapshotPart;
import org.springframework.stereotype.Component;

/** Builds the search index with each content snapshot, so a reload swaps pages and index together. */
@Component
public class SearchIndexPart implements SnapshotPart<SearchIndexes> {

    @Override
    public Class<SearchIndexes> type() {
        return SearchIndexes.class;
    }

    @Override
    public SearchIndexes build(SiteContent content) {
        return SearchIndexes.of(content);
    }
}
