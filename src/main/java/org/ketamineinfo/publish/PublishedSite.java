package org.ketamineinfo.publish;

import java.util.concurrent.atomic.AtomicReference;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.SiteContent;

/** The site being served: the latest snapshot with its rendered pages, swapped whole. */
public final class PublishedSite {

    private final SiteRenderer renderer;
    private final AtomicReference<RenderedSite> current = new AtomicReference<>();

    public PublishedSite(SiteRenderer renderer, ContentStore store) {
        this.renderer = renderer;
        current.set(renderer.render(store.current(), null));
        store.onReload(this::publish);
    }

    public RenderedSite current() {
        return current.get();
    }

    /** Renders a new snapshot to the side, then publishes it with one swap; throws if rendering fails. */
    public RenderedSite publish(SiteContent content) {
        RenderedSite next = renderer.render(content, current.get());
        current.set(next);
        return next;
    }
}
