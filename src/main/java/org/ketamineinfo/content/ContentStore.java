package org.ketamineinfo.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the live {@link SiteContent}. It is loaded eagerly, so bad content stops start-up with the
 * whole report; with {@code skipBadFiles} the site starts without the bad files and logs each problem.
 *
 * <p>A reload builds the next snapshot to the side, hands it to the listeners (which render it), and
 * only then publishes it. If the new content has problems, or rendering it fails, the last good
 * version stays in service and the failure is kept for the health check.
 */
public final class ContentStore {

    private static final Logger log = LoggerFactory.getLogger(ContentStore.class);

    /** Why the live content is older than the files: the problems of the last reload, and since when. */
    public record Staleness(List<ContentProblem> problems, @Nullable String error, Instant since) {
    }

    private final ContentLoader loader;
    private final Path root;
    private final boolean skipBadFiles;
    private final boolean preview;
    private final boolean reloaded;
    private final Clock clock;
    private final AtomicReference<SiteContent> current = new AtomicReference<>();
    private final AtomicReference<@Nullable Staleness> staleness = new AtomicReference<>();
    private final List<Consumer<SiteContent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> startListeners = new CopyOnWriteArrayList<>();
    /**
     * The last load, good or not, when the content is reloaded: a reload parses only the files that
     * changed since. Null when nothing reloads it.
     */
    private ContentLoader.@Nullable Result lastLoad;

    /** A store whose content is reloaded, as with the file watcher on. */
    public ContentStore(ContentLoader loader, Path root, boolean skipBadFiles, Clock clock) {
        this(loader, root, skipBadFiles, false, true, clock);
    }

    /**
     * @param preview a writer's preview: drafts are served, and content with problems is published
     *     without its bad files, the problems shown on every page (never on for readers)
     * @param reloaded whether anything will reload the content (the file watcher): only then is what a
     *     reload reuses (each file's parse, stamp and place on disk) kept beside the site. A site that is
     *     never reloaded keeps only what it serves; {@link #reload} then reads and parses everything.
     */
    public ContentStore(ContentLoader loader, Path root, boolean skipBadFiles, boolean preview, boolean reloaded,
            Clock clock) {
        this.loader = loader;
        this.root = root;
        this.skipBadFiles = skipBadFiles || preview;
        this.preview = preview;
        this.reloaded = reloaded;
        this.clock = clock;
        long start = System.nanoTime();
        ContentLoader.Result result = loader.load(root, preview);
        lastLoad = reloaded ? result : null;
        if (!result.ok()) {
            if (!this.skipBadFiles) {
                throw new ContentProblemsException(result.problems());
            }
            log.warn("Starting without {} bad file(s) because {} is on.\n{}{}",
                    result.badFiles().size(), preview ? "site.preview" : "site.content.skip-bad-files",
                    ContentProblemsException.report(result.problems()),
                    result.leftOut().isEmpty() ? "" : "\nAlso left out:\n  " + String.join("\n  ", result.leftOut()));
        }
        current.set(result.site());
        log.info("Loaded {} articles, {} pages and {} glossary terms from {} in {} ms", result.site().articles().size(),
                result.site().pages().size(), result.site().glossary().size(), root.toAbsolutePath().normalize(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /** The snapshot as last published. Pages are served from the rendered site, not from here. */
    public SiteContent current() {
        return current.get();
    }

    /** Non-null while the files have changed but could not be published. */
    public @Nullable Staleness staleness() {
        return staleness.get();
    }

    public Path root() {
        return root;
    }

    /**
     * Called with each new snapshot before it is published; throwing keeps the old version (a
     * {@link CancellationException}, thrown as the application stops, quietly).
     */
    public void onReload(Consumer<SiteContent> listener) {
        listeners.add(listener);
    }

    /**
     * Called as a reload begins, before any file is read: work for the old snapshot that can wait (such
     * as building its search index in the background) should yield the CPU to the reload.
     */
    public void onReloadStart(Runnable listener) {
        startListeners.add(listener);
    }

    /**
     * Loads the content again, reading every file. Serialised, so two reloads never publish out of order.
     *
     * @return true when a new version was published
     */
    public boolean reload() {
        return reload(null);
    }

    /**
     * @param changed the files and folders the watcher saw change; null when it cannot tell (every file is
     *     read). Trusted: a file it does not name is taken to be as it was at the last load.
     */
    public synchronized boolean reload(@Nullable Set<Path> changed) {
        long start = System.nanoTime();
        startListeners.forEach(Runnable::run);
        ContentLoader.Result result = loader.load(root, preview, lastLoad, changed);
        lastLoad = reloaded ? result : null;
        if (!result.ok() && !skipBadFiles) {
            staleness.set(new Staleness(result.problems(), null, clock.instant()));
            log.error("Content changed but has problems, so the last good version stays in service.\n{}",
                    ContentProblemsException.report(result.problems()));
            return false;
        }
        try {
            listeners.forEach(listener -> listener.accept(result.site()));
        } catch (CancellationException e) {
            log.info("Content changed as the application stopped; not published");
            return false;
        } catch (RuntimeException e) {
            staleness.set(new Staleness(List.of(), e.toString(), clock.instant()));
            log.error("Content changed but could not be rendered, so the last good version stays in service", e);
            return false;
        }
        current.set(result.site());
        staleness.set(null);
        log.info("Reloaded {} articles and {} pages in {} ms{}", result.site().articles().size(),
                result.site().pages().size(), Duration.ofNanos(System.nanoTime() - start).toMillis(),
                result.ok() ? "" : " (" + result.badFiles().size() + " bad file(s) left out)");
        return true;
    }
}
