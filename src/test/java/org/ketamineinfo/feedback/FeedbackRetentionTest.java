package org.ketamineinfo.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class FeedbackRetentionTest {

    @TempDir
    Path folder;

    @Test
    void theDailyJobDeletesCommentsOlderThanTheRetentionSetting() {
        var dataSource = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:file:" + folder.resolve("f"), "sa", "");
        FeedbackDatabase database = new FeedbackDatabase(dataSource);
        assertThat(database.migrate()).isTrue();
        FeedbackStore store = new FeedbackStore(JdbcClient.create(dataSource));
        LocalDate today = LocalDate.of(2026, 12, 1);
        store.recordComment("/about", true, "Kept: 5 months old", today.minusMonths(5));
        store.recordComment("/about", true, "Deleted: 7 months old", today.minusMonths(7));
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneOffset.UTC);

        new FeedbackRetention(store, database, new FeedbackProperties(Period.ofMonths(6), 10, List.of("suicide")), clock)
                .deleteOldComments();

        assertThat(store.latestComments(10)).extracting(FeedbackStore.Comment::text).containsExactly("Kept: 5 months old");
        database.destroy();
    }
}
