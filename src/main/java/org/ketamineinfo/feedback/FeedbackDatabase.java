package org.ketamineinfo.feedback;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Brings the schema up to date (Flyway, the same migrations on H2 and PostgreSQL), in the background
 * and again until it works: a database that is down when the site starts must not stop the pages
 * being served. Until then, and whenever a write fails, feedback answers 503.
 */
final class FeedbackDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FeedbackDatabase.class);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final Flyway flyway;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "feedback-schema");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean ready;
    /** Set as the application shuts down, when the connection pool closes under a migration in progress. */
    private volatile boolean closed;

    FeedbackDatabase(DataSource dataSource) {
        this.flyway = Flyway.configure().dataSource(dataSource).load();
    }

    /** Starts migrating; returns at once. */
    void start() {
        retries.execute(this::migrate);
    }

    /** Migrates now, on the calling thread (for tests and start-up checks). */
    boolean migrate() {
        try {
            flyway.migrate();
            ready = true;
            log.info("Feedback database is ready");
        } catch (RuntimeException e) {
            if (closed) {
                log.debug("Stopped migrating the feedback database: the application is shutting down", e);
                return false;
            }
            log.warn("Feedback database is not available yet ({}); trying again in {} s", e.getClass().getSimpleName(),
                    RETRY.toSeconds());
            retries.schedule(this::migrate, RETRY.toSeconds(), TimeUnit.SECONDS);
        }
        return ready;
    }

    boolean ready() {
        return ready;
    }

    @Override
    public void destroy() {
        closed = true;
        retries.shutdownNow();
    }
}
