package org.ketamineinfo.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * One content file: its name for messages ({@code content/articles/x.md}) and its text. Between loads
 * a site keeps only the place and a digest of each article and page ({@link #forgetText}): their parses
 * are reused while the text is the same, and holding every file's text as well cost about 13 KB an article.
 */
final class SourceFile {

    private final String display;
    private final @Nullable String text;
    private final @Nullable Path file;
    /** SHA-256 of the text: tells a file saved again with the same text from an edited one. */
    private final byte[] digest;

    SourceFile(String display, String text) {
        this(display, text, null, digest(text));
    }

    private SourceFile(String display, @Nullable String text, @Nullable Path file, byte[] digest) {
        this.display = display;
        this.text = text;
        this.file = file;
        this.digest = digest;
    }

    String display() {
        return display;
    }

    /** The text as read, or read again from the file when only its place was kept. */
    String text() {
        if (text != null) {
            return text;
        }
        try {
            return ContentFiles.decode(java.util.Objects.requireNonNull(file, display));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + display + " again", e);
        }
    }

    /** The same file, to be read again from {@code file} if its text is ever needed. */
    SourceFile forgetText(Path file) {
        return new SourceFile(display, null, file, digest);
    }

    /** Whether the two hold the same text (as far as SHA-256 can tell). */
    boolean sameText(SourceFile other) {
        return MessageDigest.isEqual(digest, other.digest);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The file name without {@code .md}: the page's slug. */
    String slug() {
        return slugOf(display);
    }

    /** The slug of a file named as in messages ({@code content/articles/x.md} gives {@code x}). */
    static String slugOf(String display) {
        String name = display.substring(display.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) : name;
    }

    @Override
    public String toString() {
        return display;
    }
}
