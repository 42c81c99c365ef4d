package org.ketamineinfo.search;

import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.SnapshotPart;
import org.springframework.stereotype.Component;

/** Builds the search index with each content snapshot, so a reload swaps pages and index together. */
@Component
public class SearchIndexPart implements SnapshotPart<SearchIndex> {

    @Override
    public Class<SearchIndex> type() {
        return SearchIndex.class;
    }

    @Override
    public SearchIndex build(SiteContent content) {
        return SearchIndex.of(content);
    }
}
