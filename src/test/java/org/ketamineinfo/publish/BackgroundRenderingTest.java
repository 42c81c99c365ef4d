package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The default: the site answers at once after start-up and renders its pages in the background. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "site.render-in-background=true", "site.content.location=src/test/resources/fixtures/good"})
class BackgroundRenderingTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishedSite published;

    @Autowired
    SiteRenderer renderer;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAreServedFromMemoryOnceRenderedWithTheSameBytesAsBefore() throws Exception {
        RenderedSite site = published.awaitRendered(Duration.ofSeconds(60));

        HttpResponse<String> article = get("/articles/first-steps");
        assertThat(site.rendered()).isTrue();
        assertThat(article.headers().firstValue("ETag")).isPresent();
        assertThat(article.body()).isEqualTo(new String(site.page("/articles/first-steps").identity(),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void beforePagesAreRenderedTheSnapshotStillHasItsSearchIndexAndRedirects() {
        RenderedSite early = renderer.withoutPages(published.current().content());

        assertThat(early.rendered()).isFalse();
        assertThat(early.pages()).isEmpty();
        assertThat(early.parts()).isNotEmpty();
        assertThat(early.redirects()).isEqualTo(published.current().redirects());
    }
}
