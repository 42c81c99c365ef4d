package org.ketamineinfo.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.InvalidMimeTypeException;

/**
 * The grammar of the response headers the site sends (RFC 9110, and RFC 9111 for Cache-Control), as
 * parsers that throw an {@link AssertionError} naming the header, the rule and the value. Strict for a
 * sender: where the RFCs ask recipients to be lenient (a one-digit day, {@code max-age="5"}, empty list
 * elements), a server must still not generate it.
 */
final class HttpHeaderSyntax {

    /** token = 1*tchar (RFC 9110 §5.6.2). */
    static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    /** quoted-string with qdtext and quoted-pair; obs-text is %x80-FF (RFC 9110 §5.6.4). */
    static final String QUOTED_STRING = "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E\\x80-\\xFF]|\\\\[\\t \\x21-\\x7E\\x80-\\xFF])*\"";

    private static final Pattern TOKEN_ONLY = Pattern.compile(TOKEN);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[ \\t]*,[ \\t]*");
    /** IMF-fixdate (RFC 9110 §5.6.7): the one date form a sender may generate. */
    private static final Pattern IMF_FIXDATE = Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} "
            + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT");
    /** Strict, so that 31 Nov is refused rather than moved to 30 Nov, and the day name must fit the date. */
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME
            .withResolverStyle(ResolverStyle.STRICT);
    /** entity-tag = [ W/ ] DQUOTE *etagc DQUOTE; etagc = %x21 / %x23-7E / obs-text (RFC 9110 §8.8.3). */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"");
    private static final Pattern CACHE_DIRECTIVE = Pattern.compile("(" + TOKEN + ")(?:=(" + TOKEN + "|" + QUOTED_STRING
            + "))?");
    /** media-type = type "/" subtype parameters, each parameter name "=" ( token / quoted-string ). */
    private static final Pattern MEDIA_TYPE = Pattern.compile("(" + TOKEN + ")/(" + TOKEN + ")((?:[ \\t]*;[ \\t]*"
            + TOKEN + "=(?:" + TOKEN + "|" + QUOTED_STRING + "))*)");
    private static final Pattern PARAMETER = Pattern.compile("[ \\t]*;[ \\t]*(" + TOKEN + ")=(" + TOKEN + "|"
            + QUOTED_STRING + ")");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    /** How a Cache-Control response directive takes its argument (RFC 9111 §5.2.2, RFC 5861, RFC 8246). */
    private enum Argument {
        /** No "=" at all. */
        NONE,
        /** {@code =1*DIGIT}, token form only: "a sender MUST NOT generate the quoted-string form". */
        DELTA_SECONDS,
        /** Bare, or a quoted list of field names: "a sender SHOULD NOT generate the token form". */
        OPTIONAL_FIELD_NAMES
    }

    private static final Map<String, Argument> RESPONSE_DIRECTIVES = Map.ofEntries(
            Map.entry("max-age", Argument.DELTA_SECONDS),
            Map.entry("s-maxage", Argument.DELTA_SECONDS),
            Map.entry("stale-while-revalidate", Argument.DELTA_SECONDS),
            Map.entry("stale-if-error", Argument.DELTA_SECONDS),
            Map.entry("no-cache", Argument.OPTIONAL_FIELD_NAMES),
            Map.entry("private", Argument.OPTIONAL_FIELD_NAMES),
            Map.entry("no-store", Argument.NONE),
            Map.entry("public", Argument.NONE),
            Map.entry("immutable", Argument.NONE),
            Map.entry("must-revalidate", Argument.NONE),
            Map.entry("proxy-revalidate", Argument.NONE),
            Map.entry("must-understand", Argument.NONE),
            Map.entry("no-transform", Argument.NONE));

    /** Fields defined with a single value: a second line of one is a bug, not a list. */
    private static final Set<String> SINGLE_VALUED = Set.of("date", "last-modified", "expires", "etag",
            "content-type", "content-length", "location", "retry-after");

    private HttpHeaderSyntax() {
    }

    /** A parsed ETag: weak or strong, and the opaque tag between the quotes. */
    record EntityTag(boolean weak, String opaque) {
    }

    /** One Cache-Control directive, its name in lower case and its argument as sent (null when bare). */
    record Directive(String name, @Nullable String argument) {
    }

    /**
     * Checks every header of a response: names are tokens, values hold no control characters, single
     * fields come once, each field the site sets parses by its grammar, and the fields agree (Last-Modified
     * is not after Date; an encoded body varies on Accept-Encoding).
     *
     * @param headers field names (any case) and every value sent for each, in order
     */
    static void response(Map<String, List<String>> headers) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            fieldName(name);
            values.forEach(value -> fieldValue(name, value));
            fields.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values);
        });
        fields.forEach((name, values) -> {
            if (SINGLE_VALUED.contains(name) && values.size() > 1) {
                throw fail(name, "is a single field but was sent " + values.size() + " times", String.join(" | ", values));
            }
        });
        String date = single(fields, "date");
        String lastModified = single(fields, "last-modified");
        ZonedDateTime sent = date == null ? null : httpDate("Date", date);
        ZonedDateTime modified = lastModified == null ? null : httpDate("Last-Modified", lastModified);
        if (single(fields, "expires") != null) {
            httpDate("Expires", single(fields, "expires"));
        }
        if (sent != null && modified != null && modified.isAfter(sent)) {
            throw fail("Last-Modified", "is in the future of Date (" + date + ")", lastModified);
        }
        if (single(fields, "etag") != null) {
            entityTag(single(fields, "etag"));
        }
        if (fields.containsKey("cache-control")) {
            cacheControl(String.join(", ", fields.get("cache-control")));
        }
        List<String> vary = fields.containsKey("vary") ? vary(String.join(", ", fields.get("vary"))) : List.of();
        if (single(fields, "content-type") != null) {
            contentType(single(fields, "content-type"));
        }
        if (single(fields, "content-length") != null) {
            contentLength(single(fields, "content-length"));
        }
        if (fields.containsKey("content-encoding")) {
            List<String> codings = contentEncoding(String.join(", ", fields.get("content-encoding")));
            boolean encoded = codings.stream().anyMatch(coding -> !coding.equalsIgnoreCase("identity"));
            if (encoded && vary.stream().noneMatch(f -> f.equals("*") || f.equalsIgnoreCase("Accept-Encoding"))) {
                throw fail("Vary", "must name Accept-Encoding on a response sent with Content-Encoding "
                        + codings, String.join(", ", vary));
            }
        }
        if (single(fields, "location") != null) {
            location(single(fields, "location"));
        }
        if (single(fields, "retry-after") != null) {
            retryAfter(single(fields, "retry-after"));
        }
        for (String list : List.of("allow", "connection", "transfer-encoding")) {
            if (fields.containsKey(list)) {
                tokens(list, String.join(", ", fields.get(list)));
            }
        }
    }

    /** field-name = token (RFC 9110 §5.1). */
    static void fieldName(String name) {
        if (!TOKEN_ONLY.matcher(name).matches()) {
            throw fail(name, "is not a field name (a token)", name);
        }
    }

    /** A field value holds visible characters, obs-text, spaces and tabs: never CR, LF, NUL or another control. */
    static void fieldValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF || (c < 0x20 && c != '\t') || c == 0x7F) {
                throw fail(name, String.format("has control character U+%04X at position %d", (int) c, i), value);
            }
        }
    }

    /** IMF-fixdate exactly, e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}: two-digit day, GMT, a real date. */
    static ZonedDateTime httpDate(String name, String value) {
        if (!IMF_FIXDATE.matcher(value).matches()) {
            throw fail(name, "is not an IMF-fixdate like \"Sun, 06 Nov 1994 08:49:37 GMT\" (RFC 9110 §5.6.7)", value);
        }
        try {
            return RFC_1123.parse(value, ZonedDateTime::from);
        } catch (DateTimeException e) {
            throw fail(name, "is not a real date (" + e.getMessage() + ")", value);
        }
    }

    /** entity-tag (RFC 9110 §8.8.3): optional W/, then a quoted opaque tag without DQUOTE or spaces. */
    static EntityTag entityTag(String value) {
        Matcher tag = ENTITY_TAG.matcher(value);
        if (!tag.matches()) {
            throw fail("ETag", "is not an entity-tag: [W/]\"opaque\" with no spaces or quotes inside", value);
        }
        return new EntityTag(tag.group(1) != null, tag.group(2));
    }

    /**
     * Cache-Control (RFC 9111 §5.2): a list of {@code token [ "=" ( token / quoted-string ) ]}, each a
     * known response directive with its argument in the form the RFC asks a sender for, none twice.
     */
    static List<Directive> cacheControl(String value) {
        List<Directive> directives = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Matcher directive : list("Cache-Control", value, CACHE_DIRECTIVE, "a directive")) {
            String name = directive.group(1).toLowerCase(Locale.ROOT);
            String argument = directive.group(2);
            Argument form = RESPONSE_DIRECTIVES.get(name);
            if (form == null) {
                throw fail("Cache-Control", "has " + name + ", which is not a response directive "
                        + RESPONSE_DIRECTIVES.keySet().stream().sorted().toList(), value);
            }
            if (!seen.add(name)) {
                throw fail("Cache-Control", "has " + name + " twice", value);
            }
            if (form == Argument.NONE && argument != null) {
                throw fail("Cache-Control", name + " takes no argument, but has =" + argument, value);
            }
            if (form == Argument.DELTA_SECONDS && (argument == null || !DIGITS.matcher(argument).matches())) {
                throw fail("Cache-Control", name + " takes delta-seconds (=digits, unquoted), not "
                        + (argument == null ? "nothing" : "=" + argument), value);
            }
            if (form == Argument.OPTIONAL_FIELD_NAMES && argument != null) {
                if (!argument.startsWith("\"")) {
                    throw fail("Cache-Control", name + " takes its field names quoted, not =" + argument, value);
                }
                tokens("Cache-Control " + name, unquote(argument));
            }
            directives.add(new Directive(name, argument));
        }
        return directives;
    }

    /** Vary = #( "*" / field-name ) (RFC 9110 §12.5.5): "*" and field names are both tokens. */
    static List<String> vary(String value) {
        return tokens("Vary", value);
    }

    /**
     * Content-Type (RFC 9110 §8.3.1): type "/" subtype, then {@code ; name=value} parameters, none twice;
     * a text type says its charset, and the charset is one Java knows. Spring's parser must agree.
     */
    static MediaType contentType(String value) {
        Matcher type = MEDIA_TYPE.matcher(value);
        if (!type.matches()) {
            throw fail("Content-Type", "is not type/subtype followed by ;name=value parameters", value);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher parameter = PARAMETER.matcher(type.group(3));
        while (parameter.find()) {
            String name = parameter.group(1).toLowerCase(Locale.ROOT);
            if (parameters.put(name, unquote(parameter.group(2))) != null) {
                throw fail("Content-Type", "has the parameter " + name + " twice", value);
            }
        }
        String charset = parameters.get("charset");
        if (type.group(1).equalsIgnoreCase("text") && charset == null) {
            throw fail("Content-Type", "is a text type without a charset parameter", value);
        }
        try {
            if (charset != null && !Charset.isSupported(charset)) {
                throw fail("Content-Type", "names an unknown charset " + charset, value);
            }
        } catch (IllegalCharsetNameException e) {
            throw fail("Content-Type", "has an illegal charset name " + charset, value);
        }
        try {
            return MediaType.parseMediaType(value);
        } catch (InvalidMimeTypeException e) {
            throw fail("Content-Type", "is refused by Spring's parser (" + e.getMessage() + ")", value);
        }
    }

    /** Content-Length = 1*DIGIT (RFC 9110 §8.6). */
    static long contentLength(String value) {
        if (!DIGITS.matcher(value).matches()) {
            throw fail("Content-Length", "is not digits only", value);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw fail("Content-Length", "is too large to be a length", value);
        }
    }

    /** Content-Encoding = #content-coding, each a token (RFC 9110 §8.4). */
    static List<String> contentEncoding(String value) {
        return tokens("Content-Encoding", value);
    }

    /** Location = URI-reference (RFC 9110 §10.2.2). */
    static URI location(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw fail("Location", "is not a URI-reference (" + e.getMessage() + ")", value);
        }
    }

    /** Retry-After = HTTP-date / delta-seconds (RFC 9110 §10.2.3). */
    static void retryAfter(String value) {
        if (!DIGITS.matcher(value).matches()) {
            httpDate("Retry-After", value);
        }
    }

    /** A non-empty comma-separated list of tokens, with optional whitespace around the commas. */
    static List<String> tokens(String name, String value) {
        return list(name, value, TOKEN_ONLY, "a token").stream().map(Matcher::group).toList();
    }

    /**
     * Splits {@code 1#element} (RFC 9110 §5.6.1) by matching each element whole before looking for the
     * comma after it, so a comma inside a quoted-string is not taken for a separator. A sender must not
     * generate empty elements, so none are accepted.
     */
    private static List<Matcher> list(String name, String value, Pattern element, String what) {
        List<Matcher> elements = new ArrayList<>();
        int at = 0;
        while (true) {
            Matcher next = element.matcher(value).region(at, value.length());
            if (!next.lookingAt()) {
                throw fail(name, "needs " + what + " at position " + at, value);
            }
            elements.add(next);
            at = next.end();
            if (at == value.length()) {
                return elements;
            }
            Matcher comma = LIST_SEPARATOR.matcher(value).region(at, value.length());
            if (!comma.lookingAt()) {
                throw fail(name, "needs a comma between list elements at position " + at, value);
            }
            at = comma.end();
        }
    }

    private static String unquote(String value) {
        if (!value.startsWith("\"")) {
            return value;
        }
        return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
    }

    private static @Nullable String single(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static AssertionError fail(String name, String why, String value) {
        return new AssertionError(name + " " + why + ": <" + value + ">");
    }
}
