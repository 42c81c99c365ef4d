package org.ketamineinfo.publish;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.SiteContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site being served: the latest snapshot with its rendered pages, swapped whole.
 *
 * <p>Rendering every page takes a while on a cold JVM, so by default the snapshot is published at once
 * without pages and they are rendered in the background; until then the controllers answer live
 * through the same templates (the same bytes, without the caching headers).
 */
public final class PublishedSite {

    private static final Logger log = LoggerFactory.getLogger(PublishedSite.class);

    /** Long enough for the pages in progress, on one core, and much shorter than a host's stop timeout. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

    private final SiteRenderer renderer;
    private final AtomicReference<RenderedSite> current = new AtomicReference<>();
    private final @Nullable Thread initialRender;
    private final boolean buildPartsAhead;
    private final AtomicBoolean renderingStarted = new AtomicBoolean();
    /** The thread building the latest snapshot's parts in the background, if any. */
    private final AtomicReference<@Nullable Thread> partsBuilder = new AtomicReference<>();

    /**
     * @param buildPartsAhead build each snapshot's parts (the search index) in the background as soon
     *     as its pages are out; off for the static export, which has no search
     */
    public PublishedSite(SiteRenderer renderer, ContentStore store, boolean inBackground, boolean buildPartsAhead) {
        this.renderer = renderer;
        this.buildPartsAhead = buildPartsAhead;
        store.onReload(this::publish);
        store.onReloadStart(this::stopBuildingParts);
        if (!inBackground) {
            current.set(timed(store.current(), null));
            initialRender = null;
            buildParts(current.get());
            return;
        }
        current.set(renderer.withoutPages(store.current()));
        initialRender = new Thread(() -> {
            try {
                renderInitial(store.current());
                buildParts(current.get());
            } catch (RuntimeException e) {
                failed("Rendering pages ahead", "pages are rendered per request instead", e);
            }
        }, "render-ahead");
        // The packaged jar's templates are found only through the application's class loader.
        initialRender.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        initialRender.setDaemon(true);
    }

    /**
     * Starts rendering ahead, once the application is ready: begun earlier, it competes for the CPU with
     * the rest of start-up (on one core it delayed the first answer by seconds). Requests meanwhile are
     * rendered live, with the same bytes.
     */
    public void startRenderingAhead() {
        if (initialRender != null && !renderer.closed() && renderingStarted.compareAndSet(false, true)) {
            initialRender.start();
        }
    }

    /**
     * The application is shutting down (Spring calls this before closing the beans that templates need):
     * rendering ahead and a reload publishing stop after the pages in progress, which are given a moment to
     * finish, and the search index is no longer built. None of them is reported as a fault.
     */
    public void close() throws InterruptedException {
        renderer.close();
        stopBuildingParts();
        if (initialRender != null && initialRender.isAlive()) {
            initialRender.join(SHUTDOWN_WAIT.toMillis());
        }
        synchronized (this) {
            // A reload publishing now finishes its page in progress before the beans it needs close.
        }
    }

    /** Whether {@link #close} has been called. */
    boolean closing() {
        return renderer.closed();
    }

    /**
     * Background work failed: a fault while the site runs; as it shuts down, only the beans the work
     * needed going away.
     */
    private void failed(String work, String consequence, RuntimeException e) {
        if (renderer.closed()) {
            log.debug("{} stopped: the application is shutting down", work, e);
        } else {
            log.error("{} failed; {}", work, consequence, e);
        }
    }

    public RenderedSite current() {
        return current.get();
    }

    /** Waits until the pages of the first snapshot are rendered (for the static export). */
    public RenderedSite awaitRendered(Duration timeout) throws InterruptedException {
        if (initialRender != null) {
            startRenderingAhead();
            initialRender.join(timeout.toMillis());
        }
        if (!current.get().rendered()) {
            throw new IllegalStateException("Pages were not rendered within " + timeout);
        }
        return current.get();
    }

    /** Renders a new snapshot to the side, then publishes it with one swap; throws if rendering fails. */
    public synchronized RenderedSite publish(SiteContent content) {
        RenderedSite next = renderer.render(content, current.get().rendered() ? current.get() : null);
        current.set(next);
        buildParts(next);
        return next;
    }

    /** The new pages are served at once; the search index follows, and a search meanwhile waits for it. */
    private void buildParts(RenderedSite site) {
        if (!buildPartsAhead) {
            return;
        }
        Thread parts = new Thread(() -> {
            try {
                site.buildParts();
            } catch (CancellationException e) {
                log.debug("Stopped building the search index: newer content is loading");
            } catch (RuntimeException e) {
                failed("Building the search index of the new content", "it is built at the next search", e);
            }
        }, "snapshot-parts");
        parts.setDaemon(true);
        Thread previous = partsBuilder.getAndSet(parts);
        if (previous != null) {
            previous.interrupt();
        }
        parts.start();
    }

    /**
     * A reload is starting: the parts of the snapshot it replaces are no longer worth the CPU (a live edit
     * waited behind the old search index on one core). A search on that snapshot builds them itself.
     */
    private void stopBuildingParts() {
        Thread parts = partsBuilder.getAndSet(null);
        if (parts != null) {
            parts.interrupt();
        }
    }

    /** A reload that came first has already published newer pages; then there is nothing to do. */
    private synchronized void renderInitial(SiteContent content) {
        if (!current.get().rendered()) {
            current.set(timed(content, current.get()));
        }
    }

    /** @param early the same snapshot answered without pages, whose parts are reused */
    private RenderedSite timed(SiteContent content, @Nullable RenderedSite early) {
        long start = System.nanoTime();
        RenderedSite site = renderer.render(content, early);
        log.info("Rendered {} pages in {} ms", site.pages().size() + 1,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return site;
    }
}
