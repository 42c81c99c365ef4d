package org.ketamineinfo.content;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the content folder and reloads the store when files change. Changes are gathered until the
 * folder has been quiet for a moment, so an editor saving several files (or writing one in several
 * steps) causes one reload, not a burst.
 */
public final class ContentWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

    private final ContentStore store;
    private final Duration quietPeriod;
    private final WatchService watcher;
    private final Thread thread;

    public ContentWatcher(ContentStore store, Duration quietPeriod) throws IOException {
        this.store = store;
        this.quietPeriod = quietPeriod;
        this.watcher = store.root().getFileSystem().newWatchService();
        register();
        this.thread = new Thread(this::run, "content-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for changes", store.root().toAbsolutePath().normalize());
    }

    /**
     * The content root and each translated edition's folder ({@code es/}), each with its two folders;
     * registered again after each change, as they may be new. A watch sees only a folder's own entries:
     * without the editions' folders, a saved Spanish article was never reloaded.
     */
    private void register() throws IOException {
        for (Language language : Language.values()) {
            Path edition = language.folder() == null ? store.root() : store.root().resolve(language.folder());
            for (Path dir : new Path[] {edition, edition.resolve("articles"), edition.resolve("pages")}) {
                if (Files.isDirectory(dir)) {
                    dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                }
            }
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                Set<Path> changed = new HashSet<>();
                boolean overflow = drain(key, changed);
                // Keep gathering until nothing has happened for the quiet period.
                while ((key = watcher.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    overflow |= drain(key, changed);
                }
                register();
                // Events lost to an overflow: read every file, as at start-up.
                store.reload(overflow ? null : changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.error("Content watching stopped; restart the site to pick up changes", e);
        }
    }

    /** Adds the paths the key reports to {@code changed}; true when events were lost (overflow). */
    private static boolean drain(WatchKey key, Set<Path> changed) {
        boolean overflow = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || !(event.context() instanceof Path name)) {
                overflow = true;
            } else {
                changed.add(dir.resolve(name).toAbsolutePath().normalize());
            }
        }
        key.reset();
        return overflow;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
