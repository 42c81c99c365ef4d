package org.ketamineinfo.publish;

import org.ketamineinfo.content.SiteContent;

/**
 * Something else built from each content snapshot (a search index, say), kept inside the
 * {@link RenderedSite} so it is swapped in together with the pages it belongs to.
 */
public interface SnapshotPart<T> {

    Class<T> type();

    T build(SiteContent content);
}
