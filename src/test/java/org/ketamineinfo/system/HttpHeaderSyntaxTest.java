package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The header grammar accepts what the RFCs allow a server to send and refuses the near misses. */
class HttpHeaderSyntaxTest {

    @Test
    void anImfFixdateParsesToTheInstantItNames() {
        assertThat(HttpHeaderSyntax.httpDate("Date", "Sun, 06 Nov 1994 08:49:37 GMT").toInstant())
                .isEqualTo(ZonedDateTime.of(1994, 11, 6, 8, 49, 37, 0, ZoneOffset.UTC).toInstant());
        assertThat(HttpHeaderSyntax.httpDate("Date", "Tue, 01 Dec 2026 17:22:28 GMT").getDayOfMonth()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sun, 6 Nov 1994 08:49:37 GMT", // one-digit day: RFC 1123 allows it, IMF-fixdate does not
        "Sun, 06 Nov 1994 08:49:37 UTC",
        "Sun, 06 Nov 1994 08:49:37 +0000",
        "Sunday, 06-Nov-94 08:49:37 GMT", // obsolete RFC 850 form
        "Sun Nov  6 08:49:37 1994", // obsolete asctime form
        "sun, 06 nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 8:49:37 GMT",
        "Mon, 06 Nov 1994 08:49:37 GMT", // 6 Nov 1994 was a Sunday
        "Wed, 31 Nov 1994 08:49:37 GMT", // no such day
        "Sun, 06 Nov 1994 24:49:37 GMT",
        "0",
        ""})
    void anythingButAnImfFixdateIsRefused(String value) {
        assertThatThrownBy(() -> HttpHeaderSyntax.httpDate("Last-Modified", value))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("Last-Modified ");
    }

    @Test
    void entityTagsAreQuotedAndMayBeWeak() {
        assertThat(HttpHeaderSyntax.entityTag("\"xyzzy\"")).isEqualTo(new HttpHeaderSyntax.EntityTag(false, "xyzzy"));
        assertThat(HttpHeaderSyntax.entityTag("W/\"xyzzy\"")).isEqualTo(new HttpHeaderSyntax.EntityTag(true, "xyzzy"));
        assertThat(HttpHeaderSyntax.entityTag("\"\"").opaque()).isEmpty();
        assertThat(HttpHeaderSyntax.entityTag("\"aB3_-gz\"").opaque()).isEqualTo("aB3_-gz");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xyzzy", "\"xyzzy", "'xyzzy'", "\"xy zzy\"", "\"xy\"zzy\"", "w/\"xyzzy\"", "W/ \"xyzzy\"",
        "\"xyzzy\" ", "\"a\", \"b\""})
    void anUnquotedOrMalformedEntityTagIsRefused(String value) {
        assertThatThrownBy(() -> HttpHeaderSyntax.entityTag(value)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("entity-tag");
    }

    @Test
    void cacheControlParsesIntoKnownDirectivesWithTheirArguments() {
        assertThat(HttpHeaderSyntax.cacheControl("public, max-age=300, stale-while-revalidate=3600")).containsExactly(
                new HttpHeaderSyntax.Directive("public", null), new HttpHeaderSyntax.Directive("max-age", "300"),
                new HttpHeaderSyntax.Directive("stale-while-revalidate", "3600"));
        assertThat(HttpHeaderSyntax.cacheControl("max-age=31536000,public,immutable")).hasSize(3);
        assertThat(HttpHeaderSyntax.cacheControl("no-cache, no-store, max-age=0, must-revalidate")).hasSize(4);
        assertThat(HttpHeaderSyntax.cacheControl("private=\"Set-Cookie, X-Editor\", No-Store"))
                .extracting(HttpHeaderSyntax.Directive::name).containsExactly("private", "no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "max-age=abc",
        "max-age=\"300\"", // a sender must use the token form
        "max-age",
        "max-age=-1",
        "stale-while-revalidate=1.5",
        "no-store=1",
        "public=\"yes\"",
        "immutable=true",
        "private=Set-Cookie", // a sender should quote the field names
        "no-cache=\"Set Cookie\"",
        "public, public",
        "public, max-age=60, Max-Age=60",
        "max-age = 60",
        "public max-age=60",
        "public;max-age=60",
        "public,, max-age=60",
        "public,",
        "",
        "max-stale=60", // a request directive
        "maxage=60"})
    void aMalformedUnknownOrRepeatedCacheControlDirectiveIsRefused(String value) {
        assertThatThrownBy(() -> HttpHeaderSyntax.cacheControl(value)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Cache-Control");
    }

    @Test
    void varyIsAListOfFieldNamesOrAStar() {
        assertThat(HttpHeaderSyntax.vary("Accept-Encoding")).containsExactly("Accept-Encoding");
        assertThat(HttpHeaderSyntax.vary("accept-encoding,Accept-Language ,  Origin")).hasSize(3);
        assertThat(HttpHeaderSyntax.vary("*")).containsExactly("*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Accept Encoding", "Accept-Encoding;q=1", "Accept-Encoding,", "",
        "\"Accept-Encoding\"", "Accept:Encoding"})
    void varyWithAnythingButFieldNamesIsRefused(String value) {
        assertThatThrownBy(() -> HttpHeaderSyntax.vary(value)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Vary");
    }

    @Test
    void contentTypeParsesWithItsParameters() {
        assertThat(HttpHeaderSyntax.contentType("text/html;charset=UTF-8").getCharset()).hasToString("UTF-8");
        assertThat(HttpHeaderSyntax.contentType("text/css; charset=\"utf-8\"").getSubtype()).isEqualTo("css");
        assertThat(HttpHeaderSyntax.contentType("application/atom+xml;charset=UTF-8").getSubtype())
                .isEqualTo("atom+xml");
        assertThat(HttpHeaderSyntax.contentType("image/svg+xml").getType()).isEqualTo("image");
        assertThat(HttpHeaderSyntax.contentType("application/vnd.spring-boot.actuator.v3+json").getParameters())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "text/html; charset", // a parameter needs a value
        "text/html; charset=",
        "text/html;", // a sender must not send empty parameters
        "text/html", // a text type says its charset
        "text/html; charset=UTF-8; charset=UTF-8",
        "text/html; charset=no-such-charset",
        "text/html; charset = UTF-8",
        "text/html, charset=UTF-8",
        "text html",
        "text/",
        "/html",
        "html",
        "text/html/x",
        "text/h tml; charset=UTF-8",
        ""})
    void aMalformedContentTypeIsRefused(String value) {
        assertThatThrownBy(() -> HttpHeaderSyntax.contentType(value)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Content-Type");
    }

    @Test
    void lengthsEncodingsLocationsAndRetriesParse() {
        assertThat(HttpHeaderSyntax.contentLength("0")).isZero();
        assertThat(HttpHeaderSyntax.contentLength("8192")).isEqualTo(8192);
        assertThat(HttpHeaderSyntax.contentEncoding("gzip")).containsExactly("gzip");
        assertThat(HttpHeaderSyntax.contentEncoding("gzip, br")).containsExactly("gzip", "br");
        assertThat(HttpHeaderSyntax.location("/articles/second-steps").getPath()).isEqualTo("/articles/second-steps");
        assertThat(HttpHeaderSyntax.location("https://ketamine.example/about?x=1#top").getHost())
                .isEqualTo("ketamine.example");
        assertThatCode(() -> HttpHeaderSyntax.retryAfter("60")).doesNotThrowAnyException();
        assertThatCode(() -> HttpHeaderSyntax.retryAfter("Sun, 06 Nov 1994 08:49:37 GMT")).doesNotThrowAnyException();
    }

    @Test
    void malformedLengthsEncodingsLocationsAndRetriesAreRefused() {
        for (String length : List.of("-1", "1.0", " 12", "12 ", "0x10", "12, 12", "", "99999999999999999999")) {
            assertThatThrownBy(() -> HttpHeaderSyntax.contentLength(length)).as(length)
                    .isInstanceOf(AssertionError.class).hasMessageStartingWith("Content-Length");
        }
        for (String coding : List.of("g zip", "gzip;q=1", "", "gzip,")) {
            assertThatThrownBy(() -> HttpHeaderSyntax.contentEncoding(coding)).as(coding)
                    .isInstanceOf(AssertionError.class).hasMessageStartingWith("Content-Encoding");
        }
        for (String location : List.of("/about us", "/a|b", "http://[bad", "/%zz")) {
            assertThatThrownBy(() -> HttpHeaderSyntax.location(location)).as(location)
                    .isInstanceOf(AssertionError.class).hasMessageStartingWith("Location");
        }
        for (String retry : List.of("-1", "soon", "1 minute")) {
            assertThatThrownBy(() -> HttpHeaderSyntax.retryAfter(retry)).as(retry)
                    .isInstanceOf(AssertionError.class).hasMessageStartingWith("Retry-After");
        }
    }

    @Test
    void fieldNamesAreTokensAndValuesCarryNoControlCharacters() {
        assertThatCode(() -> HttpHeaderSyntax.fieldName("X-Content-Type-Options")).doesNotThrowAnyException();
        assertThatCode(() -> HttpHeaderSyntax.fieldValue("X", "a\tb \u00e9 ~")).doesNotThrowAnyException();
        for (String name : List.of("X Evil", "X:Evil", "", "X\u00e9")) {
            assertThatThrownBy(() -> HttpHeaderSyntax.fieldName(name)).as(name).isInstanceOf(AssertionError.class);
        }
        for (String value : List.of("a\rb", "a\nb", "a\u0000b", "a\u001bb", "a\u007fb")) {
            assertThatThrownBy(() -> HttpHeaderSyntax.fieldValue("X-Evil", value)).as(value)
                    .isInstanceOf(AssertionError.class).hasMessageContaining("control character");
        }
    }

    @Test
    void aWellFormedResponsePassesEveryRule() {
        assertThatCode(() -> HttpHeaderSyntax.response(Map.of(
                "date", List.of("Tue, 01 Dec 2026 17:22:28 GMT"),
                "last-modified", List.of("Tue, 01 Dec 2026 17:22:28 GMT"),
                "etag", List.of("\"abc-gz\""),
                "cache-control", List.of("public, max-age=300", "stale-while-revalidate=3600"),
                "vary", List.of("Accept-Encoding"),
                "content-encoding", List.of("gzip"),
                "content-type", List.of("text/html;charset=UTF-8"),
                "content-length", List.of("1234"),
                "allow", List.of("GET, HEAD")))).doesNotThrowAnyException();
    }

    @Test
    void aResponseIsRefusedForAnyBadFieldOrFieldsThatDisagree() {
        String date = "Tue, 01 Dec 2026 17:22:28 GMT";
        assertThatThrownBy(() -> HttpHeaderSyntax.response(Map.of("date", List.of(date),
                "last-modified", List.of("Tue, 01 Dec 2026 17:22:29 GMT"))))
                .hasMessageContaining("Last-Modified is in the future of Date");
        assertThatThrownBy(() -> HttpHeaderSyntax.response(Map.of("content-encoding", List.of("gzip"))))
                .hasMessageContaining("Vary must name Accept-Encoding");
        assertThatThrownBy(() -> HttpHeaderSyntax.response(Map.of("content-encoding", List.of("gzip"),
                "vary", List.of("Accept-Language")))).hasMessageContaining("Vary must name Accept-Encoding");
        assertThatThrownBy(() -> HttpHeaderSyntax.response(Map.of("content-type",
                List.of("text/html;charset=UTF-8", "text/html;charset=UTF-8")))).hasMessageContaining("sent 2 times");
        assertThatThrownBy(() -> HttpHeaderSyntax.response(Map.of("cache-control", List.of("public", "public"))))
                .hasMessageContaining("public twice");
        assertThatThrownBy(() -> HttpHeaderSyntax.response(Map.of("expires", List.of("0"))))
                .hasMessageStartingWith("Expires");
        assertThatThrownBy(() -> HttpHeaderSyntax.response(Map.of("x-evil", List.of("a\nSet-Cookie: b"))))
                .hasMessageContaining("control character U+000A");
        assertThatThrownBy(() -> HttpHeaderSyntax.response(Map.of("allow", List.of("GET HEAD"))))
                .hasMessageStartingWith("allow");
        assertThatThrownBy(() -> HttpHeaderSyntax.response(Map.of("etag", List.of("abc"))))
                .hasMessageStartingWith("ETag");
    }
}
