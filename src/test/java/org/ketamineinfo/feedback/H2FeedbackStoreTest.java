package org.ketamineinfo.feedback;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The store on the embedded default: an H2 database file, written through on every commit. */
class H2FeedbackStoreTest extends FeedbackStoreContract {

    @TempDir
    Path folder;

    @Override
    DataSource dataSource() {
        return new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + folder.resolve("feedback") + ";WRITE_DELAY=0", "sa", "");
    }
}
