package org.ketamineinfo.content;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the live {@link SiteContent}. It is loaded eagerly, so bad content stops start-up with the
 * whole report; with {@code skipBadFiles} the site starts without the bad files and logs each problem.
 * A reload builds the next snapshot to the side and publishes it with one atomic swap.
 */
public final class ContentStore {

    private static final Logger log = LoggerFactory.getLogger(ContentStore.class);

    private final ContentLoader loader;
    private final Path root;
    private final boolean skipBadFiles;
    private final AtomicReference<SiteContent> current = new AtomicReference<>();

    public ContentStore(ContentLoader loader, Path root, boolean skipBadFiles) {
        this.loader = loader;
        this.root = root;
        this.skipBadFiles = skipBadFiles;
        ContentLoader.Result result = loader.load(root);
        if (!result.ok()) {
            if (!skipBadFiles) {
                throw new ContentProblemsException(result.problems());
            }
            log.warn("Starting without {} bad file(s) because site.content.skip-bad-files is on.\n{}{}",
                    result.badFiles().size(), ContentProblemsException.report(result.problems()),
                    result.leftOut().isEmpty() ? "" : "\nAlso left out:\n  " + String.join("\n  ", result.leftOut()));
        }
        current.set(result.site());
        log.info("Loaded {} articles, {} pages and {} glossary terms from {}", result.site().articles().size(),
                result.site().pages().size(), result.site().glossary().size(), root.toAbsolutePath().normalize());
    }

    /** The snapshot to serve this request from; read it once per request. */
    public SiteContent current() {
        return current.get();
    }

    public Path root() {
        return root;
    }

    public boolean skipBadFiles() {
        return skipBadFiles;
    }

    ContentLoader loader() {
        return loader;
    }
}
