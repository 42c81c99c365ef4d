package org.ketamineinfo.content;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a content folder into a {@link SiteContent}, in the stages JBake names: find the files
 * ({@link ContentFiles}), read their front matter ({@link FrontMatter}), parse each kind
 * ({@link ArticleParser}, {@link PageParser}, {@link SectionsParser}, {@link GlossaryParser},
 * {@link PrepareFile}), check what files say about each other ({@link CrossCheck}), and assemble the
 * snapshot ({@link SiteAssembler}). Every problem is collected before anything is decided, so a
 * writer sees the whole list at once.
 *
 * <p>A reload passes the previous {@link Result}: a file whose text, the glossary and the day are
 * unchanged is not parsed again, and keeps the very same {@link Article} or {@link Page} object, which
 * tells the renderer that its page need not be rendered again either.
 */
public final class ContentLoader {

    /** Larger files are refused: no patient article needs a quarter of a megabyte of text. */
    public static final int MAX_FILE_BYTES = 256 * 1024;

    public static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    /** Page slugs that would shadow the site's own routes. */
    static final Set<String> RESERVED_PAGE_SLUGS = Set.of("articles", "sections", "glossary", "search", "prepare", "css",
            "images", "error", "actuator", "sitemap", "feed", "robots", "favicon", "assets", "static", "es", "en",
            "articulos", "secciones", "glosario", "buscar", "preparar", "editors");

    /** Element ids the page templates use; a body heading must not produce one of them. */
    static final Set<String> TEMPLATE_IDS = Set.of("main", "key-points-title", "contents-title", "sources-title",
            "related-title", "crisis-title", "feedback-website");


    /** Addresses the site answers itself, in every edition, which no alias may take over. */
    static final Set<String> SITE_PATHS = sitePaths();

    /**
     * When this build of the application was made (the time recorded for this class in the jar, the same
     * in every copy of it): a new build can change every page, so pages are never older than it.
     */
    static final Instant APPLICATION_BUILT = builtAt();

    private final ArticleParser articleParser;
    private final PageParser pageParser;
    private final Clock clock;

    public ContentLoader(MarkdownRenderer renderer, Clock clock) {
        FileFields fields = new FileFields(renderer, clock);
        this.articleParser = new ArticleParser(fields);
        this.pageParser = new PageParser(fields);
        this.clock = clock;
    }

    /**
     * The outcome of a load: the site built from every good file, and every problem found.
     *
     * @param leftOut files that are fine in themselves but point to a bad file, so they too are left
     *     out when bad files are skipped
     * @param parsed what each file gave, for the next load to reuse
     */
    public record Result(SiteContent site, List<ContentProblem> problems, Set<String> badFiles, List<String> leftOut,
            Parses parsed) {

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

    /**
     * What each article and page file gave, with the source it was parsed from and the glossary and day
     * it was parsed with: reused by the next load when the text, the glossary and the day are the same.
     * Files of every edition are kept together: their names ({@code content/es/articles/x.md}) tell them
     * apart.
     */
    public static final class Parses {
        static final Parses NONE = new Parses(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                LocalDate.MIN);

        private final Map<String, ContentFiles.Stamped> files;
        private final Map<Language, ContentFiles.Listing> listings;
        private final Map<String, Reusable<ArticleParser.Draftable>> articles;
        private final Map<String, Reusable<PageParser.Draftable>> pages;
        private final Map<Language, String> glossaryTexts;
        private final Map<Language, CrossCheck.LinkMemo> linkChecks;
        private final LocalDate day;

        private Parses(Map<String, ContentFiles.Stamped> files, Map<Language, ContentFiles.Listing> listings,
                Map<String, Reusable<ArticleParser.Draftable>> articles,
                Map<String, Reusable<PageParser.Draftable>> pages, Map<Language, String> glossaryTexts,
                Map<Language, CrossCheck.LinkMemo> linkChecks, LocalDate day) {
            // Read-only views, not copies: the maps are the load's own, and at 10,000 articles copying three
            // of them took a twentieth of a reload.
            this.linkChecks = Map.copyOf(linkChecks);
            this.files = Collections.unmodifiableMap(files);
            this.listings = Map.copyOf(listings);
            this.articles = Collections.unmodifiableMap(articles);
            this.pages = Collections.unmodifiableMap(pages);
            this.glossaryTexts = Map.copyOf(glossaryTexts);
            this.day = day;
        }
    }

    /** A file's parse and the source it was parsed from (its text forgotten), as kept between loads. */
    private record Reusable<T>(SourceFile source, Parsed<T> parsed) {
    }

    public Result load(Path root) {
        return load(root, false, null);
    }

    public Result load(Path root, boolean preview) {
        return load(root, preview, null);
    }

    /**
     * @param preview a writer's preview: drafts are published too, and the snapshot carries the problems
     *     (and which pages are drafts) so every page can show them
     * @param previous the last load of the same folder, whose unchanged files are not parsed again
     */
    public Result load(Path root, boolean preview, @Nullable Result previous) {
        return load(root, preview, previous, null);
    }

    /**
     * Loads the English edition from the root and each translated edition from its folder
     * ({@code content/es/}), then checks what the translations say about their originals.
     *
     * @param changed every file and folder the file watcher saw change since the previous load, or null when
     *     it cannot tell: then the folders are walked and every file read. With a list, the previous load's
     *     listing is patched with just those files (a folder in it means a walk), and any other file whose
     *     size and modification time are as at the previous load is not read again
     */
    public Result load(Path root, boolean preview, @Nullable Result previous, @Nullable Set<Path> changed) {
        String rootName = root.toAbsolutePath().normalize().getFileName().toString();
        if (!Files.isDirectory(root)) {
            List<ContentProblem> problems = List.of(new ContentProblem(rootName, 0, "content folder not found at "
                    + root.toAbsolutePath() + "; set site.content.location to the folder that holds articles/ and pages/"));
            return new Result(new SiteContent(List.of(), List.of(), List.of(), List.of(), PrepareTool.NONE,
                    clock.instant()), problems, Set.of(rootName), List.of(), Parses.NONE);
        }
        Parses before = previous == null ? Parses.NONE : previous.parsed();
        LocalDate today = LocalDate.now(clock);
        List<Edition> editions = new ArrayList<>();
        SharedSources shared = new SharedSources();
        for (Language language : Language.values()) {
            Path folder = language.folder() == null ? root : root.resolve(language.folder());
            if (language == Language.EN || Files.isDirectory(folder)) {
                String name = language.folder() == null ? rootName : rootName + "/" + language.folder();
                editions.add(parseEdition(folder, name, language, before, today, changed, shared));
            }
        }
        Edition english = editions.get(0);
        for (Edition translated : editions.subList(1, editions.size())) {
            List<ContentProblem> found = TranslationCheck.check(english.articles, english.pages, english.sections,
                    translated.articles, translated.pages, translated.sections, english.bad);
            translated.problems.addAll(found);
            found.forEach(problem -> translated.bad.add(problem.file()));
        }
        Instant changedAt = APPLICATION_BUILT;
        for (Edition edition : editions) {
            Instant newest = edition.found.newest.toInstant();
            changedAt = newest.isAfter(changedAt) ? newest : changedAt;
        }
        // A file stamped in the future (a clock out of step) must not give a Last-Modified after Date.
        Instant now = clock.instant();
        changedAt = changedAt.isAfter(now) ? now : changedAt;
        List<SiteContent> sites = new ArrayList<>();
        for (Edition edition : editions) {
            edition.leaveOutWhatPointsToBadFiles();
            // Each edition's snapshot shows its own problems in preview; the load reports them all.
            sites.add(SiteAssembler.assemble(edition.language, edition.sections, edition.glossary, edition.articles,
                    edition.pages, edition.found.prepareFile, edition.prepare, edition.bad, edition.problems, preview,
                    changedAt));
        }
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> bad = new HashSet<>();
        List<String> leftOut = new ArrayList<>();
        Map<String, ContentFiles.Stamped> files = new HashMap<>();
        Map<Language, ContentFiles.Listing> listings = new HashMap<>();
        Map<String, Reusable<ArticleParser.Draftable>> articles = new HashMap<>();
        Map<String, Reusable<PageParser.Draftable>> pages = new HashMap<>();
        Map<Language, String> glossaryTexts = new HashMap<>();
        Map<Language, CrossCheck.LinkMemo> linkChecks = new HashMap<>();
        for (Edition edition : editions) {
            linkChecks.put(edition.language, edition.linkChecks);
            problems.addAll(edition.problems);
            bad.addAll(edition.bad);
            leftOut.addAll(edition.leftOut);
            files.putAll(edition.found.stamps);
            if (edition.found.listing != null) {
                listings.put(edition.language, edition.found.listing);
            }
            articles.putAll(remember(edition.found.articles, edition.articles, edition.found.stamps));
            pages.putAll(remember(edition.found.pages, edition.pages, edition.found.stamps));
            glossaryTexts.put(edition.language, edition.glossaryText);
        }
        SiteContent site = sites.get(0).withEditions(sites.subList(1, sites.size()));
        return new Result(site, problems, bad, leftOut, new Parses(files, listings, articles, pages, glossaryTexts,
                linkChecks, today));
    }

    /** One edition's files, parsed and checked, not yet assembled. */
    private static final class Edition {
        final Language language;
        final ContentFiles.Found found;
        final List<Parsed<Section>> sections;
        final List<Parsed<GlossaryEntry>> glossary;
        final String glossaryText;
        final List<Parsed<ArticleParser.Draftable>> articles;
        final List<Parsed<PageParser.Draftable>> pages;
        final PrepareFile.@Nullable Parsed prepare;
        final List<ContentProblem> problems;
        final Set<String> bad = new HashSet<>();
        final List<String> leftOut = new ArrayList<>();
        CrossCheck.LinkMemo linkChecks = CrossCheck.LinkMemo.NONE;

        Edition(Language language, ContentFiles.Found found, List<Parsed<Section>> sections,
                List<Parsed<GlossaryEntry>> glossary, String glossaryText,
                List<Parsed<ArticleParser.Draftable>> articles,
                List<Parsed<PageParser.Draftable>> pages, PrepareFile.@Nullable Parsed prepare,
                List<ContentProblem> problems) {
            this.language = language;
            this.found = found;
            this.sections = sections;
            this.glossary = glossary;
            this.glossaryText = glossaryText;
            this.articles = articles;
            this.pages = pages;
            this.prepare = prepare;
            this.problems = problems;
        }

        /**
         * Repeats the cross-check without the bad files until nothing new goes wrong (a left-out article may
         * break another one's links). With no bad file, nothing can point to one.
         */
        void leaveOutWhatPointsToBadFiles() {
            List<ContentProblem> crossProblems;
            while (!bad.isEmpty() && !(crossProblems = CrossCheck.check(language, sections, glossary, articles, pages,
                    bad, false, found.prepareFile != null)).isEmpty()) {
                crossProblems.forEach(problem -> {
                    bad.add(problem.file());
                    leftOut.add(problem + " (its target is left out)");
                });
            }
        }
    }

    private Edition parseEdition(Path folder, String name, Language language, Parses before, LocalDate today,
            @Nullable Set<Path> changed, SharedSources shared) {
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> editionFolders = language == Language.EN ? translatedFolders() : Set.of();
        ContentFiles.Found found = ContentFiles.find(folder, name, problems, before.files,
                before.listings.get(language), changed, editionFolders);

        List<Parsed<Section>> sections = found.sectionsFile == null ? List.of()
                : SectionsParser.parse(found.sectionsFile, language);
        if (found.sectionsFile == null) {
            problems.add(new ContentProblem(name + "/sections.yml", 0,
                    "missing: create sections.yml listing the topic groups (slug, title, description, order)"));
        }
        // The glossary comes first: article bodies link to its terms as they are rendered.
        List<Parsed<GlossaryEntry>> glossary = found.glossaryFile == null ? List.of()
                : GlossaryParser.parse(found.glossaryFile);
        GlossaryLinker terms = new GlossaryLinker(glossary.stream().map(Parsed::item)
                .filter(Objects::nonNull).toList(), language);
        String glossaryText = found.glossaryFile == null ? "" : found.glossaryFile.text();
        boolean articlesReusable = glossaryText.equals(before.glossaryTexts.get(language)) && before.day.equals(today);
        boolean pagesReusable = before.day.equals(today);
        List<Parsed<ArticleParser.Draftable>> articles = EveryCore.map(found.articles,
                source -> reuse(before.articles, articlesReusable, source,
                        () -> articleParser.parse(source, terms, language, shared)));
        List<Parsed<PageParser.Draftable>> pages = EveryCore.map(found.pages,
                source -> reuse(before.pages, pagesReusable, source,
                        () -> pageParser.parse(source, language, shared)));
        PrepareFile.Parsed prepare = found.prepareFile == null ? null : parsePrepare(found.prepareFile);
        Edition edition = new Edition(language, found, sections, glossary, glossaryText, articles, pages, prepare,
                problems);

        // Each file's own problems, then what files say about each other.
        for (List<? extends Parsed<?>> group : List.of(sections, glossary, articles, pages)) {
            for (Parsed<?> parsed : group) {
                problems.addAll(parsed.problems());
                if (!parsed.problems().isEmpty()) {
                    edition.bad.add(parsed.file());
                }
            }
        }
        if (prepare != null) {
            problems.addAll(prepare.problems());
        }
        problems.stream().map(ContentProblem::file).forEach(edition.bad::add);
        // A link to a file that exists but has problems of its own is not reported again: the writer
        // fixes that file. Only when bad files are left out do the files that point to them follow.
        CrossCheck.Checked checked = CrossCheck.check(language, sections, glossary, articles, pages, edition.bad,
                true, found.prepareFile != null, before.linkChecks.getOrDefault(language, CrossCheck.LinkMemo.NONE));
        edition.linkChecks = checked.links();
        problems.addAll(checked.problems());
        checked.problems().forEach(problem -> edition.bad.add(problem.file()));
        return edition;
    }

    /** The folders of the translated editions, which the English edition's crawl leaves to them. */
    private static Set<String> translatedFolders() {
        Set<String> folders = new HashSet<>();
        for (Language language : Language.values()) {
            if (language.folder() != null) {
                folders.add(language.folder());
            }
        }
        return folders;
    }

    private static <T> Parsed<T> reuse(Map<String, Reusable<T>> before, boolean reusable, SourceFile source,
            java.util.function.Supplier<Parsed<T>> parse) {
        Reusable<T> earlier = reusable ? before.get(source.display()) : null;
        return earlier != null && earlier.source().sameText(source) ? earlier.parsed() : parse.get();
    }

    private static <T> Map<String, Reusable<T>> remember(List<SourceFile> sources, List<Parsed<T>> parsed,
            Map<String, ContentFiles.Stamped> kept) {
        Map<String, Reusable<T>> remembered = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            String display = sources.get(i).display();
            remembered.put(display, new Reusable<>(kept.get(display).source(), parsed.get(i)));
        }
        return remembered;
    }

    private static PrepareFile.Parsed parsePrepare(SourceFile source) {
        List<ContentProblem> problems = new ArrayList<>();
        return PrepareFile.parse(source.display(), FrontMatter.compose(source.text(), source.display(), 1, problems),
                problems);
    }

    /**
     * The anchor of a glossary term: "Esketamine (Spravato)" becomes "esketamine-spravato", and accents
     * are folded, so "Sedación" becomes "sedacion".
     */
    public static String slugify(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "term" : slug;
    }

    private static Set<String> sitePaths() {
        Set<String> paths = new HashSet<>(Set.of("/sitemap.xml", "/robots.txt", "/favicon.svg"));
        for (Language language : Language.values()) {
            String folder = language == Language.EN ? "" : language.home();
            paths.addAll(List.of(language.home(), language.articles(), language.glossary(), language.prepare(),
                    language.search(), folder + "/feed.xml", folder + "/404", folder + "/404.html",
                    language.feedback(), language.feedbackComment()));
        }
        return Set.copyOf(paths);
    }

    private static Instant builtAt() {
        URL self = ContentLoader.class.getResource("ContentLoader.class");
        try {
            return self == null ? Instant.EPOCH : Instant.ofEpochMilli(self.openConnection().getLastModified());
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
