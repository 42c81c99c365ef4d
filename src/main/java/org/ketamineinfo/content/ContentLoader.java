package org.ketamineinfo.content;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a content folder into a {@link SiteContent}: crawl, read, parse, render, then check what
 * files say about each other. Every problem is collected before anything is decided, so a writer
 * sees the whole list at once.
 */
public final class ContentLoader {

    /** Larger files are refused: no patient article needs a quarter of a megabyte of text. */
    public static final int MAX_FILE_BYTES = 256 * 1024;

    public static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    /** Page slugs that would shadow the site's own routes. */
    static final Set<String> RESERVED_PAGE_SLUGS = Set.of("articles", "sections", "glossary", "search", "prepare", "css",
            "images", "error", "actuator", "sitemap", "feed", "robots", "favicon", "assets", "static");

    /** Element ids the page templates use; a body heading must not produce one of them. */
    static final Set<String> TEMPLATE_IDS = Set.of("main", "key-points-title", "contents-title", "sources-title",
            "related-title", "crisis-title", "feedback-website");

    private static final Set<String> ARTICLE_FIELDS = Set.of("title", "description", "summary", "section", "order",
            "lastReviewed", "nextReview", "sources", "related", "draft", "aliases");
    private static final Set<String> PAGE_FIELDS = Set.of("title", "description", "summary", "lastReviewed",
            "nextReview", "sources", "draft", "aliases");
    private static final Set<String> SOURCE_FIELDS = Set.of("title", "publisher", "year", "url");
    private static final Set<String> SECTION_FIELDS = Set.of("slug", "title", "description", "order");
    private static final Set<String> GLOSSARY_FIELDS = Set.of("term", "definition", "aliases");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "sms");

    /** An old address an alias may name: path segments of URL-safe characters, none starting with a dot. */
    private static final Pattern ALIAS_PATH = Pattern.compile("^(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+/?$");
    /** Addresses the site answers itself, which no alias may take over. */
    static final Set<String> SITE_PATHS = Set.of("/", "/articles", "/glossary", "/prepare", "/search", "/sitemap.xml",
            "/robots.txt", "/feed.xml", "/404.html", "/favicon.svg");
    private static final Set<String> SITE_FOLDERS = Set.of("css", "actuator", "error");

    private final MarkdownRenderer renderer;
    private final Clock clock;

    public ContentLoader(MarkdownRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The outcome of a load: the site built from every good file, and every problem found. */
    /**
     * @param leftOut files that are fine in themselves but point to a bad file, so they too are left
     *     out when bad files are skipped
     */
    public record Result(SiteContent site, List<ContentProblem> problems, Set<String> badFiles, List<String> leftOut) {

        public Result {
            problems = problems.stream().sorted().toList();
            badFiles = Set.copyOf(badFiles);
            leftOut = List.copyOf(leftOut);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The site, or a {@link ContentProblemsException} with the whole report when anything is wrong. */
        public SiteContent siteOrThrow() {
            if (!ok()) {
                throw new ContentProblemsException(problems);
            }
            return site;
        }
    }

    private record Parsed<T>(String file, @Nullable T item, List<ContentProblem> problems) {
    }

    public Result load(Path root) {
        return load(root, false);
    }

    /**
     * @param preview a writer's preview: drafts are published too, and the snapshot carries the problems
     *     (and which pages are drafts) so every page can show them
     */
    public Result load(Path root, boolean preview) {
        String rootName = root.toAbsolutePath().normalize().getFileName().toString();
        List<ContentProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(new ContentProblem(rootName, 0, "content folder not found at " + root.toAbsolutePath()
                    + "; set site.content.location to the folder that holds articles/ and pages/"));
            return new Result(new SiteContent(List.of(), List.of(), List.of(), List.of(), PrepareTool.NONE,
                    clock.instant()), problems,
                    Set.of(rootName), List.of());
        }
        Crawl crawl = crawl(root, rootName, problems);

        List<Parsed<Section>> sections = crawl.sectionsFile == null ? List.of() : parseSections(crawl.sectionsFile);
        if (crawl.sectionsFile == null) {
            problems.add(new ContentProblem(rootName + "/sections.yml", 0,
                    "missing: create sections.yml listing the topic groups (slug, title, description, order)"));
        }
        // The glossary comes first: article bodies link to its terms as they are rendered.
        List<Parsed<GlossaryEntry>> glossary = crawl.glossaryFile == null ? List.of() : parseGlossary(crawl.glossaryFile);
        GlossaryLinker terms = new GlossaryLinker(glossary.stream().map(Parsed::item)
                .filter(java.util.Objects::nonNull).toList());
        List<Parsed<DraftableArticle>> articles = crawl.articles.parallelStream()
                .map(source -> parseArticle(source, terms)).toList();
        List<Parsed<DraftablePage>> pages = crawl.pages.parallelStream().map(this::parsePage).toList();
        PrepareFile.Parsed prepare = crawl.prepareFile == null ? null : parsePrepare(crawl.prepareFile);

        // Each file's own problems, then what files say about each other, repeated without the bad
        // files until nothing new goes wrong (a left-out article may break another one's links).
        Set<String> bad = new HashSet<>();
        for (List<? extends Parsed<?>> group : List.of(sections, glossary, articles, pages)) {
            for (Parsed<?> parsed : group) {
                problems.addAll(parsed.problems());
                if (!parsed.problems().isEmpty()) {
                    bad.add(parsed.file());
                }
            }
        }
        if (prepare != null) {
            problems.addAll(prepare.problems());
        }
        problems.stream().map(ContentProblem::file).forEach(bad::add);
        // A link to a file that exists but has problems of its own is not reported again: the writer
        // fixes that file. Only when bad files are left out do the files that point to them follow.
        List<ContentProblem> crossProblems = crossCheck(sections, glossary, articles, pages, bad, true, crawl.prepareFile != null);
        problems.addAll(crossProblems);
        crossProblems.forEach(problem -> bad.add(problem.file()));
        List<String> leftOut = new ArrayList<>();
        while (!(crossProblems = crossCheck(sections, glossary, articles, pages, bad, false, crawl.prepareFile != null)).isEmpty()) {
            crossProblems.forEach(problem -> {
                bad.add(problem.file());
                leftOut.add(problem + " (its target is left out)");
            });
        }

        List<Section> goodSections = good(sections, bad).stream().sorted(Comparator.comparingInt(Section::order)
                .thenComparing(Section::title)).toList();
        Map<String, Integer> sectionOrder = new HashMap<>();
        goodSections.forEach(section -> sectionOrder.put(section.slug(), section.order()));
        List<Article> goodArticles = good(articles, bad).stream().filter(a -> preview || !a.draft())
                .map(DraftableArticle::article)
                .sorted(Comparator.comparingInt((Article a) -> sectionOrder.getOrDefault(a.section(), Integer.MAX_VALUE))
                        .thenComparingInt(Article::order).thenComparing(Article::title))
                .toList();
        List<Page> goodPages = good(pages, bad).stream().filter(p -> preview || !p.draft()).map(DraftablePage::page)
                .sorted(Comparator.comparing(Page::slug)).toList();
        PrepareTool tool = prepareTool(crawl.prepareFile, prepare, goodArticles, goodPages, good(glossary, bad),
                problems, bad);
        SiteContent.Preview shown = null;
        if (preview) {
            Set<String> drafts = new HashSet<>();
            good(articles, bad).stream().filter(DraftableArticle::draft).forEach(a -> drafts.add(a.article().path()));
            good(pages, bad).stream().filter(DraftablePage::draft).forEach(p -> drafts.add(p.page().path()));
            shown = new SiteContent.Preview(problems.stream().sorted().toList(), drafts);
        }
        SiteContent site = new SiteContent(goodSections, goodArticles, goodPages, good(glossary, bad), tool,
                clock.instant(), shown);
        return new Result(site, problems, bad, leftOut);
    }

    private static PrepareFile.Parsed parsePrepare(SourceFile source) {
        List<ContentProblem> problems = new ArrayList<>();
        return PrepareFile.parse(source.display(), compose(source.text(), source.display(), 1, problems), problems);
    }

    /** The prepare tool, once its links are checked against what is published; NONE if it has problems. */
    private static PrepareTool prepareTool(@Nullable SourceFile source, PrepareFile.@Nullable Parsed prepare,
            List<Article> articles, List<Page> pages, List<GlossaryEntry> glossary, List<ContentProblem> problems,
            Set<String> bad) {
        if (source == null || prepare == null || prepare.tool() == null) {
            return PrepareTool.NONE;
        }
        Map<String, Set<String>> headings = new HashMap<>();
        articles.forEach(a -> headings.put(a.path(), headingIds(a.body())));
        pages.forEach(p -> headings.put(p.path(), headingIds(p.body())));
        Set<String> terms = new HashSet<>();
        glossary.forEach(entry -> terms.add(entry.slug()));
        headings.put("/glossary", terms);
        headings.put("/articles", Set.of());
        headings.put("/", Set.of());
        List<ContentProblem> linkProblems = PrepareFile.checkLinks(source.display(), prepare.links(), headings);
        if (!linkProblems.isEmpty()) {
            problems.addAll(linkProblems);
            bad.add(source.display());
            return PrepareTool.NONE;
        }
        return prepare.tool();
    }

    private static Set<String> headingIds(RenderedMarkdown body) {
        Set<String> ids = new HashSet<>();
        body.headings().forEach(heading -> ids.add(heading.id()));
        return ids;
    }

    private static <T> List<T> good(List<Parsed<T>> parsed, Set<String> bad) {
        return parsed.stream().filter(p -> p.item() != null && !bad.contains(p.file())).map(Parsed::item).toList();
    }

    // ---- crawl ------------------------------------------------------------------------------------

    private record SourceFile(String display, String text) {
    }

    private static final class Crawl {
        @Nullable SourceFile sectionsFile;
        @Nullable SourceFile glossaryFile;
        @Nullable SourceFile prepareFile;
        final List<SourceFile> articles = new ArrayList<>();
        final List<SourceFile> pages = new ArrayList<>();
    }

    private Crawl crawl(Path root, String rootName, List<ContentProblem> problems) {
        Crawl crawl = new Crawl();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = root.relativize(dir).toString().replace('\\', '/');
                    if (dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!relative.equals("articles") && !relative.equals("pages")) {
                        problems.add(new ContentProblem(rootName + "/" + relative, 0, "unexpected folder; content "
                                + "holds only articles/, pages/, sections.yml and glossary.yml"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE; // editors' swap and lock files
                    }
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    String display = rootName + "/" + relative;
                    if (attrs.isSymbolicLink()) {
                        if (!insideRoot(file, realRoot)) {
                            problems.add(new ContentProblem(display, 0, "symbolic link to a file outside the content "
                                    + "folder; copy the file in instead"));
                            return FileVisitResult.CONTINUE;
                        }
                        if (!Files.isRegularFile(file)) {
                            problems.add(new ContentProblem(display, 0, "symbolic link to something that is not a "
                                    + "file; replace it with the file itself"));
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    String kind = kind(relative);
                    if (kind.equals("unknown")) {
                        problems.add(new ContentProblem(display, 0, unexpectedFileMessage(relative)));
                        return FileVisitResult.CONTINUE;
                    }
                    SourceFile source = read(file, display, problems);
                    if (source != null) {
                        switch (kind) {
                            case "sections" -> crawl.sectionsFile = source;
                            case "glossary" -> crawl.glossaryFile = source;
                            case "prepare" -> crawl.prepareFile = source;
                            case "article" -> crawl.articles.add(source);
                            default -> crawl.pages.add(source);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new ContentProblem(rootName, 0, "could not read the content folder: " + e.getMessage()));
        }
        crawl.articles.sort(Comparator.comparing(SourceFile::display));
        crawl.pages.sort(Comparator.comparing(SourceFile::display));
        return crawl;
    }

    private static boolean insideRoot(Path file, Path realRoot) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException broken) {
            return false;
        }
    }

    private static String kind(String relative) {
        if (relative.equals("sections.yml")) {
            return "sections";
        }
        if (relative.equals("glossary.yml")) {
            return "glossary";
        }
        if (relative.equals("prepare.yml")) {
            return "prepare";
        }
        if (relative.matches("articles/[^/]+\\.md")) {
            return "article";
        }
        if (relative.matches("pages/[^/]+\\.md")) {
            return "page";
        }
        return "unknown";
    }

    private static String unexpectedFileMessage(String relative) {
        if (relative.endsWith(".markdown") || relative.endsWith(".txt")) {
            return "unexpected file; articles and pages must end in .md";
        }
        return "unexpected file; content holds only articles/*.md, pages/*.md, sections.yml, glossary.yml and "
                + "prepare.yml";
    }

    private static @Nullable SourceFile read(Path file, String display, List<ContentProblem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new ContentProblem(display, 0, "file is " + (size + 1023) / 1024 + " KiB; the limit is "
                        + MAX_FILE_BYTES / 1024 + " KiB, so split it into smaller articles"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new SourceFile(display, text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException notUtf8) {
            problems.add(new ContentProblem(display, 0, "file is not UTF-8 text; save it as UTF-8 in your editor"));
        } catch (IOException e) {
            problems.add(new ContentProblem(display, 0, "could not read the file: " + e.getMessage()));
        }
        return null;
    }

    // ---- parse -------------------------------------------------------------------------------------

    private record FrontMatter(@Nullable Fields fields, String body, int bodyLine) {
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by Fields with a line number instead
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(MAX_FILE_BYTES);
        return new Yaml(new SafeConstructor(options));
    }

    private static @Nullable Node compose(String yamlText, String file, int lineOffset, List<ContentProblem> problems) {
        try {
            return yaml().compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            // An unclosed quote is found only at the end of the block; where it started is more useful.
            var mark = e.getContextMark() != null ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? lineOffset : mark.getLine() + lineOffset;
            String what = e.getContext() == null ? e.getProblem() : e.getContext() + ", " + e.getProblem();
            problems.add(new ContentProblem(file, line, "YAML could not be read: " + what
                    + "; check indentation, and put quotes around text that contains ': ' or starts with a symbol"));
        } catch (YAMLException e) {
            problems.add(new ContentProblem(file, lineOffset, "YAML could not be read: " + e.getMessage()));
        }
        return null;
    }

    private static FrontMatter frontMatter(SourceFile source, Set<String> allowed, List<ContentProblem> problems) {
        String text = source.text();
        if (!text.startsWith("---\n")) {
            problems.add(new ContentProblem(source.display(), 1, "missing front matter: start the file with a '---' "
                    + "line, then the fields (title, description...), then another '---' line"));
            return new FrontMatter(null, text, 1);
        }
        int close = text.indexOf("\n---\n", 3);
        if (close < 0 && text.endsWith("\n---")) {
            close = text.length() - 4;
        }
        if (close < 0) {
            problems.add(new ContentProblem(source.display(), 1, "front matter is not closed: add a '---' line after "
                    + "the last field"));
            return new FrontMatter(null, "", 1);
        }
        String yamlText = text.substring(4, close + 1);
        String body = close + 5 <= text.length() ? text.substring(close + 5) : "";
        int bodyLine = (int) yamlText.chars().filter(c -> c == '\n').count() + 3;
        // YAML line 0 is file line 2, after the opening '---'.
        Node node = compose(yamlText, source.display(), 2, problems);
        if (node == null) {
            return new FrontMatter(null, body, bodyLine);
        }
        return new FrontMatter(Fields.of(node, allowed, source.display(), 2, problems, "front matter"), body, bodyLine);
    }

    private static String slugOf(SourceFile source) {
        String name = source.display().substring(source.display().lastIndexOf('/') + 1);
        return name.substring(0, name.length() - ".md".length());
    }

    private record DraftableArticle(Article article, boolean draft, int titleLine, int sectionLine, int relatedLine,
            int bodyLine, List<Alias> aliases) {
    }

    private record DraftablePage(Page page, boolean draft, int titleLine, int bodyLine, List<Alias> aliases) {
    }

    /** An old address from front matter {@code aliases}, resolved to a site path, and its file line. */
    private record Alias(String written, String path, int line) {
    }

    private Parsed<DraftableArticle> parseArticle(SourceFile source, GlossaryLinker terms) {
        List<ContentProblem> problems = new ArrayList<>();
        String slug = checkSlug(source, problems);
        FrontMatter front = frontMatter(source, ARTICLE_FIELDS, problems);
        RenderedMarkdown body = renderBody(source, front, terms, problems);
        Fields f = front.fields();
        if (f == null) {
            return new Parsed<>(source.display(), null, problems);
        }
        String title = f.text("title", true, 3, 70);
        String description = description(f);
        List<String> summary = f.texts("summary", true, 2, 5, 199);
        String section = f.text("section", true, 1, 100);
        Integer order = f.integer("order", false);
        Dates dates = dates(f, true);
        List<Source> sources = sources(f, true);
        List<String> related = f.texts("related", false, 0, 20, 100);
        Boolean draft = f.bool("draft");
        List<Alias> aliases = aliases(f, "/articles/", slug, source.display(), problems);
        if (related.contains(slug)) {
            f.problem("related", "'related' lists this article itself; remove '" + slug + "'");
        }
        if (!problems.isEmpty() || title == null || description == null || section == null || dates.last == null) {
            return new Parsed<>(source.display(), null, problems);
        }
        Article article = new Article(slug, title, description, summary, section, order == null ? 100 : order,
                dates.last, dates.next, sources, related, body, aliases.stream().map(Alias::path).toList());
        return new Parsed<>(source.display(), new DraftableArticle(article, Boolean.TRUE.equals(draft),
                f.lineOf("title"), f.lineOf("section"), f.lineOf("related"), front.bodyLine(), aliases), problems);
    }

    private Parsed<DraftablePage> parsePage(SourceFile source) {
        List<ContentProblem> problems = new ArrayList<>();
        String slug = checkSlug(source, problems);
        if (RESERVED_PAGE_SLUGS.contains(slug)) {
            problems.add(new ContentProblem(source.display(), 0, "'" + slug + "' is used by the site itself; rename "
                    + "the page file"));
        }
        FrontMatter front = frontMatter(source, PAGE_FIELDS, problems);
        RenderedMarkdown body = renderBody(source, front, GlossaryLinker.NONE, problems);
        Fields f = front.fields();
        if (f == null) {
            return new Parsed<>(source.display(), null, problems);
        }
        String title = f.text("title", true, 3, 70);
        String description = description(f);
        List<String> summary = f.texts("summary", false, 2, 5, 199);
        Dates dates = dates(f, false);
        List<Source> sources = sources(f, false);
        Boolean draft = f.bool("draft");
        List<Alias> aliases = aliases(f, "/", slug, source.display(), problems);
        if (!problems.isEmpty() || title == null || description == null) {
            return new Parsed<>(source.display(), null, problems);
        }
        Page page = new Page(slug, title, description, summary, dates.last, dates.next, sources, body,
                aliases.stream().map(Alias::path).toList());
        return new Parsed<>(source.display(), new DraftablePage(page, Boolean.TRUE.equals(draft), f.lineOf("title"),
                front.bodyLine(), aliases), problems);
    }

    /**
     * Reads {@code aliases}: each is an old slug in the same folder ({@code old-name}) or an old address
     * ({@code /old/page}). What a file can check alone is checked here; clashes with other files later.
     */
    private static List<Alias> aliases(Fields f, String folder, String slug, String file,
            List<ContentProblem> problems) {
        List<String> written = f.texts("aliases", false, 0, 20, 200);
        List<Integer> lines = f.itemLines("aliases");
        if (written.size() != lines.size()) {
            return List.of(); // an item that is not text, already reported
        }
        List<Alias> aliases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < written.size(); i++) {
            String alias = written.get(i);
            int line = lines.get(i);
            String path = SLUG.matcher(alias).matches() ? folder + alias : alias;
            String problem = null;
            if (!ALIAS_PATH.matcher(path).matches()) {
                problem = "alias '" + alias + "' must be an old file name such as old-name, or an old address such "
                        + "as /old/page (letters, digits, '-', '_', '.' and '/' only)";
            } else if (path.equals(folder + slug)) {
                problem = "alias '" + alias + "' is this page's own address; remove it";
            } else if (!seen.add(path)) {
                problem = "alias '" + alias + "' is listed twice; keep one";
            } else if (SITE_PATHS.contains(path) || SITE_FOLDERS.contains(path.substring(1).split("/")[0])) {
                problem = "alias '" + alias + "' is an address the site itself uses; remove it";
            }
            if (problem != null) {
                problems.add(new ContentProblem(file, line, problem));
            } else {
                aliases.add(new Alias(alias, path, line));
            }
        }
        return aliases;
    }

    private static String checkSlug(SourceFile source, List<ContentProblem> problems) {
        String slug = slugOf(source);
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new ContentProblem(source.display(), 0, "file name '" + slug + ".md' is not a valid slug; use "
                    + "lower-case letters, digits and single hyphens, such as side-effects.md"));
        }
        return slug;
    }

    private RenderedMarkdown renderBody(SourceFile source, FrontMatter front, GlossaryLinker terms,
            List<ContentProblem> problems) {
        if (front.body().isBlank()) {
            problems.add(new ContentProblem(source.display(), front.bodyLine(), "the body is empty; write the text "
                    + "below the closing '---'"));
        }
        List<MarkdownRenderer.LineProblem> bodyProblems = new ArrayList<>();
        RenderedMarkdown body = renderer.render(front.body(), terms, bodyProblems);
        int offset = front.bodyLine() - 1;
        bodyProblems.forEach(p -> problems.add(new ContentProblem(source.display(), p.line() + offset, p.message())));
        Set<String> ids = new HashSet<>();
        for (Heading heading : body.headings()) {
            if (TEMPLATE_IDS.contains(heading.id())) {
                problems.add(new ContentProblem(source.display(), 0, "heading '" + heading.text() + "' clashes with a "
                        + "part of the page template; reword it"));
            }
            ids.add(heading.id());
        }
        return body;
    }

    private static @Nullable String description(Fields f) {
        String description = f.text("description", true, 50, 160);
        if (description != null && Pattern.compile("[.!?]\\s+\\S").matcher(description).find()) {
            f.problem("description", "'description' must be one sentence; move the rest into the body");
            return null;
        }
        return description;
    }

    private record Dates(@Nullable LocalDate last, @Nullable LocalDate next) {
    }

    private Dates dates(Fields f, boolean required) {
        LocalDate last = f.date("lastReviewed", required);
        LocalDate next = f.date("nextReview", false);
        LocalDate today = LocalDate.now(clock);
        if (last != null && last.isAfter(today)) {
            f.problem("lastReviewed", "'lastReviewed' is in the future (" + last + "); use the date the page was "
                    + "actually reviewed");
            last = null;
        }
        if (next != null && last != null && !next.isAfter(last)) {
            f.problem("nextReview", "'nextReview' (" + next + ") must be after 'lastReviewed' (" + last + ")");
        }
        if (next != null && last == null && !required && !f.has("lastReviewed")) {
            f.problem("nextReview", "'nextReview' needs a 'lastReviewed' date too");
        }
        return new Dates(last, next == null && last != null ? last.plusMonths(12) : next);
    }

    private static List<Source> sources(Fields f, boolean required) {
        List<Fields> entries = f.objects("sources", required, SOURCE_FIELDS, "title: ...");
        if (required && f.has("sources") && entries.size() < 2) {
            f.problem("sources", "'sources' must list at least 2 sources (it has " + entries.size() + ")");
        }
        List<Source> sources = new ArrayList<>();
        int thisYear = LocalDate.now().getYear();
        for (Fields entry : entries) {
            String title = entry.text("title", true, 3, 300);
            String publisher = entry.text("publisher", true, 2, 200);
            Integer year = entry.integer("year", true);
            if (year != null && (year < 1900 || year > thisYear + 1)) {
                entry.problem("year", "'year' must be a year such as 2023 (it is " + year + ")");
                year = null;
            }
            java.net.URI url = entry.url("url");
            if (title != null && publisher != null && year != null) {
                sources.add(new Source(title, publisher, year, url));
            }
        }
        return sources;
    }

    private List<Parsed<Section>> parseSections(SourceFile source) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Parsed<Section>> result = new ArrayList<>();
        Node root = compose(source.text(), source.display(), 1, problems);
        if (root != null && !(root instanceof SequenceNode)) {
            problems.add(new ContentProblem(source.display(), 1, "sections.yml must be a list, one '- slug: ...' entry "
                    + "per section"));
        }
        if (root instanceof SequenceNode list) {
            Set<String> slugs = new HashSet<>();
            for (Node node : list.getValue()) {
                Fields f = Fields.of(node, SECTION_FIELDS, source.display(), 1, problems, "each section");
                if (f == null) {
                    continue;
                }
                String slug = f.text("slug", true, 1, 60);
                String title = f.text("title", true, 3, 70);
                String description = f.text("description", true, 10, 200);
                Integer order = f.integer("order", false);
                if (slug != null && !SLUG.matcher(slug).matches()) {
                    f.problem("slug", "section slug '" + slug + "' must be lower-case letters, digits and single "
                            + "hyphens");
                    slug = null;
                } else if (slug != null && !slugs.add(slug)) {
                    f.problem("slug", "section slug '" + slug + "' is used twice");
                    slug = null;
                }
                if (slug != null && title != null && description != null) {
                    result.add(new Parsed<>(source.display() + "#" + slug,
                            new Section(slug, title, description, order == null ? 100 : order), List.of()));
                }
            }
        }
        // A broken sections.yml is one bad file; entries that parsed are still usable when skipping.
        result.add(new Parsed<>(source.display(), null, problems));
        return result;
    }

    private List<Parsed<GlossaryEntry>> parseGlossary(SourceFile source) {
        List<ContentProblem> problems = new ArrayList<>();
        List<Parsed<GlossaryEntry>> result = new ArrayList<>();
        Node root = compose(source.text(), source.display(), 1, problems);
        if (root != null && !(root instanceof SequenceNode)) {
            problems.add(new ContentProblem(source.display(), 1, "glossary.yml must be a list, one '- term: ...' entry "
                    + "per term"));
        }
        if (root instanceof SequenceNode list) {
            Map<String, Integer> seen = new HashMap<>();
            for (Node node : list.getValue()) {
                Fields f = Fields.of(node, GLOSSARY_FIELDS, source.display(), 1, problems, "each glossary entry");
                if (f == null) {
                    continue;
                }
                String term = f.text("term", true, 2, 80);
                String definition = f.text("definition", true, 10, 600);
                List<String> aliases = f.texts("aliases", false, 0, 20, 80);
                boolean clash = false;
                List<String> names = new ArrayList<>();
                if (term != null) {
                    names.add(term);
                }
                names.addAll(aliases);
                for (String name : names) {
                    Integer earlier = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), f.line());
                    if (earlier != null) {
                        problems.add(new ContentProblem(source.display(), f.line(), "glossary term '" + name
                                + "' is defined twice (also at line " + earlier + "); keep one entry"));
                        clash = true;
                    }
                }
                if (term != null && definition != null && !clash) {
                    result.add(new Parsed<>(source.display() + "#" + term,
                            new GlossaryEntry(term, slugify(term), definition, aliases), List.of()));
                }
            }
        }
        result.add(new Parsed<>(source.display(), null, problems));
        return result;
    }

    /** The anchor of a glossary term: "Esketamine (Spravato)" becomes "esketamine-spravato". */
    public static String slugify(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "term" : slug;
    }

    // ---- cross-file checks -------------------------------------------------------------------------

    /**
     * What files say about each other, for the files not already bad.
     *
     * @param badFilesExist count bad files as existing link targets (for the report) or as gone (for
     *     what is published when bad files are skipped)
     */
    private List<ContentProblem> crossCheck(List<Parsed<Section>> sections, List<Parsed<GlossaryEntry>> glossary,
            List<Parsed<DraftableArticle>> articles, List<Parsed<DraftablePage>> pages, Set<String> bad,
            boolean badFilesExist, boolean prepareExists) {
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> sectionSlugs = new TreeSet<>();
        good(sections, bad).forEach(section -> sectionSlugs.add(section.slug()));
        List<Parsed<DraftableArticle>> liveArticles = articles.stream()
                .filter(p -> p.item() != null && !bad.contains(p.file())).toList();
        List<Parsed<DraftablePage>> livePages = pages.stream()
                .filter(p -> p.item() != null && !bad.contains(p.file())).toList();
        Set<String> publishedArticles = new HashSet<>();
        liveArticles.stream().filter(p -> !p.item().draft()).forEach(p -> publishedArticles.add(p.item().article().slug()));
        Set<String> pageSlugs = new HashSet<>();
        livePages.stream().filter(p -> !p.item().draft()).forEach(p -> pageSlugs.add(p.item().page().slug()));
        if (prepareExists) {
            pageSlugs.add("prepare"); // /prepare, the tool built from prepare.yml
        }
        if (badFilesExist) {
            articles.stream().filter(p -> bad.contains(p.file())).forEach(p -> publishedArticles.add(fileSlug(p.file())));
            pages.stream().filter(p -> bad.contains(p.file())).forEach(p -> pageSlugs.add(fileSlug(p.file())));
        }
        Set<String> glossaryAnchors = new HashSet<>();
        good(glossary, bad).forEach(entry -> glossaryAnchors.add(entry.slug()));

        Map<String, String> titles = new HashMap<>();
        for (Parsed<DraftableArticle> parsed : liveArticles) {
            DraftableArticle item = parsed.item();
            Article article = item.article();
            if (!sectionSlugs.contains(article.section())) {
                problems.add(new ContentProblem(parsed.file(), item.sectionLine(), "unknown section '" + article.section()
                        + "'; use one of " + String.join(", ", sectionSlugs) + " (see sections.yml)"));
            }
            for (String related : article.related()) {
                if (!publishedArticles.contains(related)) {
                    problems.add(new ContentProblem(parsed.file(), item.relatedLine(), "'related' names '" + related
                            + "', which is not a published article; check the spelling against content/articles/"));
                }
            }
            if (!item.draft()) {
                checkTitle(titles, article.title(), parsed.file(), item.titleLine(), problems);
                checkLinks(parsed.file(), article.body(), item.bodyLine(), publishedArticles, sectionSlugs, pageSlugs,
                        glossaryAnchors, problems);
            }
        }
        for (Parsed<DraftablePage> parsed : livePages) {
            DraftablePage item = parsed.item();
            if (!item.draft()) {
                checkTitle(titles, item.page().title(), parsed.file(), item.titleLine(), problems);
                checkLinks(parsed.file(), item.page().body(), item.bodyLine(), publishedArticles, sectionSlugs,
                        pageSlugs, glossaryAnchors, problems);
            }
        }
        checkAliases(sections, articles, pages, liveArticles, livePages, bad, badFilesExist, problems);
        return problems;
    }

    /**
     * An old address may lead to one page only, and never to one that is still in use: an alias that
     * names a published page (or another file's alias) is reported at its own line.
     */
    private static void checkAliases(List<Parsed<Section>> sections, List<Parsed<DraftableArticle>> articles,
            List<Parsed<DraftablePage>> pages, List<Parsed<DraftableArticle>> liveArticles,
            List<Parsed<DraftablePage>> livePages, Set<String> bad, boolean badFilesExist,
            List<ContentProblem> problems) {
        Map<String, String> inUse = new HashMap<>();
        for (Parsed<Section> parsed : sections) {
            if (parsed.item() != null && !bad.contains(parsed.file())) {
                inUse.put(parsed.item().path(), parsed.file().replaceAll("#.*$", ""));
            }
        }
        for (Parsed<DraftableArticle> parsed : articles) {
            if (parsed.item() != null && !bad.contains(parsed.file()) && !parsed.item().draft()) {
                inUse.put(parsed.item().article().path(), parsed.file());
            } else if (badFilesExist && bad.contains(parsed.file())) {
                inUse.put("/articles/" + fileSlug(parsed.file()), parsed.file());
            }
        }
        for (Parsed<DraftablePage> parsed : pages) {
            if (parsed.item() != null && !bad.contains(parsed.file()) && !parsed.item().draft()) {
                inUse.put(parsed.item().page().path(), parsed.file());
            } else if (badFilesExist && bad.contains(parsed.file())) {
                inUse.put("/" + fileSlug(parsed.file()), parsed.file());
            }
        }
        Map<String, String> aliasOwners = new HashMap<>();
        List<Map.Entry<String, List<Alias>>> withAliases = new ArrayList<>();
        liveArticles.stream().filter(p -> !p.item().draft())
                .forEach(p -> withAliases.add(Map.entry(p.file(), p.item().aliases())));
        livePages.stream().filter(p -> !p.item().draft())
                .forEach(p -> withAliases.add(Map.entry(p.file(), p.item().aliases())));
        for (Map.Entry<String, List<Alias>> file : withAliases) {
            for (Alias alias : file.getValue()) {
                // /articles/x/ and /articles/x.html already lead to /articles/x.
                String page = alias.path().replaceAll("(/|\\.html)$", "");
                String owner = inUse.getOrDefault(alias.path(), inUse.get(page));
                String earlier = aliasOwners.putIfAbsent(alias.path(), file.getKey());
                if (owner != null) {
                    problems.add(new ContentProblem(file.getKey(), alias.line(), "alias '" + alias.written()
                            + "' is the address of a published page (" + owner + "); an old address must no longer "
                            + "be in use"));
                } else if (earlier != null) {
                    problems.add(new ContentProblem(file.getKey(), alias.line(), "alias '" + alias.written()
                            + "' is also an alias in " + earlier + "; an old address can lead to one page only"));
                }
            }
        }
    }

    private static String fileSlug(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static void checkTitle(Map<String, String> titles, String title, String file, int line,
            List<ContentProblem> problems) {
        String earlier = titles.putIfAbsent(title.toLowerCase(Locale.ROOT), file);
        if (earlier != null) {
            problems.add(new ContentProblem(file, line, "title '" + title + "' is also used by " + earlier
                    + "; titles must be unique"));
        }
    }

    private static void checkLinks(String file, RenderedMarkdown body, int bodyLine, Set<String> articles,
            Set<String> sections, Set<String> pages, Set<String> glossaryAnchors, List<ContentProblem> problems) {
        Set<String> headingIds = headingIds(body);
        for (RenderedMarkdown.Link link : body.links()) {
            String problem = linkProblem(link.url().strip(), articles, sections, pages, glossaryAnchors, headingIds);
            if (problem != null) {
                problems.add(new ContentProblem(file, link.line() + bodyLine - 1, problem));
            }
        }
    }

    private static @Nullable String linkProblem(String written, Set<String> articles, Set<String> sections,
            Set<String> pages, Set<String> glossaryAnchors, Set<String> headingIds) {
        String url = MarkdownRenderer.sitePath(written);
        if (url.isEmpty()) {
            return "a link with no address; add the page it should go to";
        }
        if (url.startsWith("#")) {
            return headingIds.contains(url.substring(1)) ? null
                    : "link '" + url + "' points to no heading on this page";
        }
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        if (colon > 0 && (slash < 0 || colon < slash)) {
            String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
            return LINK_SCHEMES.contains(scheme) ? null
                    : "link '" + url + "' uses '" + scheme + ":', which is not allowed; use https:// addresses";
        }
        if (url.startsWith("//") || !url.startsWith("/")) {
            return "link '" + url + "' is relative; write site links as /articles/slug or slug.md";
        }
        String path = url.replaceAll("[?#].*$", "");
        String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : null;
        boolean exists = path.equals("/") || path.equals("/articles") || path.equals("/glossary")
                || path.equals("/search")
                || path.startsWith("/articles/") && articles.contains(path.substring("/articles/".length()))
                || path.startsWith("/sections/") && sections.contains(path.substring("/sections/".length()))
                || path.lastIndexOf('/') == 0 && pages.contains(path.substring(1));
        if (!exists) {
            return "link to '" + written + "', which does not exist; check the slug against content/articles/ and "
                    + "content/pages/";
        }
        if (path.equals("/glossary") && anchor != null && !glossaryAnchors.contains(anchor)) {
            return "link to '" + url + "': the glossary has no term with that anchor";
        }
        return null;
    }
}
