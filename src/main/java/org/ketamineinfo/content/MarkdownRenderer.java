package org.ketamineinfo.content;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders a Markdown body to safe HTML. Parser and renderer are built once and shared: flexmark's are
 * thread-safe once built, so bodies may be rendered in parallel.
 *
 * <p>Beyond CommonMark: pipe tables (wrapped so they scroll on phones), headings with ids, typographic
 * quotes, task-list checklists that print as boxes, callout boxes written as {@code > [!HELP]}, and
 * links to {@code other-article.md} rewritten to {@code /articles/other-article}, the first use of
 * each glossary term linked to its entry, and a "Back to top" link after each long section. Raw HTML is
 * escaped, links keep their address only if it is relative or http(s), mailto, tel or sms, and images (the
 * site has none) appear as their alt text and are reported.
 */
public final class MarkdownRenderer {

    /** Callout kinds; each box's visible title is {@code content.callout.<kind>} in the messages. */
    public enum CalloutKind {
        HELP, IMPORTANT, WARNING, NOTE;

        public String title(Language language) {
            return language.text("content.callout." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** The edition a body belongs to, kept on its document for the link resolver. */
    private static final DataKey<Language> LANGUAGE = new DataKey<>("SITE_LANGUAGE", Language.EN);

    /** A section this long (in words) fills a phone screen several times over, so it ends with "Back to top". */
    static final int LONG_SECTION_WORDS = 250;

    /** Schemes a link may use; any other scheme (javascript:, data:, vbscript:, file:...) loses its address. */
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel", "sms");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private static final Pattern FOLDED_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CALLOUT_MARKER = Pattern.compile("^\\[!([A-Za-z]+)]");
    private static final Pattern MARKDOWN_FILE_LINK = Pattern.compile("^([a-z0-9]+(?:-[a-z0-9]+)*)\\.md(#.*)?$");

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                    TypographicExtension.create(), new SiteExtension()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(?:javascript|vbscript|data|file):.*")
            .set(TablesExtension.CLASS_NAME, "table")
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder(OPTIONS).build();
    /** Whether each body keeps its prose as text blocks: only the reading-level checks read them. */
    private final boolean keepsProse;
    /** Whether bodies are kept deflated, for a server's memory (see {@link RenderedMarkdown}). */
    private final boolean deflates;

    /** The site's renderer: bodies keep what pages and search need, not the prose for reading checks. */
    public MarkdownRenderer() {
        this(false, true);
    }

    private MarkdownRenderer(boolean keepsProse, boolean deflates) {
        this.keepsProse = keepsProse;
        this.deflates = deflates;
    }

    /** A renderer whose bodies also keep their prose ({@link RenderedMarkdown#textBlocks()}) for reading checks. */
    public static MarkdownRenderer forChecks() {
        return new MarkdownRenderer(true, true);
    }

    /** The static export's: it renders each page once and exits, so bodies are kept as text, not deflated. */
    public static MarkdownRenderer forExport() {
        return new MarkdownRenderer(false, false);
    }

    /**
     * Renders one body. Problems in the Markdown itself (an unknown callout, a {@code #} heading) are
     * added to {@code problems} as messages with the body line they are on.
     */
    public RenderedMarkdown render(String markdown, List<LineProblem> problems) {
        return render(markdown, GlossaryLinker.NONE, Language.EN, problems);
    }

    /** Renders one body, linking the first use of each of the glossary's terms to its entry. */
    RenderedMarkdown render(String markdown, GlossaryLinker glossary, Language language, List<LineProblem> problems) {
        Document document = parser.parse(markdown);
        document.set(LANGUAGE, language);
        Lines lines = new Lines(markdown);
        convertCallouts(document, lines, language, problems);
        glossary.linkFirstUses(document);
        // The text of each top-level block, collected once: "Back to top" counts its words, search
        // cuts it into passages. Rendering changes neither.
        Map<Node, List<String>> prose = new IdentityHashMap<>();
        Map<Node, String> paragraphs = new IdentityHashMap<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            prose.put(block, proseOf(block, paragraphs));
        }
        addBackToTopLinks(document, prose, language.text("content.backToTop"));
        String html = renderer.render(document);

        List<Heading> headings = new ArrayList<>();
        List<String> textBlocks = new ArrayList<>();
        List<RenderedMarkdown.Link> links = new ArrayList<>();
        Map<Node, String> headingTexts = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                String text = new TextCollectingVisitor().collectAndGetText(heading).strip();
                headingTexts.put(heading, text);
                if (heading.getLevel() == 1) {
                    problems.add(new LineProblem(lines.of(heading), "a '#' heading: the title is already the page's "
                            + "main heading, so start body headings at '##'"));
                } else if (heading.getLevel() <= 3) {
                    headings.add(new Heading(heading.getLevel(), heading.getAnchorRefId(), text));
                }
            } else if (keepsProse && node instanceof Paragraph paragraph && !insideTable(paragraph)) {
                String text = paragraphs.get(paragraph);
                if (text != null && !text.isEmpty()) {
                    textBlocks.add(text);
                }
            } else if (node instanceof Image || node instanceof ImageRef) {
                problems.add(new LineProblem(lines.of(node), "an image: the site shows none, so it "
                        + "appears as its alt text only; describe what it shows in words instead"));
            } else if (node instanceof Link link) {
                links.add(new RenderedMarkdown.Link(link.getUrl().toString(), lines.of(link)));
            } else if (node instanceof AutoLink link) {
                links.add(new RenderedMarkdown.Link(link.getUrl().toString(), lines.of(link)));
            } else if (node instanceof Reference reference) {
                links.add(new RenderedMarkdown.Link(reference.getUrl().toString(), lines.of(reference)));
            }
        }
        return new RenderedMarkdown(html, headings, keepsProse ? textBlocks : null, links,
                passages(document, prose, headingTexts), deflates);
    }

    /**
     * The 1-based line of a node. flexmark counts lines by scanning the text from the start for each
     * node; for a long body with many links that was a measurable share of the load.
     */
    private static final class Lines {
        private final int[] starts;

        Lines(String text) {
            int[] found = new int[16];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = i + 1;
                }
            }
            starts = Arrays.copyOf(found, count);
        }

        int of(Node node) {
            int at = Arrays.binarySearch(starts, node.getStartOffset());
            return (at >= 0 ? at : -at - 2) + 1;
        }
    }

    /**
     * The body cut at its {@code ##} and {@code ###} headings, as plain text, for search to show which
     * part of a page matched. Called after rendering, which gives the headings their ids.
     */
    private static List<RenderedMarkdown.Passage> passages(Document document, Map<Node, List<String>> prose,
            Map<Node, String> headingTexts) {
        List<RenderedMarkdown.Passage> passages = new ArrayList<>();
        com.vladsch.flexmark.ast.Heading heading = null;
        List<String> text = new ArrayList<>();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof com.vladsch.flexmark.ast.Heading next && next.getLevel() <= 3) {
                addPassage(passages, heading, text, headingTexts);
                heading = next;
                text = new ArrayList<>();
            } else {
                text.addAll(prose.getOrDefault(block, List.of()));
            }
        }
        addPassage(passages, heading, text, headingTexts);
        return passages;
    }

    private static void addPassage(List<RenderedMarkdown.Passage> passages,
            com.vladsch.flexmark.ast.@Nullable Heading heading, List<String> text, Map<Node, String> headingTexts) {
        if (heading == null && text.isEmpty()) {
            return;
        }
        // The contents list's own text for the heading: one string kept, not two equal ones.
        String title = heading == null ? null : headingTexts.get(heading);
        passages.add(new RenderedMarkdown.Passage(heading == null ? null : heading.getAnchorRefId(), title,
                String.join("\n", text)));
    }

    /**
     * The text of each paragraph, table cell or lower heading in a block, one string each; each
     * paragraph's text is also put in {@code paragraphs}, so the text blocks need not collect it again
     * (collecting text was a third of rendering a body).
     */
    private static List<String> proseOf(Node block, Map<Node, String> paragraphs) {
        List<String> prose = new ArrayList<>();
        if (block instanceof Paragraph || block instanceof TableCell || block instanceof com.vladsch.flexmark.ast.Heading) {
            String text = collapseWhitespace(new TextCollectingVisitor().collectAndGetText(block).strip());
            if (block instanceof Paragraph) {
                paragraphs.put(block, text);
            }
            if (!text.isEmpty()) {
                prose.add(text);
            }
            return prose;
        }
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            prose.addAll(proseOf(child, paragraphs));
        }
        return prose;
    }

    /**
     * Each run of whitespace as one space, as {@code \s+} replaced by a space would give, without a regex:
     * most text has none to change, and then the very string comes back.
     */
    static String collapseWhitespace(String text) {
        int i = 0;
        while (i < text.length() && !(whitespace(text.charAt(i))
                && (text.charAt(i) != ' ' || i + 1 < text.length() && whitespace(text.charAt(i + 1))))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder collapsed = new StringBuilder(text.length()).append(text, 0, i);
        boolean inRun = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!whitespace(c)) {
                collapsed.append(c);
                inRun = false;
            } else if (!inRun) {
                collapsed.append(' ');
                inRun = true;
            }
        }
        return collapsed.toString();
    }

    // The characters of \s: space, tab, line feed, vertical tab, form feed, carriage return.
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Puts a "Back to top" link at the end of each long {@code ##} section after the first (the one
     * under the contents list needs none), so a reader on a phone need not scroll all the way back.
     */
    private static void addBackToTopLinks(Document document, Map<Node, List<String>> prose, String linkText) {
        int words = 0;
        boolean inSection = false;
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof com.vladsch.flexmark.ast.Heading heading && heading.getLevel() == 2) {
                if (inSection && words >= LONG_SECTION_WORDS) {
                    block.insertBefore(new BackToTop(linkText));
                }
                inSection = true;
                words = 0;
            } else {
                for (String text : prose.getOrDefault(block, List.of())) {
                    words += spaceSeparatedParts(text);
                }
            }
        }
        if (inSection && words >= LONG_SECTION_WORDS) {
            document.appendChild(new BackToTop(linkText));
        }
    }

    /**
     * {@code text.split(" ").length}, counted without building the parts (which was 3% of loading an
     * article): one more than the spaces before the last part, or 1 for a text without one.
     */
    static int spaceSeparatedParts(String text) {
        if (text.indexOf(' ') < 0) {
            return 1;
        }
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--; // split drops the empty parts at the end
        }
        if (end == 0) {
            return 0;
        }
        int parts = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == ' ') {
                parts++;
            }
        }
        return parts;
    }

    /** A problem at a line of the Markdown body (1-based). */
    public record LineProblem(int line, String message) {
    }

    /**
     * The site URL a Markdown link target points to: {@code x.md} becomes {@code /articles/x} (or the
     * same article's address in the body's own edition, {@code /es/articulos/x}).
     */
    public static String sitePath(String url, Language language) {
        Matcher matcher = MARKDOWN_FILE_LINK.matcher(url);
        if (matcher.matches()) {
            return language.article(matcher.group(1)) + (matcher.group(2) == null ? "" : matcher.group(2));
        }
        return url;
    }

    /**
     * Whether a link may keep this address: a relative one, or one with a scheme in {@link #SAFE_SCHEMES}.
     * Read as a browser reads it: tabs and line breaks anywhere are dropped and leading controls and spaces
     * ignored, so {@code " java&#9;script:"} counts as {@code javascript:}.
     */
    static boolean safeAddress(String address) {
        String cleaned = address.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
        Matcher scheme = SCHEME.matcher(cleaned);
        return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    private static boolean insideTable(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof TableBlock) {
                return true;
            }
        }
        return false;
    }

    /** Turns each block quote that starts with {@code [!KIND]} into a {@link Callout} node. */
    private static void convertCallouts(Document document, Lines lines, Language language,
            List<LineProblem> problems) {
        List<BlockQuote> quotes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof BlockQuote quote) {
                quotes.add(quote);
            }
        }
        for (BlockQuote quote : quotes) {
            if (!(quote.getFirstChild() instanceof Paragraph first)) {
                continue;
            }
            Matcher marker = CALLOUT_MARKER.matcher(first.getChars());
            if (!marker.find()) {
                continue;
            }
            CalloutKind kind = calloutKind(marker.group(1));
            if (kind == null) {
                problems.add(new LineProblem(lines.of(quote), "unknown callout '[!" + marker.group(1)
                        + "]'; use one of [!HELP], [!IMPORTANT], [!WARNING] or [!NOTE]"));
                continue;
            }
            int markerEnd = first.getStartOffset() + marker.end();
            Node child = first.getFirstChild();
            while (child != null && child.getEndOffset() <= markerEnd) {
                Node next = child.getNext();
                child.unlink();
                child = next;
            }
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                child.unlink();
            }
            if (!first.hasChildren()) {
                first.unlink();
            }
            Callout callout = new Callout(kind, kind.title(language));
            callout.takeChildren(quote);
            quote.insertBefore(callout);
            quote.unlink();
        }
    }

    private static @Nullable CalloutKind calloutKind(String name) {
        try {
            return CalloutKind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A styled box such as "Get help now"; made from a block quote, holding its blocks. */
    static final class Callout extends Block {
        final CalloutKind kind;
        final String title;

        Callout(CalloutKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** A link back to the top of the page, after a long section. */
    static final class BackToTop extends Block {
        final String text;

        BackToTop(String text) {
            this.text = text;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Registers the site's own node renderers and link resolver with flexmark. */
    private static final class SiteExtension implements HtmlRenderer.HtmlRendererExtension, Parser.ParserExtension {

        @Override
        public void rendererOptions(MutableDataHolder options) {
        }

        @Override
        public void parserOptions(MutableDataHolder options) {
        }

        @Override
        public void extend(Parser.Builder builder) {
        }

        @Override
        public void extend(HtmlRenderer.Builder builder, String rendererType) {
            builder.nodeRendererFactory(options -> new SiteNodeRenderer());
            builder.htmlIdGeneratorFactory(new HeaderIdGeneratorFactory() {
                @Override
                public HtmlIdGenerator create(LinkResolverContext context) {
                    return new FoldingIdGenerator(context.getOptions());
                }

                @Override
                public HtmlIdGenerator create() {
                    return new FoldingIdGenerator(OPTIONS);
                }
            });
            builder.linkResolverFactory(new IndependentLinkResolverFactory() {
                @Override
                public LinkResolver apply(LinkResolverBasicContext context) {
                    return (node, ctx, link) -> {
                        String path = sitePath(link.getUrl(), LANGUAGE.get(ctx.getDocument()));
                        return path.equals(link.getUrl()) ? link : link.withUrl(path).withStatus(LinkStatus.VALID);
                    };
                }
            });
            // SUPPRESSED_LINKS sees the address as written, so "javascript&#58;" or "java<tab>script:" pass
            // it, yet browsers run them. The last word is this allow-list on the address actually written.
            builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return (node, part, attributes) -> {
                        String href = attributes.getValue("href");
                        if (!href.isEmpty() && !safeAddress(href)) {
                            attributes.remove("href");
                        }
                    };
                }
            });
        }
    }

    /**
     * Heading ids as flexmark makes them, but with accents folded first, so "¿Qué esperar?" gets
     * {@code que-esperar}: an address a writer can type, the same rule as glossary anchors.
     */
    private static final class FoldingIdGenerator implements HtmlIdGenerator {
        private final HeaderIdGenerator settings;
        private final Map<String, Integer> seen = new HashMap<>();

        FoldingIdGenerator(DataHolder options) {
            this.settings = new HeaderIdGenerator(options);
        }

        @Override
        public void generateIds(Document document) {
            seen.clear();
            for (Node node : document.getDescendants()) {
                if (node instanceof AnchorRefTarget target && !target.isExplicitAnchorRefId()) {
                    String id = getId(target.getAnchorRefText());
                    if (id != null && !id.isEmpty()) {
                        Integer count = seen.get(id);
                        seen.put(id, count == null ? 0 : count + 1);
                        target.setAnchorRefId(count == null ? id : id + "-" + (count + 1));
                    }
                }
            }
        }

        @Override
        public @Nullable String getId(Node node) {
            return node instanceof AnchorRefTarget target ? target.getAnchorRefId() : null;
        }

        @Override
        public @Nullable String getId(CharSequence text) {
            String folded = FOLDED_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            return HeaderIdGenerator.generateId(folded, settings.getToDashChars(), settings.getNonDashChars(),
                    settings.isNoDupedDashes(), settings.isNonAsciiToLowercase());
        }
    }

    private static final class SiteNodeRenderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Callout.class, SiteNodeRenderer::renderCallout),
                    new NodeRenderingHandler<>(TableBlock.class, SiteNodeRenderer::renderTable),
                    new NodeRenderingHandler<>(TaskListItem.class, SiteNodeRenderer::renderTaskItem),
                    new NodeRenderingHandler<>(GlossaryLinker.TermLink.class, SiteNodeRenderer::renderTermLink),
                    new NodeRenderingHandler<>(BackToTop.class, SiteNodeRenderer::renderBackToTop),
                    // The site has no images: each one reads as its alt text, so no address reaches a src.
                    new NodeRenderingHandler<>(Image.class, (image, context, html) -> context.renderChildren(image)),
                    new NodeRenderingHandler<>(ImageRef.class,
                            (image, context, html) -> context.renderChildren(image)));
        }

        // Quiet by design (see .term in site.css): a patient reads on, and can follow it when a word is new.
        private static void renderTermLink(GlossaryLinker.TermLink term, NodeRendererContext context, HtmlWriter html) {
            html.attr("class", "term").attr("href", term.href()).withAttr().tag("a");
            context.renderChildren(term);
            html.closeTag("a");
        }

        // #main is the page's main landmark: following the link also moves keyboard focus to the top.
        private static void renderBackToTop(BackToTop link, NodeRendererContext context, HtmlWriter html) {
            html.line().raw("<p class=\"back-to-top\"><a href=\"#main\">").text(link.text).raw("</a></p>").line();
        }

        private static void renderCallout(Callout callout, NodeRendererContext context, HtmlWriter html) {
            String kind = callout.kind.name().toLowerCase(Locale.ROOT);
            html.line().attr("class", "callout callout-" + kind).withAttr().tag("div").line();
            html.raw("<p class=\"callout-title\">").text(callout.title).raw("</p>").line();
            context.renderChildren(callout);
            html.closeTag("div").line();
        }

        // Wide tables scroll inside their own focusable region instead of widening the page on phones.
        private static void renderTable(TableBlock table, NodeRendererContext context, HtmlWriter html) {
            html.line().raw("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">").line();
            context.delegateRender();
            html.line().raw("</div>").line();
        }

        // A checklist item prints as an empty box to tick by hand; no form control that cannot be used.
        private static void renderTaskItem(TaskListItem item, NodeRendererContext context, HtmlWriter html) {
            html.attr("class", "check-item").withAttr().tag("li");
            context.renderChildren(item);
            html.closeTag("li").line();
        }
    }
}
