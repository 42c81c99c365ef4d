package org.ketamineinfo.feedback;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The feedback flow on a real PostgreSQL server, chosen with the standard spring.datasource settings. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "site.feedback.posts-per-minute=1000")
class PostgresFeedbackFlowTest extends FeedbackFlowContract {

    private static TestPostgres postgres;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        postgres = TestPostgres.startFor(registry);
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }
}
