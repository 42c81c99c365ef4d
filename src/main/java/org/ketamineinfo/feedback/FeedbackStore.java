package org.ketamineinfo.feedback;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Answers and comments in the database, through plain SQL that runs unchanged on H2 and PostgreSQL.
 * Each method is one statement in its own transaction: when it returns, the row is committed. Nothing
 * about the reader is stored: the page, yes or no, the optional masked comment, and the day.
 */
final class FeedbackStore {

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page's answers, for the editors' report. */
    record PageSummary(String path, long helpful, long notHelpful) {
        long total() {
            return helpful + notHelpful;
        }
    }

    /** A stored comment, for the editors. */
    record Comment(String path, boolean helpful, String text, LocalDate day) {
    }

    void recordAnswer(String path, boolean helpful, LocalDate day) {
        jdbc.sql("INSERT INTO feedback_answer (path, helpful, answered_on) VALUES (:path, :helpful, :day)")
                .param("path", path).param("helpful", helpful).param("day", day).update();
    }

    /** @param comment already masked with {@link CommentText#masked(String)} */
    void recordComment(String path, boolean helpful, String comment, LocalDate day) {
        jdbc.sql("INSERT INTO feedback_comment (path, helpful, comment, answered_on) "
                        + "VALUES (:path, :helpful, :comment, :day)")
                .param("path", path).param("helpful", helpful).param("comment", comment).param("day", day).update();
    }

    /** Answers per page since a day (inclusive), the least helpful pages first. */
    List<PageSummary> summary(LocalDate since) {
        return jdbc.sql("""
                SELECT path,
                       SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS yes,
                       SUM(CASE WHEN helpful THEN 0 ELSE 1 END) AS no
                FROM feedback_answer WHERE answered_on >= :since
                GROUP BY path
                ORDER BY SUM(CASE WHEN helpful THEN 1 ELSE 0 END) * 1.0 / COUNT(*), COUNT(*) DESC, path""")
                .param("since", since)
                .query((row, n) -> new PageSummary(row.getString("path"), row.getLong("yes"), row.getLong("no")))
                .list();
    }

    List<Comment> latestComments(int limit) {
        return jdbc.sql("SELECT path, helpful, comment, answered_on FROM feedback_comment "
                        + "ORDER BY answered_on DESC, id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((row, n) -> new Comment(row.getString("path"), row.getBoolean("helpful"),
                        row.getString("comment"), row.getObject("answered_on", LocalDate.class)))
                .list();
    }

    /** Deletes comments from before a day; returns how many went. Answers (yes/no counts) are kept. */
    int deleteCommentsBefore(LocalDate day) {
        return jdbc.sql("DELETE FROM feedback_comment WHERE answered_on < :day").param("day", day).update();
    }

    /** One stored record for the CSV export: an answer (no comment) or a comment with its answer. */
    record Row(String path, boolean helpful, String comment, LocalDate day) {
    }

    /** Every stored answer, then every comment, oldest first, handed over one at a time. */
    void eachRow(java.util.function.Consumer<Row> row) {
        jdbc.sql("SELECT path, helpful, answered_on FROM feedback_answer ORDER BY answered_on, id")
                .query(rs -> {
                    row.accept(new Row(rs.getString(1), rs.getBoolean(2), "", rs.getObject(3, LocalDate.class)));
                });
        jdbc.sql("SELECT path, helpful, comment, answered_on FROM feedback_comment ORDER BY answered_on, id")
                .query(rs -> {
                    row.accept(new Row(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class)));
                });
    }

    long answerCount() {
        return jdbc.sql("SELECT COUNT(*) FROM feedback_answer").query(Long.class).single();
    }
}
