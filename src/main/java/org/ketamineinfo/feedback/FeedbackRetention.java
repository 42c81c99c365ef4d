package org.ketamineinfo.feedback;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes comments older than {@code site.feedback.retention}, every night and soon after start-up. */
final class FeedbackRetention {

    private static final Logger log = LoggerFactory.getLogger(FeedbackRetention.class);

    private final FeedbackStore store;
    private final FeedbackDatabase database;
    private final FeedbackProperties properties;
    private final Clock clock;

    FeedbackRetention(FeedbackStore store, FeedbackDatabase database, FeedbackProperties properties, Clock clock) {
        this.store = store;
        this.database = database;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
    void deleteOldComments() {
        if (!database.ready()) {
            return;
        }
        try {
            int deleted = store.deleteCommentsBefore(LocalDate.now(clock).minus(properties.retention()));
            if (deleted > 0) {
                log.info("Deleted {} feedback comment(s) older than {}", deleted, properties.retention());
            }
        } catch (DataAccessException e) {
            log.warn("Could not delete old feedback comments; will try again tomorrow ({})", e.getClass().getSimpleName());
        }
    }
}
