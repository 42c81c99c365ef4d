package org.ketamineinfo.publish;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.SiteContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The site being served: the latest snapshot with its rendered pages, swapped whole. */
public final class PublishedSite {

    private static final Logger log = LoggerFactory.getLogger(PublishedSite.class);

    private final SiteRenderer renderer;
    private final AtomicReference<RenderedSite> current = new AtomicReference<>();

    public PublishedSite(SiteRenderer renderer, ContentStore store) {
        this.renderer = renderer;
        long start = System.nanoTime();
        current.set(renderer.render(store.current(), null));
        log.info("Rendered {} pages in {} ms", current.get().pages().size() + 1,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
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
