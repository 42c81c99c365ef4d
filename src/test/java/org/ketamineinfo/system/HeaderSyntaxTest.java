package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineinfo.publish.Assets;
import org.ketamineinfo.publish.PublishedPage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of response the site sends, over real HTTP and read off the wire byte for byte, carries
 * headers that parse by the grammar of RFC 9110 and RFC 9111 ({@link HttpHeaderSyntax}): dates, ETags,
 * Cache-Control, Vary, Content-Type, lengths, encodings and redirect targets. Most kinds come from the
 * "good" fixture, which has an old address to redirect; the prepare tool and the feedback answers come
 * from the bundled content, which has the prepare questions.
 */
class HeaderSyntaxTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String GZIP = "Accept-Encoding: gzip";
    /** What a page from memory always says about itself. */
    private static final String[] PAGE_HEADERS = {"Date", "ETag", "Last-Modified", "Cache-Control", "Vary",
        "Content-Type", "Content-Length"};

    /**
     * A kind of response: the request that produces it, the status that proves it is that kind, and the
     * headers it must carry, so that a kind cannot pass by sending none of what is checked.
     */
    record Kind(String name, String method, String target, List<String> headers, @Nullable String body, int status,
            List<String> carries) {

        static Kind get(String name, String target, int status) {
            return new Kind(name, "GET", target, List.of(), null, status, List.of("Date"));
        }

        static Kind post(String name, String target, String body, int status) {
            return post(name, target, FORM, body, status);
        }

        static Kind post(String name, String target, String contentType, String body, int status) {
            return new Kind(name, "POST", target, List.of("Content-Type: " + contentType), body, status,
                    List.of("Date"));
        }

        Kind method(String other) {
            return new Kind(name, other, target, headers, body, status, carries);
        }

        Kind with(String... headerLines) {
            List<String> more = new ArrayList<>(headers);
            more.addAll(List.of(headerLines));
            return new Kind(name, method, target, more, body, status, carries);
        }

        Kind carrying(String... names) {
            List<String> more = new ArrayList<>(carries);
            more.addAll(List.of(names));
            return new Kind(name, method, target, headers, body, status, more);
        }

        RawHttp.Response send(int port) throws IOException {
            if (body == null) {
                return new RawHttp(port).send(method, target, headers.toArray(String[]::new));
            }
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(port).append("\r\n");
            headers.forEach(line -> request.append(line).append("\r\n"));
            return new RawHttp(port).exchange(request.append("Content-Length: ")
                    .append(body.getBytes(StandardCharsets.US_ASCII).length)
                    .append("\r\nConnection: close\r\n\r\n").append(body).toString());
        }

        @Override
        public String toString() {
            return name + " (" + status + ")";
        }
    }

    static RawHttp.Response checked(int port, Kind kind) throws IOException {
        RawHttp.Response response = kind.send(port);

        assertThat(response.status()).as("status of " + kind).isEqualTo(kind.status());
        for (String name : kind.carries()) {
            assertThat(response.has(name)).as(kind + " carries " + name).isTrue();
        }
        try {
            HttpHeaderSyntax.response(response.headers());
        } catch (AssertionError e) {
            throw new AssertionError(kind + ": " + e.getMessage() + "\nall headers: " + response.headers(), e);
        }
        return response;
    }

    private static String header(RawHttp.Response response, String name) {
        return response.header(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    /**
     * Pages are dated by when the content was loaded, and the first nine days of every month used to
     * get a one-digit day ({@code RFC_1123_DATE_TIME} formats {@code Sun, 6 Nov 1994}), which is not an
     * IMF-fixdate. Checked here on such a day, as the site's own clock only gives one some days.
     */
    @Test
    void aPageLoadedOnASingleDigitDayIsDatedWithATwoDigitDay() {
        Instant sunday = Instant.parse("1994-11-06T08:49:37.250Z");
        PublishedPage page = PublishedPage.of("/about", 200, "text/html;charset=UTF-8", new byte[] {'x'}, sunday,
                "public, max-age=300");

        ZonedDateTime lastModified = HttpHeaderSyntax.httpDate("Last-Modified", page.lastModifiedHeader());
        assertThat(lastModified.toInstant()).isEqualTo(Instant.parse("1994-11-06T08:49:37Z"));
        assertThat(HttpHeaderSyntax.httpDate("Last-Modified",
                page.withLastModified(Instant.parse("2026-12-01T00:00:00Z")).lastModifiedHeader()).getDayOfMonth())
                .isEqualTo(1);
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "site.content.location=src/test/resources/fixtures/good")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheFixtureSite {

        private static final String ARTICLE = "/articles/first-steps";

        @LocalServerPort
        int port;

        Stream<Kind> everyKindOfResponse() throws IOException {
            RawHttp.Response article = new RawHttp(port).send("GET", ARTICLE);
            RawHttp.Response gzipped = new RawHttp(port).send("GET", ARTICLE, GZIP);
            Assets assets = Assets.fromClasspath();
            String tooLarge = "page=/about&helpful=yes&pad=" + "x".repeat(RequestGuardFilter.MAX_FORM_BYTES);
            return Stream.of(
                    Kind.get("article", ARTICLE, 200).carrying(PAGE_HEADERS),
                    Kind.get("article, gzip", ARTICLE, 200).with(GZIP).carrying(PAGE_HEADERS)
                            .carrying("Content-Encoding"),
                    Kind.get("HEAD of an article", ARTICLE, 200).method("HEAD").carrying(PAGE_HEADERS),
                    Kind.get("article not modified (If-None-Match)", ARTICLE, 304)
                            .with("If-None-Match: " + header(article, "ETag")).carrying("ETag", "Cache-Control"),
                    Kind.get("gzip article not modified (If-None-Match)", ARTICLE, 304)
                            .with(GZIP, "If-None-Match: " + header(gzipped, "ETag")).carrying("ETag", "Vary"),
                    Kind.get("article not modified (If-Modified-Since)", ARTICLE, 304)
                            .with("If-Modified-Since: " + header(article, "Last-Modified"))
                            .carrying("ETag", "Last-Modified"),
                    Kind.get("stylesheet", assets.css(), 200).carrying("Cache-Control", "Content-Type",
                            "Content-Length"),
                    Kind.get("stylesheet, gzip", assets.css(), 200).with(GZIP).carrying("Cache-Control",
                            "Content-Type", "Content-Encoding", "Vary"),
                    Kind.get("favicon", assets.favicon(), 200).carrying("Cache-Control", "Content-Type"),
                    Kind.get("sitemap", "/sitemap.xml", 200).carrying(PAGE_HEADERS),
                    Kind.get("robots.txt", "/robots.txt", 200).carrying(PAGE_HEADERS),
                    Kind.get("Atom feed", "/feed.xml", 200).with(GZIP).carrying(PAGE_HEADERS),
                    Kind.get("search results", "/search?q=steps", 200).carrying("Cache-Control", "Content-Type"),
                    Kind.get("search results, gzip", "/search?q=steps", 200).with(GZIP)
                            .carrying("Content-Encoding", "Vary"),
                    Kind.get("page not found", "/no-such-page", 404).carrying(PAGE_HEADERS),
                    Kind.get("page not found, gzip", "/articles/no-such-article", 404).with(GZIP)
                            .carrying("Content-Encoding"),
                    Kind.get("redirect from an old address", "/about-us", 301).carrying("Location", "Cache-Control"),
                    Kind.get("redirect from an address variant", "/about/", 301).carrying("Location"),
                    Kind.get("path parameter refused by the site", "/about;jsessionid=1", 400)
                            .carrying("Cache-Control", "Content-Type"),
                    Kind.get("method refused by the site", "/about", 405).method("PUT").carrying("Allow"),
                    Kind.get("TRACE refused by Tomcat", "/about", 405).method("TRACE").carrying("Allow"),
                    Kind.get("form post without a length", "/feedback", 411).method("POST"),
                    Kind.post("form post too large", "/feedback", tooLarge, 413).carrying("Content-Type"),
                    Kind.post("form post not a form", "/feedback", "application/json", "{}", 415)
                            .carrying("Content-Type"),
                    Kind.post("form post that does not decode", "/feedback", "page=%zz&helpful=yes", 400)
                            .carrying("Content-Type"),
                    Kind.get("malformed address refused by Tomcat", "/%zz", 400).carrying("Cache-Control",
                            "Content-Type"),
                    Kind.get("not acceptable", ARTICLE, 406).with("Accept: application/json")
                            .carrying("Content-Type"),
                    Kind.get("health", "/actuator/health", 200).carrying("Content-Type"),
                    Kind.get("editors' area without an editor account", "/editors/feedback", 404)
                            .carrying("Content-Type"),
                    Kind.get("editors' CSV without an editor account", "/editors/feedback.csv", 404)
                            .carrying("Content-Type"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("everyKindOfResponse")
        void everyHeaderParses(Kind kind) throws IOException {
            checked(port, kind);
        }

        @Test
        void aNotModifiedAnswerCarriesTheValidatorsOfTheRepresentationItRevalidates() throws IOException {
            for (String[] encoding : new String[][] {{}, {GZIP}}) {
                RawHttp.Response page = checked(port, Kind.get("article", ARTICLE, 200).with(encoding));
                HttpHeaderSyntax.EntityTag etag = HttpHeaderSyntax.entityTag(header(page, "ETag"));
                ZonedDateTime lastModified = HttpHeaderSyntax.httpDate("Last-Modified", header(page, "Last-Modified"));

                for (String condition : List.of("If-None-Match: " + header(page, "ETag"),
                        "If-Modified-Since: " + header(page, "Last-Modified"))) {
                    RawHttp.Response again = checked(port, Kind.get("revalidation", ARTICLE, 304).with(encoding)
                            .with(condition));

                    assertThat(HttpHeaderSyntax.entityTag(header(again, "ETag"))).as(condition).isEqualTo(etag);
                    assertThat(HttpHeaderSyntax.httpDate("Last-Modified", header(again, "Last-Modified")))
                            .as(condition).isEqualTo(lastModified);
                    assertThat(again.body()).isEmpty();
                }
                assertThat(etag.weak()).as("a page's bytes are known exactly: a strong validator").isFalse();
            }
        }

        @Test
        void aPageIsNotDatedAfterTheResponseThatCarriesIt() throws IOException {
            RawHttp.Response page = checked(port, Kind.get("article", ARTICLE, 200));

            assertThat(HttpHeaderSyntax.httpDate("Last-Modified", header(page, "Last-Modified")))
                    .isBeforeOrEqualTo(HttpHeaderSyntax.httpDate("Date", header(page, "Date")));
        }

        @Test
        void compressedResponsesVaryOnAcceptEncoding() throws IOException {
            for (String target : List.of(ARTICLE, "/search?q=steps", Assets.fromClasspath().css())) {
                RawHttp.Response response = checked(port, Kind.get(target, target, 200).with(GZIP));

                assertThat(HttpHeaderSyntax.contentEncoding(header(response, "Content-Encoding"))).as(target)
                        .containsExactly("gzip");
                assertThat(HttpHeaderSyntax.vary(String.join(", ", response.headers().get("vary")))).as(target)
                        .anyMatch(field -> field.equalsIgnoreCase("Accept-Encoding"));
            }
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "site.feedback.posts-per-minute=1000")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheBundledContent {

        private static final String ANSWER = "page=/about&helpful=yes";

        @LocalServerPort
        int port;

        Stream<Kind> everyKindOfFormAnswer() throws Exception {
            awaitFeedbackDatabase();
            return Stream.of(
                    Kind.get("prepare form", "/prepare", 200).carrying(PAGE_HEADERS),
                    Kind.get("prepare form, gzip", "/prepare", 200).with(GZIP).carrying("Content-Encoding", "Vary"),
                    Kind.get("redirect from the prepare form's variant", "/prepare/", 301).carrying("Location"),
                    Kind.post("prepare list", "/prepare", "heart-and-blood-vessels=yes&paying=myself", 200)
                            .carrying("Cache-Control", "Content-Type"),
                    Kind.post("prepare list, gzip", "/prepare", "heart-and-blood-vessels=yes", 200).with(GZIP)
                            .carrying("Cache-Control", "Content-Encoding", "Vary"),
                    Kind.post("prepare form with nothing chosen", "/prepare", "", 200).carrying("Cache-Control"),
                    Kind.post("prepare form refused", "/prepare", "no-such-question=yes", 400)
                            .carrying("Cache-Control"),
                    Kind.post("feedback answer", "/feedback", ANSWER, 200).carrying("Cache-Control", "Content-Type"),
                    Kind.post("feedback comment", "/feedback/comment", ANSWER + "&comment=Clear", 200)
                            .carrying("Cache-Control", "Content-Type"),
                    Kind.post("feedback refused", "/feedback", "page=/no-such-page&helpful=yes", 400)
                            .carrying("Cache-Control", "Content-Type"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("everyKindOfFormAnswer")
        void everyHeaderParses(Kind kind) throws IOException {
            checked(port, kind);
        }

        /** Feedback answers 503 until its schema is migrated, in the background after start-up. */
        private void awaitFeedbackDatabase() throws Exception {
            Kind answer = Kind.post("feedback answer", "/feedback", ANSWER, 200);
            for (int i = 0; i < 100 && answer.send(port).status() == 503; i++) {
                Thread.sleep(100);
            }
        }
    }
}
