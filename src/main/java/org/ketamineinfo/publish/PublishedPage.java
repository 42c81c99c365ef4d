package org.ketamineinfo.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One page ready to send: its bytes and a gzip copy made once, strong ETags (a hash of the bytes, one
 * per encoding, since they are different representations) and the header values pre-formatted, so
 * serving it allocates almost nothing.
 */
public record PublishedPage(
        String path,
        int status,
        String contentType,
        byte[] identity,
        byte[] gzip,
        String etag,
        String gzipEtag,
        Instant lastModified,
        String lastModifiedHeader,
        String cacheControl) {

    /**
     * IMF-fixdate (RFC 9110 §5.6.7), the only date form a server may send. Not RFC_1123_DATE_TIME, which
     * writes the first nine days of a month with one digit ({@code Sun, 6 Nov 1994}).
     */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public static PublishedPage of(String path, int status, String contentType, byte[] identity, Instant lastModified,
            String cacheControl) {
        String hash = hash(identity);
        Instant seconds = lastModified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return new PublishedPage(path, status, contentType, identity, gzip(identity), "\"" + hash + "\"",
                "\"" + hash + "-gz\"", seconds, HTTP_DATE.format(seconds), cacheControl);
    }

    /** The same page with another modification time (kept when a reload leaves its bytes unchanged). */
    public PublishedPage withLastModified(Instant when) {
        return new PublishedPage(path, status, contentType, identity, gzip, etag, gzipEtag, when,
                HTTP_DATE.format(when), cacheControl);
    }

    static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
