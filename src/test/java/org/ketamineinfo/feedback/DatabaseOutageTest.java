package org.ketamineinfo.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL goes away and comes back: pages are served throughout, feedback answers a friendly 503
 * while it is gone, health shows the database DOWN, and answers are stored again once it returns,
 * with no restart of the site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "site.feedback.posts-per-minute=1000")
class DatabaseOutageTest {

    /** The database component of /actuator/health, up to its status. */
    private static final String DB_STATUS = "\"db\":\\{(\"details\":\\{[^}]*\\},)?\"status\":\"";

    private static TestPostgres postgres;

    @LocalServerPort
    int port;

    @Autowired
    FeedbackDatabase database;

    @Autowired
    FeedbackStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        postgres = TestPostgres.startFor(registry);
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Test
    void pagesStayUpFeedbackAnswers503AndRecoversByItself() throws Exception {
        assertThat(database.migrate()).isTrue();
        assertThat(answer().statusCode()).isEqualTo(200);

        postgres.stop();
        HttpResponse<String> refused = answer();
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("Sorry, we could not save your answer", "Every page of the site still works");
        assertThat(get("/articles/side-effects-and-risks").statusCode()).isEqualTo(200);
        assertThat(get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.body()).containsPattern(DB_STATUS + "DOWN");

        postgres.restart();
        // The pool drops its dead connections and opens new ones; within seconds answers are saved again.
        int status = 0;
        for (long deadline = System.nanoTime() + 15_000_000_000L; status != 200 && System.nanoTime() < deadline; ) {
            status = answer().statusCode();
            if (status != 200) {
                Thread.sleep(250);
            }
        }
        assertThat(status).isEqualTo(200);
        assertThat(get("/actuator/health").body()).containsPattern(DB_STATUS + "UP");
        assertThat(store.answerCount()).isEqualTo(2);
    }

    private HttpResponse<String> answer() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feedback"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("page=/about&helpful=yes")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
