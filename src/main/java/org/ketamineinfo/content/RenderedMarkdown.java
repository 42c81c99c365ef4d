package org.ketamineinfo.content;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A Markdown body rendered once: safe HTML, the contents list, the prose as plain text blocks
 * (paragraphs and list items, not headings or tables) for readability checks, and the text cut into
 * passages at its headings for search.
 *
 * <p>For the server, the HTML, the text blocks and the passages' text are kept deflated: a loaded site
 * holds one of these per article, and each is read only when a page is rendered, the search index built
 * or the content checked. Kept as strings they were about 26 KB an article; deflated, about a third of
 * that. The static export, which renders each page once and exits, keeps them as strings
 * ({@link #RenderedMarkdown(String, List, List, List, List, boolean)}).
 */
public final class RenderedMarkdown {

    /**
     * The HTML, then each passage's text, deflated together: the passages repeat the HTML's words, so
     * together they took 5.0 KB an article at 1,000 articles, apart 7.8 KB.
     */
    private final byte @Nullable [] htmlAndPassages;
    /** The same texts as strings, when they are not kept deflated. */
    private final @Nullable List<String> plain;
    private final List<Heading> headings;
    /** Kept only by a renderer for checks ({@link MarkdownRenderer#forChecks()}): the site never reads them. */
    private final byte @Nullable [] textBlocks;
    private final List<Link> links;
    /**
     * Each passage's heading anchor and heading text (null before the first heading); the passage's
     * text is in {@link #htmlAndPassages}. Two arrays rather than a record per passage (measured with the
     * search index's shared page records: 1.3 KB an article less together).
     */
    private final @Nullable String[] passageIds;
    private final @Nullable String[] passageHeadings;

    /** @param textBlocks the prose for reading checks, or null when they are not kept */
    public RenderedMarkdown(String html, List<Heading> headings, @Nullable List<String> textBlocks, List<Link> links,
            List<Passage> passages) {
        this(html, headings, textBlocks, links, passages, true);
    }

    /**
     * @param deflated whether the HTML and the passages' text are kept deflated (a server's memory) or as
     *     strings (the export: deflating and inflating them again was about 0.7 ms an article)
     */
    RenderedMarkdown(String html, List<Heading> headings, @Nullable List<String> textBlocks, List<Link> links,
            List<Passage> passages, boolean deflated) {
        List<String> texts = new ArrayList<>(passages.size() + 1);
        texts.add(html);
        passages.forEach(passage -> texts.add(passage.text()));
        this.htmlAndPassages = deflated ? pack(texts) : null;
        this.plain = deflated ? null : List.copyOf(texts);
        this.headings = List.copyOf(headings);
        this.textBlocks = textBlocks == null ? null : pack(textBlocks);
        this.links = List.copyOf(links);
        this.passageIds = passages.stream().map(Passage::headingId).toArray(String[]::new);
        this.passageHeadings = passages.stream().map(Passage::heading).toArray(String[]::new);
    }

    public String html() {
        return texts(1).get(0);
    }

    public List<Heading> headings() {
        return headings;
    }

    /** The prose, paragraph by paragraph, for reading checks; kept only by {@link MarkdownRenderer#forChecks()}. */
    public List<String> textBlocks() {
        if (textBlocks == null) {
            throw new IllegalStateException("Text blocks are kept only by MarkdownRenderer.forChecks()");
        }
        return unpack(textBlocks, Integer.MAX_VALUE);
    }

    public List<Link> links() {
        return links;
    }

    public List<Passage> passages() {
        List<String> texts = texts(Integer.MAX_VALUE);
        List<Passage> passages = new ArrayList<>(passageIds.length);
        for (int i = 0; i < passageIds.length; i++) {
            passages.add(new Passage(passageIds[i], passageHeadings[i], texts.get(i + 1)));
        }
        return List.copyOf(passages);
    }

    /** The text of passage {@code index} alone: reading stops there, and no other passage is built. */
    public String passageText(int index) {
        Objects.checkIndex(index, passageIds.length);
        return texts(index + 2).get(index + 1);
    }

    /** The HTML, then each passage's text: the first {@code limit} of them at least. */
    private List<String> texts(int limit) {
        return plain != null ? plain : unpack(Objects.requireNonNull(htmlAndPassages), limit);
    }

    /**
     * The text under one heading (or before the first), down to the next {@code ##} or {@code ###}.
     *
     * @param headingId the heading's anchor, or null for the text before the first heading
     */
    public record Passage(@Nullable String headingId, @Nullable String heading, String text) {
    }

    /** A link target as written, with the body line it is on (1-based). */
    public record Link(String url, int line) {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedMarkdown that
                && (plain == null && that.plain == null ? Arrays.equals(htmlAndPassages, that.htmlAndPassages)
                        : texts(Integer.MAX_VALUE).equals(that.texts(Integer.MAX_VALUE)))
                && headings.equals(that.headings) && Arrays.equals(textBlocks, that.textBlocks)
                && links.equals(that.links) && Arrays.equals(passageIds, that.passageIds)
                && Arrays.equals(passageHeadings, that.passageHeadings);
    }

    @Override
    public int hashCode() {
        // Not the texts: a deflated body and a plain one with the same texts are equal.
        return Objects.hash(headings, links, Arrays.hashCode(passageIds));
    }

    @Override
    public String toString() {
        return "RenderedMarkdown[" + headings.size() + " headings, " + links.size() + " links, "
                + passageIds.length + " passages]";
    }

    /**
     * Strings as UTF-8, each after its length, deflated (the same bytes every time). At zlib's default
     * level rather than the quickest: 4.5 KB an article instead of 5.1, for 0.2 ms more of loading each.
     */
    private static byte[] pack(List<String> texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        // Buffered: each length is four one-byte writes, and each write reaching the deflater is a native call.
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(bytes,
                deflater)))) {
            out.writeInt(texts.size());
            for (String text : texts) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The first {@code limit} strings of a packed list (reading stops there), or all of them. */
    private static List<String> unpack(byte[] packed, int limit) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(
                new ByteArrayInputStream(packed))))) {
            int count = Math.min(in.readInt(), limit);
            List<String> texts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                texts.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
            }
            return List.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("A rendered body's own packed text could not be read", e);
        }
    }
}
