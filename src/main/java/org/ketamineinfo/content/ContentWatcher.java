package org.ketamineinfo.content;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
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

    /** The content root and its two folders; registered again after each change, as they may be new. */
    private void register() throws IOException {
        for (Path dir : new Path[] {store.root(), store.root().resolve("articles"), store.root().resolve("pages")}) {
            if (Files.isDirectory(dir)) {
                dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drain(key);
                // Keep gathering until nothing has happened for the quiet period.
                while ((key = watcher.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(key);
                }
                register();
                store.reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.error("Content watching stopped; restart the site to pick up changes", e);
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watcher.close();
    }
}
