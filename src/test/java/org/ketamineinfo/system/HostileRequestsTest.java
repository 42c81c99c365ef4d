package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineinfo.publish.PublishedSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What scanners send from a site's first hour online, over real HTTP to the running site with its real
 * content: every request gets a clean 4xx answer (or 200 for HEAD on a page), never a 5xx, a trace, or
 * a byte of a file from outside the site's own pages and assets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

    private static final Set<Integer> REFUSED = Set.of(400);
    private static final Set<Integer> REFUSED_OR_NOT_FOUND = Set.of(400, 404);
    private static final Set<Integer> NOT_FOUND = Set.of(404);
    private static final Set<Integer> TOO_LARGE = Set.of(400, 414, 431);
    private static final Set<Integer> METHOD_NOT_ALLOWED = Set.of(405);
    private static final Set<Integer> NOT_ACCEPTABLE = Set.of(406);

    /** Traces, server names, and lines from pom.xml, /etc/passwd, application.yml, keys and manifests. */
    private static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "java.", "jakarta.",
            "Tomcat", "Whitelabel", "HTTP Status", "<artifactId>", "root:x:0:0", "crisis-lines:", "spring.", "BEGIN",
            "Manifest-Version", "[core]", "<web-app");

    @LocalServerPort
    int port;

    @Autowired
    PublishedSite published;

    /** One hostile request: what it tries, how it is sent, and the answers that are clean. */
    record Hostile(String kind, String description, String method, String target, List<String> headers,
            Set<Integer> answers) {

        @Override
        public String toString() {
            return kind + ": " + description;
        }
    }

    private static Hostile get(String kind, String target, Set<Integer> answers) {
        return new Hostile(kind, target, "GET", target, List.of(), answers);
    }

    private static Hostile method(String method, String target) {
        return new Hostile("method", method + " " + target, method, target, List.of(), METHOD_NOT_ALLOWED);
    }

    private static Hostile withHeaders(String kind, String description, String method, String target,
            Set<Integer> answers, String... headers) {
        return new Hostile(kind, description, method, target, List.of(headers), answers);
    }

    Stream<Hostile> hostileRequests() {
        List<Hostile> requests = new ArrayList<>(List.of(
                // Path traversal in every spelling, and files that exist on the server but are not the site's.
                get("traversal", "/../pom.xml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/../../../../../../etc/passwd", REFUSED_OR_NOT_FOUND),
                get("traversal", "/%2e%2e/pom.xml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/%2e%2e%2fpom.xml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", REFUSED_OR_NOT_FOUND),
                get("traversal", "/%252e%252e/pom.xml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/%252e%252e%252fpom.xml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/..%5cpom.xml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/..\\pom.xml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/css\\..\\..\\application.yml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/articles/..%2F..%2Fpom.xml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/articles/%2e%2e/about", REFUSED_OR_NOT_FOUND),
                get("traversal", "/css/../../application.yml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/css/..%2F..%2Fapplication.yml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/css/%2e%2e/%2e%2e/application.yml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/favicon-x.svg/../..", REFUSED_OR_NOT_FOUND),
                get("traversal", "/favicon.svg/..%2f..%2fapplication.yml", REFUSED_OR_NOT_FOUND),
                get("traversal", "//etc/passwd", REFUSED_OR_NOT_FOUND),
                get("traversal", "/%u002e%u002e/pom.xml", REFUSED_OR_NOT_FOUND),
                get("traversal", "/..%c0%af..%c0%afetc/passwd", REFUSED_OR_NOT_FOUND),
                get("path parameter", "/about;jsessionid=0123456789ABCDEF", REFUSED_OR_NOT_FOUND),
                get("path parameter", "/about;..;/pom.xml", REFUSED_OR_NOT_FOUND),
                get("path parameter", "/css/;../../application.yml", REFUSED_OR_NOT_FOUND),
                get("path parameter", "/css/..;/..;/pom.xml", REFUSED_OR_NOT_FOUND),
                get("path parameter", "/actuator/health/..;/env", REFUSED_OR_NOT_FOUND),
                get("absolute URL", "http://evil.example/etc/passwd", REFUSED_OR_NOT_FOUND),
                get("absolute URL", "http://localhost/../pom.xml", REFUSED_OR_NOT_FOUND),
                get("absolute URL", "file:///etc/passwd", REFUSED_OR_NOT_FOUND),
                get("server file", "/pom.xml", NOT_FOUND),
                get("server file", "/application.yml", NOT_FOUND),
                get("server file", "/BOOT-INF/classes/application.yml", NOT_FOUND),
                get("server file", "/META-INF/MANIFEST.MF", NOT_FOUND),
                get("server file", "/WEB-INF/web.xml", NOT_FOUND),
                get("server file", "/org/ketamineinfo/KetamineInfoApplication.class", NOT_FOUND),
                get("server file", "/templates/home.html", NOT_FOUND),
                get("server file", "/static/css/site.css", NOT_FOUND),
                get("server file", "/content/sections.yml", NOT_FOUND),
                get("server file", "/.git/config", NOT_FOUND),
                get("server file", "/.env", NOT_FOUND),
                get("server file", "/actuator/env", NOT_FOUND),
                get("server file", "/actuator/heapdump", NOT_FOUND),
                // Null bytes, invalid UTF-8 and invalid percent-encoding.
                get("null byte", "/about%00", REFUSED),
                get("null byte", "/about%00.html", REFUSED),
                get("null byte", "/css/site.css%00.yml", REFUSED),
                get("null byte", "/about\u0000", REFUSED),
                get("invalid UTF-8", "/%c0%ae%c0%ae/pom.xml", REFUSED),
                get("invalid UTF-8", "/%ff", REFUSED),
                get("invalid UTF-8", "/articles/%e2%82", REFUSED),
                get("invalid UTF-8", "/\u00ff\u00fe", REFUSED),
                get("invalid percent-encoding", "/%zz", REFUSED),
                get("invalid percent-encoding", "/%", REFUSED),
                get("invalid percent-encoding", "/about%2", REFUSED),
                get("invalid percent-encoding", "/articles/%g1", REFUSED),
                // Overlong addresses and headers.
                get("overlong", "/" + "a/".repeat(5_000), TOO_LARGE),
                get("overlong", "/" + "a".repeat(10_000), TOO_LARGE),
                new Hostile("overlong", "a 7,000-character address (under the limit)", "GET", "/" + "x".repeat(7_000),
                        List.of(), NOT_FOUND),
                new Hostile("overlong", "a 20,000-character query", "GET", "/?q=" + "a".repeat(20_000), List.of(),
                        TOO_LARGE),
                withHeaders("huge headers", "a 9 kB header", "GET", "/about", TOO_LARGE,
                        "X-Filler: " + "a".repeat(9_000)),
                withHeaders("huge headers", "a 40 kB cookie", "GET", "/about", TOO_LARGE,
                        "Cookie: a=" + "b".repeat(40_000)),
                withHeaders("huge headers", "200 headers", "GET", "/about", TOO_LARGE,
                        IntStream.range(0, 200).mapToObj(i -> "X-H" + i + ": v").toArray(String[]::new)),
                // Methods a read-only site does not serve: 405 with Allow: GET, HEAD.
                method("PUT", "/about"),
                method("DELETE", "/about"),
                method("PATCH", "/about"),
                method("POST", "/about"),
                method("TRACE", "/about"),
                method("OPTIONS", "/about"),
                method("TRACE", "/"),
                method("PROPFIND", "/"),
                method("BREW", "/articles/what-is-ketamine-therapy"),
                method("OPTIONS", "/css/site.css"),
                method("DELETE", "/css/site.css"),
                method("POST", "/actuator/health"),
                method("PUT", "/no-such-page"),
                method("CONNECT", "localhost:80"),
                // Pages are HTML only.
                withHeaders("Accept", "application/json on /about", "GET", "/about", NOT_ACCEPTABLE,
                        "Accept: application/json"),
                withHeaders("Accept", "image/png on /", "GET", "/", NOT_ACCEPTABLE, "Accept: image/png"),
                withHeaders("Accept", "text/plain on /glossary", "GET", "/glossary", NOT_ACCEPTABLE,
                        "Accept: text/plain"),
                withHeaders("Accept", "application/xml on an article", "GET", "/articles/what-is-ketamine-therapy",
                        NOT_ACCEPTABLE, "Accept: application/xml"),
                // Broken protocol.
                withHeaders("protocol", "two Host headers", "GET", "/about", REFUSED, "Host: evil.example"),
                withHeaders("protocol", "an unknown transfer coding", "GET", "/about", REFUSED,
                        "Transfer-Encoding: rot13"),
                withHeaders("protocol", "a NUL in a header value", "GET", "/about", REFUSED, "X-Evil: a\u0000b"),
                withHeaders("protocol", "a header name with a space", "GET", "/about", REFUSED, "X Evil: 1")));
        for (String path : published.current().pages().keySet()) {
            requests.add(new Hostile("HEAD", path, "HEAD", path, List.of(), Set.of(200)));
        }
        return requests.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void getsACleanAnswer(Hostile hostile) throws Exception {
        RawHttp.Response response = new RawHttp(port).send(hostile.method(), hostile.target(),
                hostile.headers().toArray(String[]::new));

        assertThat(response.status()).as("status").isIn(hostile.answers());
        assertThat(response.body()).as("body").doesNotContain(LEAKS);
        assertThat(response.has("Server")).as("Server header").isFalse();
        assertThat(response.has("X-Powered-By")).as("X-Powered-By header").isFalse();
        assertThat(response.has("Set-Cookie")).as("Set-Cookie header").isFalse();
        assertThat(response.header("Content-Security-Policy")).as("security headers").isPresent();
        if (response.status() == 405) {
            assertThat(response.header("Allow")).hasValue("GET, HEAD");
        }
        if (hostile.method().equals("HEAD")) {
            assertThat(response.body()).as("HEAD body").isEmpty();
            assertThat(response.header("Content-Length")).as("HEAD Content-Length").isPresent();
        }
    }

    /**
     * A scanner must not flood the log: an operator reads it to find real trouble. Every hostile request
     * above, sent again and again (1,000 in all), may write at most a few lines between them.
     */
    @Test
    void aThousandHostileRequestsWriteFewerThanTenLogLines(CapturedOutput output) throws Exception {
        List<Hostile> requests = hostileRequests().filter(hostile -> !hostile.method().equals("HEAD")).toList();
        int before = output.getAll().length();
        for (int i = 0; i < 1000; i++) {
            Hostile hostile = requests.get(i % requests.size());
            new RawHttp(port).send(hostile.method(), hostile.target(), hostile.headers().toArray(String[]::new));
        }
        List<String> lines = output.getAll().substring(before).lines().filter(line -> !line.isBlank()).toList();

        assertThat(lines).as("log lines written by 1,000 hostile requests").hasSizeLessThan(10);
    }
}
