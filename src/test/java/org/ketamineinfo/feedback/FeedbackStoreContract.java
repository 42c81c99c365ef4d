package org.ketamineinfo.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the feedback store does, run against each real database it supports (never one database
 * pretending to be another): the migrations in src/main/resources/db/migration, then the store.
 */
abstract class FeedbackStoreContract {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    FeedbackStore store;
    JdbcClient jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void freshSchema() {
        Flyway flyway = Flyway.configure().dataSource(dataSource()).cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        jdbc = JdbcClient.create(dataSource());
        store = new FeedbackStore(jdbc);
    }

    @Test
    void countsAnswersPerPageLeastHelpfulFirst() {
        store.recordAnswer("/articles/a", true, TODAY);
        store.recordAnswer("/articles/a", true, TODAY);
        store.recordAnswer("/articles/a", false, TODAY);
        store.recordAnswer("/articles/b", false, TODAY);
        store.recordAnswer("/articles/b", true, TODAY.minusDays(40));
        store.recordAnswer("/articles/c", true, TODAY.minusDays(1));

        assertThat(store.summary(TODAY.minusDays(30))).containsExactly(
                new FeedbackStore.PageSummary("/articles/b", 0, 1),
                new FeedbackStore.PageSummary("/articles/a", 2, 1),
                new FeedbackStore.PageSummary("/articles/c", 1, 0));
        assertThat(store.summary(LocalDate.MIN.plusYears(1)))
                .contains(new FeedbackStore.PageSummary("/articles/b", 1, 1));
        assertThat(store.answerCount()).isEqualTo(6);
    }

    @Test
    void keepsCommentsAsGivenLatestFirstIncludingQuotesAndSqlMetacharacters() {
        store.recordComment("/articles/a", false, "It's wrong'); DROP TABLE feedback_answer; --", TODAY.minusDays(2));
        store.recordComment("/articles/a", true, "Clear, thank you. Ünïcödé and emoji 🙂 too", TODAY);

        assertThat(store.latestComments(10)).extracting(FeedbackStore.Comment::text).containsExactly(
                "Clear, thank you. Ünïcödé and emoji 🙂 too", "It's wrong'); DROP TABLE feedback_answer; --");
        assertThat(store.latestComments(1)).hasSize(1);
        assertThat(store.answerCount()).isZero();
    }

    @Test
    void retentionDeletesOnlyCommentsOlderThanTheCutOff() {
        store.recordComment("/about", true, "Old", TODAY.minusMonths(13));
        store.recordComment("/about", true, "Recent", TODAY.minusMonths(11));
        store.recordAnswer("/about", true, TODAY.minusMonths(13));

        assertThat(store.deleteCommentsBefore(TODAY.minusMonths(12))).isEqualTo(1);
        assertThat(store.latestComments(10)).extracting(FeedbackStore.Comment::text).containsExactly("Recent");
        assertThat(store.answerCount()).as("yes/no counts are not comments; they stay").isEqualTo(1);
    }

    @Test
    void theSchemaHoldsNothingThatCouldIdentifyAReader() {
        assertThat(jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns "
                        + "WHERE LOWER(table_name) IN ('feedback_answer', 'feedback_comment')")
                .query(String.class).list())
                .containsOnly("id", "path", "helpful", "comment", "answered_on");
    }

    @Test
    void aCommentLongerThanTheLimitIsRefusedByTheDatabaseNotCut() {
        String tooLong = "x".repeat(CommentText.MAX_LENGTH + 1);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> store.recordComment("/about", true, tooLong, TODAY))
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
    }
}
