package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineinfo.publish.Assets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of response carries the security headers: pages from memory, 304s, HEAD, assets,
 * redirects, the 404 page, error pages from Spring and Tomcat's own refusals. Each request comes as a
 * trusted proxy would send it after https (X-Forwarded-Proto), so Strict-Transport-Security is expected
 * too; BehindAProxyTest shows when it is not sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "site.content.location=src/test/resources/fixtures/good", "site.base-url=https://ketamine.example",
        "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersTest {

    private static final String PAGE = "/articles/first-steps";

    @LocalServerPort
    int port;

    /** A kind of response, the request that produces it and the status that proves it is that kind. */
    record Kind(String name, String method, String target, List<String> headers, int status) {

        @Override
        public String toString() {
            return name + " (" + status + ")";
        }
    }

    Stream<Kind> everyKindOfResponse() throws Exception {
        String etag = new RawHttp(port).send("GET", PAGE).header("ETag").orElseThrow();
        Assets assets = Assets.fromClasspath();
        return Stream.of(
                new Kind("page from memory", "GET", PAGE, List.of(), 200),
                new Kind("page not modified", "GET", PAGE, List.of("If-None-Match: " + etag), 304),
                new Kind("HEAD of a page", "HEAD", PAGE, List.of(), 200),
                new Kind("stylesheet", "GET", assets.css(), List.of("Accept-Encoding: gzip"), 200),
                new Kind("favicon", "GET", assets.favicon(), List.of(), 200),
                new Kind("redirect to the canonical address", "GET", "/about/", List.of(), 301),
                new Kind("page not found", "GET", "/no-such-page", List.of(), 404),
                new Kind("malformed address refused by Tomcat", "GET", "/%zz", List.of(), 400),
                new Kind("header too large, refused by Tomcat", "GET", PAGE,
                        List.of("X-Big: " + "a".repeat(9_000)), 400),
                new Kind("path parameter refused by the site", "GET", "/about;jsessionid=1", List.of(), 400),
                new Kind("method not allowed", "PUT", PAGE, List.of(), 405),
                new Kind("TRACE refused by Tomcat", "TRACE", PAGE, List.of(), 405),
                new Kind("not acceptable", "GET", PAGE, List.of("Accept: application/json"), 406),
                new Kind("health", "GET", "/actuator/health", List.of(), 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfResponse")
    void carriesEverySecurityHeaderAndNothingThatNamesTheServer(Kind kind) throws Exception {
        List<String> headers = new java.util.ArrayList<>(kind.headers());
        headers.add("X-Forwarded-Proto: https");
        RawHttp.Response response = new RawHttp(port, javax.net.SocketFactory.getDefault(),
                java.net.InetAddress.getByName("127.0.0.1")).send(kind.method(), kind.target(),
                headers.toArray(String[]::new));

        assertThat(response.status()).isEqualTo(kind.status());
        assertThat(response.header("Content-Security-Policy")).hasValue("default-src 'self'; img-src 'self'; "
                + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.header("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.header("Permissions-Policy")).hasValue("camera=(), microphone=(), geolocation=()");
        assertThat(response.header("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        // A header section too large is refused before any header is read, X-Forwarded-Proto included.
        if (!kind.name().startsWith("header too large")) {
            assertThat(response.header("Strict-Transport-Security")).hasValue("max-age=31536000");
        }
        assertThat(response.headers()).doesNotContainKeys("server", "x-powered-by", "set-cookie");
        assertThat(response.body()).doesNotContain("Tomcat", "Spring Boot", "Apache");
        assertThat(response.headers().get("content-security-policy")).as("set once, not repeated").hasSize(1);
    }

    @Test
    void thePolicyNeedsNoUnsafeInlineOrEval() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe", "*", "http:", "data:");
    }
}
