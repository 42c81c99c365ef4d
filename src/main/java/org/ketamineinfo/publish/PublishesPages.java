package org.ketamineinfo.publish;

import java.util.List;
import org.ketamineinfo.content.SiteContent;

/** A controller whose pages depend only on the content, so they can be rendered ahead of requests. */
public interface PublishesPages {

    /** Every page this controller serves for the given snapshot, with how to render it. */
    List<PageRender> publishedPages(SiteContent content);
}
