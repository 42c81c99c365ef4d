package org.ketamineinfo.feedback;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store on a real PostgreSQL server, as several instances behind a load balancer would share it. */
class PostgresFeedbackStoreTest extends FeedbackStoreContract {

    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Override
    DataSource dataSource() {
        return postgres.dataSource();
    }
}
