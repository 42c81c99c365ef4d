package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What browsers, CDNs and crawlers get over real HTTP: validators, 304s, encodings, HEAD. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "site.content.location=src/test/resources/fixtures/good")
class HttpCachingTest {

    private static final String ARTICLE = "/articles/first-steps";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    @Test
    void pagesCarryStrongValidatorsAndShortRevalidatingCacheControl() throws Exception {
        HttpResponse<byte[]> page = send("GET", ARTICLE);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "ETag")).matches("\"[A-Za-z0-9_-]{27}\"");
        assertThat(header(page, "Last-Modified")).endsWith(" GMT");
        assertThat(header(page, "Cache-Control")).isEqualTo("public, max-age=300, stale-while-revalidate=3600");
        assertThat(header(page, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(page, "Content-Length")).isEqualTo(String.valueOf(page.body().length));
        assertThat(header(page, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(header(page, "Content-Encoding")).isNull();
    }

    @Test
    void aMatchingETagGets304WithNoBody() throws Exception {
        String etag = header(send("GET", ARTICLE), "ETag");

        HttpResponse<byte[]> again = send("GET", ARTICLE, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(again, "ETag")).isEqualTo(etag);
        assertThat(header(again, "Cache-Control")).startsWith("public");

        assertThat(send("GET", ARTICLE, "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
        assertThat(send("GET", ARTICLE, "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
    }

    @Test
    void ifModifiedSinceIsAnsweredWhenNoETagIsSent() throws Exception {
        String lastModified = header(send("GET", ARTICLE), "Last-Modified");

        assertThat(send("GET", ARTICLE, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(send("GET", ARTICLE, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode())
                .isEqualTo(200);
        assertThat(send("GET", ARTICLE, "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
        assertThat(send("GET", ARTICLE, "If-None-Match", "\"stale\"", "If-Modified-Since", lastModified).statusCode())
                .as("If-None-Match wins over If-Modified-Since").isEqualTo(200);
    }

    @Test
    void gzipIsServedPreCompressedToClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> identity = send("GET", ARTICLE);
        HttpResponse<byte[]> gzip = send("GET", ARTICLE, "Accept-Encoding", "br, gzip, deflate");

        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(gzip, "Content-Length")).isEqualTo(String.valueOf(gzip.body().length));
        assertThat(gzip.body().length).isLessThan(identity.body().length / 2);
        assertThat(gunzip(gzip.body())).isEqualTo(identity.body());
        assertThat(header(gzip, "ETag")).as("a different representation has a different strong ETag")
                .isNotEqualTo(header(identity, "ETag"));
        assertThat(header(send("GET", ARTICLE, "Accept-Encoding", "gzip;q=0, identity"), "Content-Encoding")).isNull();
        assertThat(send("GET", ARTICLE, "Accept-Encoding", "gzip", "If-None-Match", header(gzip, "ETag")).statusCode())
                .isEqualTo(304);
    }

    @Test
    void searchResultsRenderedPerRequestAreCompressedToo() throws Exception {
        HttpResponse<byte[]> plain = send("GET", "/search?q=steps");
        HttpResponse<byte[]> gzip = send("GET", "/search?q=steps", "Accept-Encoding", "gzip");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(new String(gunzip(gzip.body()), StandardCharsets.UTF_8)).contains("First steps");
    }

    @Test
    void headGetsTheSameHeadersAndNoBody() throws Exception {
        HttpResponse<byte[]> get = send("GET", ARTICLE, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> head = send("HEAD", ARTICLE, "Accept-Encoding", "gzip");

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        for (String name : new String[] {"ETag", "Last-Modified", "Cache-Control", "Content-Length", "Content-Encoding",
                "Content-Type"}) {
            assertThat(header(head, name)).as(name).isEqualTo(header(get, name));
        }
    }

    @Test
    void notFoundIsCachedBrieflyAndErrorsNotAtAll() throws Exception {
        HttpResponse<byte[]> missing = send("GET", "/articles/no-such-article", "Accept-Encoding", "gzip");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(header(missing, "Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(new String(gunzip(missing.body()), StandardCharsets.UTF_8)).contains("<h1>Page not found</h1>");
        assertThat(send("GET", "/articles/no-such-article", "If-None-Match", header(missing, "ETag")).statusCode())
                .as("a 404 is never turned into a 304").isEqualTo(404);
    }

    @Test
    void assetsHaveContentHashedAddressesAreImmutableAndPreCompressed() throws Exception {
        String css = Assets.fromClasspath().css();
        HttpResponse<byte[]> plain = send("GET", css);
        HttpResponse<byte[]> gzip = send("GET", css, "Accept-Encoding", "gzip");

        assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(header(plain, "Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(header(plain, "Content-Type")).startsWith("text/css");
        assertThat(header(gzip, "Content-Encoding")).isEqualTo("gzip");
        assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
        assertThat(send("GET", "/css/site-00000000000000000000000000000000.css").statusCode())
                .as("a stale hash is not served as the current file").isEqualTo(404);
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
