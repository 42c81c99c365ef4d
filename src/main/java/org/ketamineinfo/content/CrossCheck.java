package org.ketamineinfo.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fourth stage: what files say about each other (sections, related articles, links, anchors,
 * titles, aliases), for the files not already bad.
 */
final class CrossCheck {

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel", "sms");
    private static final Pattern ANCHOR = Pattern.compile("#.*$");
    private static final Pattern QUERY_OR_ANCHOR = Pattern.compile("[?#].*$");

    private CrossCheck() {
    }

    /** Everything a link can point to: while it is the same, a file's links give the same problems. */
    private record Targets(Set<String> articles, Set<String> sections, Set<String> pages, Set<String> glossary) {
    }

    /**
     * The link problems of each file as last checked, by its very parse (a file unchanged since the last
     * load keeps it), and the targets they were checked against. At 10,000 articles, checking every link
     * again took most of a live edit's reload.
     */
    static final class LinkMemo {
        static final LinkMemo NONE = new LinkMemo(null);

        private final @Nullable Targets targets;
        private final Map<Object, List<ContentProblem>> problems = new java.util.IdentityHashMap<>();

        private LinkMemo(@Nullable Targets targets) {
            this.targets = targets;
        }
    }

    /** The problems found, and the link checks behind them for the next load to reuse. */
    record Checked(List<ContentProblem> problems, LinkMemo links) {
    }

    static List<ContentProblem> check(Language language, List<Parsed<Section>> sections,
            List<Parsed<GlossaryEntry>> glossary, List<Parsed<ArticleParser.Draftable>> articles,
            List<Parsed<PageParser.Draftable>> pages, Set<String> bad, boolean badFilesExist, boolean prepareExists) {
        return check(language, sections, glossary, articles, pages, bad, badFilesExist, prepareExists, LinkMemo.NONE)
                .problems();
    }

    /**
     * What files say about each other, for the files not already bad.
     *
     * @param badFilesExist count bad files as existing link targets (for the report) or as gone (for
     *     what is published when bad files are skipped)
     * @param before the last load's link checks, reused for unchanged files when the targets are the same
     */
    static Checked check(Language language, List<Parsed<Section>> sections,
            List<Parsed<GlossaryEntry>> glossary, List<Parsed<ArticleParser.Draftable>> articles,
            List<Parsed<PageParser.Draftable>> pages, Set<String> bad, boolean badFilesExist, boolean prepareExists,
            LinkMemo before) {
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> sectionSlugs = new TreeSet<>();
        SiteAssembler.good(sections, bad).forEach(section -> sectionSlugs.add(section.slug()));
        List<Parsed<ArticleParser.Draftable>> liveArticles = articles.stream()
                .filter(p -> p.item() != null && !bad.contains(p.file())).toList();
        List<Parsed<PageParser.Draftable>> livePages = pages.stream()
                .filter(p -> p.item() != null && !bad.contains(p.file())).toList();
        Set<String> publishedArticles = new HashSet<>();
        liveArticles.stream().filter(p -> !p.item().draft()).forEach(p -> publishedArticles.add(p.item().article().slug()));
        Set<String> pageSlugs = new HashSet<>();
        livePages.stream().filter(p -> !p.item().draft()).forEach(p -> pageSlugs.add(p.item().page().slug()));
        if (prepareExists) {
            // /prepare (or /es/preparar), the tool built from prepare.yml
            pageSlugs.add(language.prepare().substring(language.page("").length()));
        }
        if (badFilesExist) {
            articles.stream().filter(p -> bad.contains(p.file()))
                    .forEach(p -> publishedArticles.add(SourceFile.slugOf(p.file())));
            pages.stream().filter(p -> bad.contains(p.file()))
                    .forEach(p -> pageSlugs.add(SourceFile.slugOf(p.file())));
        }
        Set<String> glossaryAnchors = new HashSet<>();
        SiteAssembler.good(glossary, bad).forEach(entry -> glossaryAnchors.add(entry.slug()));
        Targets targets = new Targets(publishedArticles, sectionSlugs, pageSlugs, glossaryAnchors);
        LinkMemo memo = new LinkMemo(targets);
        Map<Object, List<ContentProblem>> reusable = targets.equals(before.targets) ? before.problems : Map.of();

        Map<String, String> titles = new HashMap<>();
        for (Parsed<ArticleParser.Draftable> parsed : liveArticles) {
            ArticleParser.Draftable item = parsed.item();
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
                problems.addAll(memo(item, reusable, memo, () -> checkLinks(language, parsed.file(), article.body(),
                        item.bodyLine(), publishedArticles, sectionSlugs, pageSlugs, glossaryAnchors)));
            }
        }
        for (Parsed<PageParser.Draftable> parsed : livePages) {
            PageParser.Draftable item = parsed.item();
            if (!item.draft()) {
                checkTitle(titles, item.page().title(), parsed.file(), item.titleLine(), problems);
                problems.addAll(memo(item, reusable, memo, () -> checkLinks(language, parsed.file(),
                        item.page().body(), item.bodyLine(), publishedArticles, sectionSlugs, pageSlugs,
                        glossaryAnchors)));
            }
        }
        checkAliases(language, sections, articles, pages, liveArticles, livePages, bad, badFilesExist, problems);
        return new Checked(problems, memo);
    }

    /**
     * An old address may lead to one page only, and never to one that is still in use: an alias that
     * names a published page (or another file's alias) is reported at its own line.
     */
    private static void checkAliases(Language language, List<Parsed<Section>> sections,
            List<Parsed<ArticleParser.Draftable>> articles,
            List<Parsed<PageParser.Draftable>> pages, List<Parsed<ArticleParser.Draftable>> liveArticles,
            List<Parsed<PageParser.Draftable>> livePages, Set<String> bad, boolean badFilesExist,
            List<ContentProblem> problems) {
        Map<String, String> inUse = new HashMap<>();
        for (Parsed<Section> parsed : sections) {
            if (parsed.item() != null && !bad.contains(parsed.file())) {
                inUse.put(parsed.item().path(), ANCHOR.matcher(parsed.file()).replaceFirst(""));
            }
        }
        for (Parsed<ArticleParser.Draftable> parsed : articles) {
            if (parsed.item() != null && !bad.contains(parsed.file()) && !parsed.item().draft()) {
                inUse.put(parsed.item().article().path(), parsed.file());
            } else if (badFilesExist && bad.contains(parsed.file())) {
                inUse.put(language.article(SourceFile.slugOf(parsed.file())), parsed.file());
            }
        }
        for (Parsed<PageParser.Draftable> parsed : pages) {
            if (parsed.item() != null && !bad.contains(parsed.file()) && !parsed.item().draft()) {
                inUse.put(parsed.item().page().path(), parsed.file());
            } else if (badFilesExist && bad.contains(parsed.file())) {
                inUse.put(language.page(SourceFile.slugOf(parsed.file())), parsed.file());
            }
        }
        Map<String, String> aliasOwners = new HashMap<>();
        List<Map.Entry<String, List<FileFields.Alias>>> withAliases = new ArrayList<>();
        liveArticles.stream().filter(p -> !p.item().draft())
                .forEach(p -> withAliases.add(Map.entry(p.file(), p.item().aliases())));
        livePages.stream().filter(p -> !p.item().draft())
                .forEach(p -> withAliases.add(Map.entry(p.file(), p.item().aliases())));
        for (Map.Entry<String, List<FileFields.Alias>> file : withAliases) {
            for (FileFields.Alias alias : file.getValue()) {
                // /articles/x/ and /articles/x.html already lead to /articles/x.
                String page = FileFields.withoutVariantEnding(alias.path());
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

    private static void checkTitle(Map<String, String> titles, String title, String file, int line,
            List<ContentProblem> problems) {
        String earlier = titles.putIfAbsent(title.toLowerCase(Locale.ROOT), file);
        if (earlier != null) {
            problems.add(new ContentProblem(file, line, "title '" + title + "' is also used by " + earlier
                    + "; titles must be unique"));
        }
    }

    /** The link problems of a file's parse: the last load's when it is the same parse, else checked now. */
    private static List<ContentProblem> memo(Object parse, Map<Object, List<ContentProblem>> reusable, LinkMemo memo,
            java.util.function.Supplier<List<ContentProblem>> check) {
        List<ContentProblem> found = reusable.get(parse);
        if (found == null) {
            found = check.get();
        }
        memo.problems.put(parse, found);
        return found;
    }

    private static List<ContentProblem> checkLinks(Language language, String file, RenderedMarkdown body,
            int bodyLine, Set<String> articles, Set<String> sections, Set<String> pages, Set<String> glossaryAnchors) {
        List<ContentProblem> problems = new ArrayList<>();
        Set<String> headingIds = headingIds(body);
        for (RenderedMarkdown.Link link : body.links()) {
            String problem = linkProblem(language, link.url().strip(), articles, sections, pages, glossaryAnchors,
                    headingIds);
            if (problem != null) {
                problems.add(new ContentProblem(file, link.line() + bodyLine - 1, problem));
            }
        }
        return List.copyOf(problems);
    }

    static @Nullable String linkProblem(Language language, String written, Set<String> articles,
            Set<String> sections, Set<String> pages, Set<String> glossaryAnchors, Set<String> headingIds) {
        String url = MarkdownRenderer.sitePath(written, language);
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
        String path = QUERY_OR_ANCHOR.matcher(url).replaceFirst("");
        String anchor = url.contains("#") ? url.substring(url.indexOf('#') + 1) : null;
        if (Language.of(path) != language) {
            return "link to '" + written + "', a page of the other language's edition; link to the page in this "
                    + "edition (its addresses start with " + language.home() + ")";
        }
        String articleSlug = language.articleSlug(path);
        String sectionSlug = language.sectionSlug(path);
        String pageSlug = language.pageSlug(path);
        boolean exists = path.equals(language.home()) || path.equals(language.articles())
                || path.equals(language.glossary()) || path.equals(language.search())
                || articleSlug != null && articles.contains(articleSlug)
                || sectionSlug != null && sections.contains(sectionSlug)
                || pageSlug != null && pages.contains(pageSlug);
        if (!exists) {
            String folder = language.folder() == null ? "content/" : "content/" + language.folder() + "/";
            return "link to '" + written + "', which does not exist; check the slug against " + folder + "articles/ and "
                    + folder + "pages/";
        }
        if (path.equals(language.glossary()) && anchor != null && !glossaryAnchors.contains(anchor)) {
            return "link to '" + url + "': the glossary has no term with that anchor";
        }
        return null;
    }

    static Set<String> headingIds(RenderedMarkdown body) {
        Set<String> ids = new HashSet<>();
        body.headings().forEach(heading -> ids.add(heading.id()));
        return ids;
    }
}
