package org.ketamineinfo.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "site.feedback.posts-per-minute=3")
class FeedbackRateLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    FeedbackDatabase database;

    @Test
    void aClientPostingFasterThanTheLimitGets429WithRetryAfter() throws Exception {
        assertThat(database.migrate()).isTrue();
        HttpClient http = HttpClient.newHttpClient();
        int[] statuses = new int[4];
        HttpResponse<String> last = null;
        for (int i = 0; i < statuses.length; i++) {
            last = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feedback"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("page=/about&helpful=no")).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses[i] = last.statusCode();
        }

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(last.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(last.body()).contains("Please wait a minute");
    }

    @Test
    void theLimitIsCountedPerClientAndForgottenWhenTheTableIsFull() {
        FeedbackRateLimit limit = new FeedbackRateLimit(1);

        assertThat(limit.allow("a")).isTrue();
        assertThat(limit.allow("a")).isFalse();
        assertThat(limit.allow("b")).isTrue();
        for (int i = 0; i <= FeedbackRateLimit.MAX_CLIENTS; i++) {
            limit.allow("client-" + i);
        }
        assertThat(limit.allow("a")).as("the table was emptied when it grew past its bound").isTrue();
    }
}
