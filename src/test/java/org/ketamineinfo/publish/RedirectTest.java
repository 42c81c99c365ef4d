package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Old addresses (front matter aliases) over real HTTP: a permanent redirect to the page's address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "site.content.location=src/test/resources/fixtures/good")
class RedirectTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOldAddressAnswersWithAPermanentRedirectToThePage() throws Exception {
        for (String[] alias : new String[][] {{"/articles/next-steps", "/articles/second-steps"},
                {"/old/second.html", "/articles/second-steps"}, {"/about-us", "/about"}}) {
            for (String method : new String[] {"GET", "HEAD"}) {
                HttpResponse<String> response = send(method, alias[0]);

                assertThat(response.statusCode()).as(method + " " + alias[0]).isEqualTo(301);
                assertThat(response.headers().firstValue("Location")).as(alias[0]).hasValue(alias[1]);
                assertThat(response.headers().firstValue("Cache-Control")).as(alias[0]).isPresent();
                assertThat(response.body()).isEmpty();
            }
            assertThat(send("GET", alias[1]).statusCode()).as(alias[1]).isEqualTo(200);
        }
    }

    @Test
    void onlyTheExactOldAddressRedirects() throws Exception {
        assertThat(send("GET", "/articles/next-steps/").statusCode()).isEqualTo(404);
        assertThat(send("GET", "/ABOUT-US").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/about-us").statusCode()).isNotEqualTo(301);
    }
}
