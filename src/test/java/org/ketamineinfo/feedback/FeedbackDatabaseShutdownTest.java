package org.ketamineinfo.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A database out of reach is a warning while the site runs, and nothing to report once it is stopping. */
@ExtendWith(OutputCaptureExtension.class)
class FeedbackDatabaseShutdownTest {

    private static final String WARNING = "Feedback database is not available yet";

    @TempDir
    Path folder;

    /** An H2 file database that must already exist: this one does not, so every connection fails. */
    private FeedbackDatabase unreachable() {
        return new FeedbackDatabase(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + folder.resolve("missing") + ";IFEXISTS=TRUE", "sa", ""));
    }

    @Test
    void anUnreachableDatabaseIsAWarningWhileTheSiteRuns(CapturedOutput output) {
        FeedbackDatabase database = unreachable();

        assertThat(database.migrate()).isFalse();

        assertThat(output.getAll()).contains(WARNING);
        database.destroy();
    }

    @Test
    void aMigrationFailingAsTheApplicationStopsIsNotReported(CapturedOutput output) {
        FeedbackDatabase database = unreachable();
        database.destroy();

        assertThat(database.migrate()).isFalse();

        assertThat(output.getAll()).doesNotContain(WARNING).doesNotContain("RejectedExecution");
    }
}
