package org.ketamineinfo.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Links the first use of each glossary term (or alias) in a body to its entry, on the Markdown tree:
 * a text node is split around the term, so headings, links and code are never touched and nothing
 * already rendered is patched. Matching ignores case and needs whole words, and the longest name
 * wins, so "ketamine cystitis" links to its own entry rather than to "ketamine".
 *
 * <p>Only a use inside a sentence is linked. A term that is the whole of a list item or table cell is
 * a label, and a link there would be a small tap target on its own; a later use in a sentence is
 * linked instead.
 */
final class GlossaryLinker {

    /** Links nothing: for pages, and for bodies rendered without a glossary. */
    static final GlossaryLinker NONE = new GlossaryLinker(List.of(), Language.EN);

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private record Name(String text, String slug) {
    }

    /**
     * Names by their first word (up to the first character that is not part of a word), lower-cased,
     * longest first: each word of the text is looked up once, instead of compared with every name that
     * starts with its letter (that comparison was a tenth of loading an article).
     */
    private final Map<String, List<Name>> namesByFirstWord;
    /** The names' first characters, lower-cased: most words start with none of them and are not looked up. */
    private final String firstCharacters;
    /**
     * For each of {@link #firstCharacters}, the lengths of the names' first words that start with it, one
     * bit each (31 for 31 and longer): a word of another length is not looked up. Only a word of the same
     * length can match, as names are compared character by character.
     */
    private final int[] firstWordLengths;
    /**
     * The first two characters of the names' first words, lower-cased, as {@link #pair} numbers: "the" is
     * not looked up when no name starts with "th" (the lookups were a twentieth of loading an article).
     * Characters past U+00FF are not recorded, and a word that has one is always looked up.
     */
    private final BitSet firstPairs = new BitSet(1 << 16);

    /** The edition's glossary address with {@code #}: {@code /glossary#} or {@code /es/glosario#}. */
    private final String glossaryAnchor;
    private final Language language;

    GlossaryLinker(List<GlossaryEntry> entries, Language language) {
        this.language = language;
        this.glossaryAnchor = language.glossary() + "#";
        this.namesByFirstWord = entries.stream()
                .flatMap(entry -> Stream.concat(Stream.of(entry.term()), entry.aliases().stream())
                        .map(name -> new Name(name, entry.slug())))
                .filter(name -> !name.text().isEmpty())
                .sorted(Comparator.comparingInt((Name name) -> name.text().length()).reversed())
                .collect(Collectors.groupingBy(name -> firstWord(name.text(), 0), Collectors.toUnmodifiableList()));
        this.firstCharacters = namesByFirstWord.keySet().stream().map(word -> word.substring(0, 1)).distinct()
                .collect(Collectors.joining());
        this.firstWordLengths = new int[firstCharacters.length()];
        // From each name's own characters, lower-cased one by one as match() does with the text's (the
        // map's keys are lower-cased as whole strings, which can change their length: "İ" gives two).
        namesByFirstWord.values().stream().flatMap(List::stream).map(Name::text).forEach(name -> {
            char first = Character.toLowerCase(name.charAt(0));
            int length = wordEnd(name, 0);
            int slot = firstCharacters.indexOf(first);
            if (slot >= 0) {
                firstWordLengths[slot] |= lengthBit(length);
            }
            int pair = pair(first, length > 1 ? Character.toLowerCase(name.charAt(1)) : 0);
            if (pair >= 0) {
                firstPairs.set(pair);
            }
        });
    }

    void linkFirstUses(Document document) {
        if (namesByFirstWord.isEmpty()) {
            return;
        }
        // A term the writer already links to by hand is not linked a second time.
        Set<String> linked = new HashSet<>();
        List<Text> candidates = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                String url = MarkdownRenderer.sitePath(link.getUrl().toString(), language);
                if (url.startsWith(glossaryAnchor)) {
                    linked.add(url.substring(glossaryAnchor.length()));
                }
            } else if (node instanceof Text text && linkable(text)) {
                candidates.add(text);
            }
        }
        for (Text text : candidates) {
            link(text, linked);
        }
    }

    private static boolean linkable(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Heading || parent instanceof Link || parent instanceof LinkRef
                    || parent instanceof AutoLink || parent instanceof MailLink || parent instanceof Image
                    || parent instanceof ImageRef || parent instanceof Code || parent instanceof CodeBlock
                    || parent instanceof FencedCodeBlock || parent instanceof IndentedCodeBlock
                    || parent instanceof TermLink) {
                return false;
            }
        }
        return true;
    }

    /** Splits one text node around the first uses it holds of terms not yet linked. */
    private void link(Text text, Set<String> linked) {
        BasedSequence chars = text.getChars();
        String value = string(chars);
        String block = null; // the paragraph's text, needed only once a term is found
        int done = 0;
        int at = 0;
        while (at < value.length()) {
            Name match = startsWordHere(value, at) ? match(value, at, linked) : null;
            if (match != null) {
                block = block == null ? blockText(text) : block;
                if (standsAlone(block, value.substring(at, at + match.text().length()))) {
                    match = null;
                }
            }
            if (match == null) {
                at++;
                continue;
            }
            int end = at + match.text().length();
            if (at > done) {
                text.insertBefore(new Text(chars.subSequence(done, at)));
            }
            TermLink termLink = new TermLink(chars.subSequence(at, end), glossaryAnchor + match.slug());
            termLink.appendChild(new Text(chars.subSequence(at, end)));
            text.insertBefore(termLink);
            linked.add(match.slug());
            done = end;
            at = end;
        }
        if (done > 0) {
            if (done < value.length()) {
                text.insertBefore(new Text(chars.subSequence(done)));
            }
            text.unlink();
        }
    }

    private @Nullable Name match(String value, int at, Set<String> linked) {
        char first = Character.toLowerCase(value.charAt(at));
        int slot = firstCharacters.indexOf(first);
        if (slot < 0) {
            return null;
        }
        int length = wordEnd(value, at) - at;
        if ((firstWordLengths[slot] & lengthBit(length)) == 0) {
            return null;
        }
        int pair = pair(first, length > 1 ? Character.toLowerCase(value.charAt(at + 1)) : 0);
        if (pair >= 0 && !firstPairs.get(pair)) {
            return null;
        }
        for (Name name : namesByFirstWord.getOrDefault(firstWord(value, at), List.of())) {
            int end = at + name.text().length();
            if (!linked.contains(name.slug()) && value.regionMatches(true, at, name.text(), 0, name.text().length())
                    && (end == value.length() || !wordCharacter(value.charAt(end)))) {
                return name;
            }
        }
        return null;
    }

    /** The text of the paragraph or table cell around a node, as a reader sees it. */
    private static String blockText(Node node) {
        Node block = node.getParent();
        while (block != null && !(block instanceof Paragraph) && !(block instanceof TableCell)) {
            block = block.getParent();
        }
        return block == null ? "" : new TextCollectingVisitor().collectAndGetText(block);
    }

    private static boolean standsAlone(String block, String term) {
        return !LETTER_OR_DIGIT.matcher(block.replace(term, "")).find();
    }

    /**
     * The word that starts at {@code at}, lower-cased: up to the first character that is not part of a
     * word, or the one character there when it is not part of a word itself (a name such as "(x)").
     */
    private static String firstWord(String value, int at) {
        return value.substring(at, wordEnd(value, at)).toLowerCase(Locale.ROOT);
    }

    /** Where the word at {@code at} ends (see {@link #firstWord}). */
    private static int wordEnd(String value, int at) {
        int end = at + 1;
        if (wordCharacter(value.charAt(at))) {
            while (end < value.length() && wordCharacter(value.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    /** Two characters as one number, or -1 when either is past U+00FF. */
    private static int pair(int first, int second) {
        return first > 0xFF || second > 0xFF ? -1 : first << 8 | second;
    }

    private static int lengthBit(int length) {
        return 1 << Math.min(length, 31);
    }

    /**
     * The text of a sequence from the Markdown it was parsed from, copied at once where it is a plain
     * part of it: {@code toString()} copies it one {@code charAt} at a time (a sixth of linking terms).
     */
    private static String string(BasedSequence chars) {
        if (chars instanceof SubSequence part && part.getBase() instanceof String markdown) {
            return markdown.substring(part.getStartOffset(), part.getEndOffset());
        }
        return chars.toString();
    }

    private static boolean startsWordHere(String value, int at) {
        return at == 0 || !wordCharacter(value.charAt(at - 1));
    }

    // A hyphen joins words: "sub-anesthetic" is not a use of "anesthetic".
    private static boolean wordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    /** A glossary term in the text, rendered as a quiet link to its entry. */
    static final class TermLink extends Node {
        private final String href;

        TermLink(BasedSequence chars, String href) {
            super(chars);
            this.href = href;
        }

        String href() {
            return href;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
