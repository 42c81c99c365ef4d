package org.ketamineinfo.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One immutable, fully validated and rendered version of the whole site. Controllers read it; a
 * reload builds a new one to the side and swaps it in whole, so a reader never sees a mix.
 */
public final class SiteContent {

    private final List<Section> sections;
    private final List<Article> articles;
    private final Map<String, Section> sectionsBySlug;
    private final Map<String, Article> articlesBySlug;
    private final Map<String, Page> pages;
    private final List<GlossaryEntry> glossary;
    private final PrepareTool prepare;
    private final Map<String, String> redirects;
    private final Instant changedAt;
    // Built once, because every page's navigation asks for them: a scan per page would make
    // rendering 10,000 articles quadratic.
    private final Map<String, List<Article>> articlesBySection;
    private final List<Section> sectionsWithArticles;
    private final Map<String, Integer> readingPosition;
    private final @Nullable Preview preview;
    private final Language language;
    /** The translated editions, held by the English one (the root of the snapshot); empty otherwise. */
    private final Map<Language, SiteContent> editions;
    /** For a translated edition: each English original's path, and the path of its translation here. */
    private final Map<String, String> translationPaths;

    /**
     * What a writer's preview shows beside the pages ({@code site.preview}): the problems found when
     * this version was loaded (their files are left out), and which of the pages are drafts.
     */
    public record Preview(List<ContentProblem> problems, Set<String> draftPaths) {
        public Preview {
            problems = List.copyOf(problems);
            draftPaths = Set.copyOf(draftPaths);
        }
    }

    /** @param articles in reading order: by section order, then article order, then title */
    public SiteContent(List<Section> sections, List<Article> articles, List<Page> pages, List<GlossaryEntry> glossary,
            PrepareTool prepare, Instant changedAt) {
        this(sections, articles, pages, glossary, prepare, changedAt, null);
    }

    /** @param preview non-null only when the site runs as a writer's preview */
    public SiteContent(List<Section> sections, List<Article> articles, List<Page> pages, List<GlossaryEntry> glossary,
            PrepareTool prepare, Instant changedAt, @Nullable Preview preview) {
        this(sections, articles, pages, glossary, prepare, changedAt, preview, Language.EN);
    }

    /** @param language the edition these files belong to */
    public SiteContent(List<Section> sections, List<Article> articles, List<Page> pages, List<GlossaryEntry> glossary,
            PrepareTool prepare, Instant changedAt, @Nullable Preview preview, Language language) {
        this(sections, articles, pages, glossary, prepare, changedAt, preview, language, Map.of());
    }

    private SiteContent(List<Section> sections, List<Article> articles, List<Page> pages, List<GlossaryEntry> glossary,
            PrepareTool prepare, Instant changedAt, @Nullable Preview preview, Language language,
            Map<Language, SiteContent> editions) {
        this.language = language;
        this.editions = Map.copyOf(editions);
        this.preview = preview;
        this.sections = List.copyOf(sections);
        this.articles = List.copyOf(articles);
        this.sectionsBySlug = index(sections, Section::slug);
        this.articlesBySlug = index(articles, Article::slug);
        this.pages = index(pages, Page::slug);
        this.glossary = List.copyOf(glossary);
        this.prepare = prepare;
        Map<String, String> aliases = new LinkedHashMap<>();
        articles.forEach(article -> article.aliases().forEach(alias -> aliases.put(alias, article.path())));
        pages.forEach(page -> page.aliases().forEach(alias -> aliases.put(alias, page.path())));
        // The translated editions' old addresses are answered too.
        editions.values().forEach(edition -> edition.redirects().forEach(aliases::putIfAbsent));
        this.redirects = Map.copyOf(aliases);
        this.changedAt = changedAt;
        Map<String, List<Article>> bySection = new LinkedHashMap<>();
        this.articles.forEach(a -> bySection.computeIfAbsent(a.section(), s -> new java.util.ArrayList<>()).add(a));
        bySection.replaceAll((section, list) -> List.copyOf(list));
        this.articlesBySection = Map.copyOf(bySection);
        this.sectionsWithArticles = this.sections.stream().filter(s -> bySection.containsKey(s.slug())).toList();
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < this.articles.size(); i++) {
            positions.put(this.articles.get(i).slug(), i);
        }
        this.readingPosition = Map.copyOf(positions);
        Map<String, String> translated = new java.util.HashMap<>();
        if (language != Language.EN) {
            this.articles.forEach(a -> {
                if (a.translation() != null) {
                    translated.put(Language.EN.article(a.translation().original()), a.path());
                }
            });
            pages.forEach(p -> {
                if (p.translation() != null) {
                    translated.put(Language.EN.page(p.translation().original()), p.path());
                }
            });
            this.sections.forEach(section -> {
                if (section.translationOf() != null) {
                    translated.put(Language.EN.section(section.translationOf()), section.path());
                }
            });
        }
        this.translationPaths = Map.copyOf(translated);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The English snapshot holding these translated editions (each a snapshot of its own language). */
    public SiteContent withEditions(List<SiteContent> translated) {
        Map<Language, SiteContent> byLanguage = new java.util.EnumMap<>(Language.class);
        translated.forEach(edition -> byLanguage.put(edition.language(), edition));
        return new SiteContent(this, byLanguage);
    }

    /**
     * This snapshot's own parts, shared (they are immutable), with the editions and their old addresses
     * added: building every index again cost 6% of a reload at 10,000 articles.
     */
    private SiteContent(SiteContent own, Map<Language, SiteContent> editions) {
        this.language = own.language;
        this.editions = Map.copyOf(editions);
        this.preview = own.preview;
        this.sections = own.sections;
        this.articles = own.articles;
        this.sectionsBySlug = own.sectionsBySlug;
        this.articlesBySlug = own.articlesBySlug;
        this.pages = own.pages;
        this.glossary = own.glossary;
        this.prepare = own.prepare;
        Map<String, String> aliases = new LinkedHashMap<>(own.redirects);
        editions.values().forEach(edition -> edition.redirects().forEach(aliases::putIfAbsent));
        this.redirects = Map.copyOf(aliases);
        this.changedAt = own.changedAt;
        this.articlesBySection = own.articlesBySection;
        this.sectionsWithArticles = own.sectionsWithArticles;
        this.readingPosition = own.readingPosition;
        this.translationPaths = own.translationPaths;
    }

    public Language language() {
        return language;
    }

    /** This edition, or a translated one held by this (English) snapshot. */
    public Optional<SiteContent> edition(Language wanted) {
        return wanted == language ? Optional.of(this) : Optional.ofNullable(editions.get(wanted));
    }

    /** Every edition of the snapshot, English first. */
    public List<SiteContent> editions() {
        List<SiteContent> all = new java.util.ArrayList<>();
        all.add(this);
        for (Language other : Language.values()) {
            if (editions.containsKey(other)) {
                all.add(editions.get(other));
            }
        }
        return List.copyOf(all);
    }

    public List<Section> sections() {
        return sections;
    }

    /** True when the site runs as a writer's preview: drafts are served and problems shown on every page. */
    public boolean preview() {
        return preview != null;
    }

    /** The problems found when this version was loaded; shown only in preview. */
    public List<ContentProblem> problems() {
        return preview == null ? List.of() : preview.problems();
    }

    /** Whether a path is a draft, served only in preview. */
    public boolean isDraft(@Nullable String path) {
        return preview != null && path != null && preview.draftPaths().contains(path);
    }

    /** Every published article in reading order. */
    public List<Article> articles() {
        return articles;
    }

    public List<Page> pages() {
        return List.copyOf(pages.values());
    }

    public List<GlossaryEntry> glossary() {
        return glossary;
    }

    /** Old addresses (front matter {@code aliases}) and the published path each now leads to. */
    public Map<String, String> redirects() {
        return redirects;
    }

    /**
     * When the content last changed: the newest modification time of its files and folders, or of the
     * application itself if that is newer. It is the Last-Modified of a page rendered afresh, so every
     * instance serving the same files with the same jar sends the same one.
     */
    public Instant changedAt() {
        return changedAt;
    }

    public Optional<Article> article(String slug) {
        return Optional.ofNullable(articlesBySlug.get(slug));
    }

    public Optional<Section> section(String slug) {
        return Optional.ofNullable(sectionsBySlug.get(slug));
    }

    public Optional<Page> page(String slug) {
        return Optional.ofNullable(pages.get(slug));
    }

    public List<Article> articlesIn(Section section) {
        return articlesBySection.getOrDefault(section.slug(), List.of());
    }

    /** The sections that have at least one article, in order. */
    public List<Section> sectionsWithArticles() {
        return sectionsWithArticles;
    }

    /** The "start here" path: the first article of each section, in section order. */
    public List<Article> startHere() {
        return sectionsWithArticles().stream().map(section -> articlesIn(section).get(0)).toList();
    }

    public Optional<Article> previous(Article article) {
        int index = readingPosition.getOrDefault(article.slug(), -1);
        return index > 0 ? Optional.of(articles.get(index - 1)) : Optional.empty();
    }

    public Optional<Article> next(Article article) {
        int index = readingPosition.getOrDefault(article.slug(), -1);
        return index >= 0 && index < articles.size() - 1 ? Optional.of(articles.get(index + 1)) : Optional.empty();
    }

    public List<Article> related(Article article) {
        return article.related().stream().map(articlesBySlug::get).filter(a -> a != null).toList();
    }

    /** Every site path a reader can visit, for link checks, tests and (later) the sitemap. */
    /** The questions of "Prepare for your appointment"; not published when content has no prepare.yml. */
    public PrepareTool prepare() {
        return prepare;
    }

    /** The title a reader sees for a site path of this edition (without its #anchor); the path itself if none. */
    public String titleOf(String path) {
        Language of = Language.of(path);
        if (of != language) {
            return edition(of).map(other -> other.titleOf(path)).orElse(path);
        }
        String articleSlug = language.articleSlug(path);
        if (articleSlug != null) {
            return article(articleSlug).map(Article::title).orElse(path);
        }
        String sectionSlug = language.sectionSlug(path);
        if (sectionSlug != null) {
            return section(sectionSlug).map(Section::title).orElse(path);
        }
        if (path.equals(language.home())) {
            return language.text("content.title.home");
        }
        if (path.equals(language.articles())) {
            return language.text("content.title.articles");
        }
        if (path.equals(language.glossary())) {
            return language.text("content.title.glossary");
        }
        if (path.equals(language.prepare())) {
            return language.text("content.title.prepare");
        }
        String pageSlug = language.pageSlug(path);
        return pageSlug == null ? path : page(pageSlug).map(Page::title).orElse(path);
    }

    /** Whether a path is one of {@link #publishedPaths()}, without building the list. */
    public boolean isPublished(String path) {
        Language of = Language.of(path);
        if (of != language) {
            return edition(of).map(other -> other.isPublished(path)).orElse(false);
        }
        if (path.equals(language.home()) || path.equals(language.articles()) || path.equals(language.glossary())) {
            return true;
        }
        if (path.equals(language.prepare())) {
            return prepare.published();
        }
        String articleSlug = language.articleSlug(path);
        if (articleSlug != null) {
            return articlesBySlug.containsKey(articleSlug);
        }
        String sectionSlug = language.sectionSlug(path);
        if (sectionSlug != null) {
            Section section = sectionsBySlug.get(sectionSlug);
            return section != null && articlesBySection.containsKey(section.slug());
        }
        String pageSlug = language.pageSlug(path);
        return pageSlug != null && pages.containsKey(pageSlug);
    }

    /** Every site path a reader can visit, in every edition this snapshot holds. */
    public List<String> publishedPaths() {
        List<String> paths = new java.util.ArrayList<>();
        paths.add(language.home());
        sectionsWithArticles().forEach(section -> paths.add(section.path()));
        articles.forEach(article -> paths.add(article.path()));
        pages.values().forEach(page -> paths.add(page.path()));
        paths.add(language.articles());
        paths.add(language.glossary());
        if (prepare.published()) {
            paths.add(language.prepare());
        }
        editions.values().forEach(edition -> paths.addAll(edition.publishedPaths()));
        return List.copyOf(paths);
    }

    /**
     * Where the templates' link to an English address leads in this edition: the same page's
     * translation here ({@code /get-help-now} is {@code /es/obtenga-ayuda-ahora} in Spanish), or the
     * English page when it has none. Keeps a {@code #anchor} as written.
     */
    public String link(String englishPath) {
        if (language == Language.EN) {
            return englishPath;
        }
        int hash = englishPath.indexOf('#');
        String path = hash < 0 ? englishPath : englishPath.substring(0, hash);
        String anchor = hash < 0 ? "" : englishPath.substring(hash);
        String here = switch (path) {
            case "/" -> language.home();
            case "/articles" -> language.articles();
            case "/glossary" -> language.glossary();
            case "/search" -> language.search();
            case "/prepare" -> language.prepare();
            case "/feed.xml" -> language.home() + "/feed.xml";
            case "/feedback" -> language.feedback();
            case "/feedback/comment" -> language.feedbackComment();
            default -> translationPaths.getOrDefault(path, path);
        };
        return here + anchor;
    }

    /**
     * For the language switcher: the same page in each other edition, or that edition's home page when
     * the page has no translation there.
     */
    public List<Alternate> otherLanguages(@Nullable String path, Language current) {
        List<Alternate> alternates = path == null ? List.of() : alternates(path);
        List<Alternate> others = new java.util.ArrayList<>();
        for (SiteContent edition : editions()) {
            Language other = edition.language;
            if (other != current) {
                others.add(alternates.stream().filter(a -> a.language() == other).findFirst()
                        .orElse(new Alternate(other, other.home())));
            }
        }
        return List.copyOf(others);
    }

    /** One address of a page in one edition, for {@code hreflang} links and the language switcher. */
    public record Alternate(Language language, String path) {
    }

    /**
     * The same page in every edition that has it, this snapshot's language first: the page itself, and
     * its translation or original. Fixed pages (home, A to Z, glossary, prepare, search) pair with each
     * other; an article, page or section pairs through its {@code translationOf}. Only pages that exist.
     */
    public List<Alternate> alternates(@Nullable String path) {
        if (path == null) {
            return List.of();
        }
        Language of = Language.of(path);
        SiteContent own = edition(of).orElse(null);
        if (own == null || !own.isPublished(path) && !path.equals(of.search())) {
            return List.of();
        }
        List<Alternate> found = new java.util.ArrayList<>();
        for (SiteContent edition : editions()) {
            String twin = edition.language == of ? path : twinPath(own, path, edition);
            if (twin != null && (edition.isPublished(twin) || twin.equals(edition.language.search()))) {
                found.add(new Alternate(edition.language, twin));
            }
        }
        return List.copyOf(found);
    }

    /** The path in {@code target} of the page at {@code path} in {@code from}; null when there is no twin. */
    private static @Nullable String twinPath(SiteContent from, String path, SiteContent target) {
        Language a = from.language;
        Language b = target.language;
        if (path.equals(a.home())) {
            return b.home();
        }
        if (path.equals(a.articles())) {
            return b.articles();
        }
        if (path.equals(a.glossary())) {
            return b.glossary();
        }
        if (path.equals(a.search())) {
            return b.search();
        }
        if (path.equals(a.prepare())) {
            return target.prepare.published() ? b.prepare() : null;
        }
        String original = from.originalPathOf(path);
        if (b == Language.EN) {
            return original;
        }
        // English to a translation: the translation whose original is this path.
        return target.translationPaths.get(original == null ? path : original);
    }

    /** The English path this edition's page translates (its own path for English); null if none. */
    private @Nullable String originalPathOf(String path) {
        if (language == Language.EN) {
            return path;
        }
        String articleSlug = language.articleSlug(path);
        if (articleSlug != null) {
            Article article = articlesBySlug.get(articleSlug);
            return article == null ? null : article.originalPath();
        }
        String sectionSlug = language.sectionSlug(path);
        if (sectionSlug != null) {
            Section section = sectionsBySlug.get(sectionSlug);
            return section == null || section.translationOf() == null ? null
                    : Language.EN.section(section.translationOf());
        }
        String pageSlug = language.pageSlug(path);
        Page page = pageSlug == null ? null : pages.get(pageSlug);
        return page == null ? null : page.originalPath();
    }

    /**
     * When this page is a translation whose English original has been reviewed since, the original's
     * review date: the page then says it may be out of date. Null when it is up to date or not a translation.
     */
    public @Nullable LocalDate staleSince(@Nullable Translation translation, SiteContent root) {
        if (translation == null) {
            return null;
        }
        LocalDate reviewed = root.article(translation.original()).map(Article::lastReviewed)
                .or(() -> root.page(translation.original()).map(Page::lastReviewed)).orElse(null);
        return reviewed != null && translation.staleAgainst(reviewed) ? reviewed : null;
    }

    /** Every translated article and page whose original has been reviewed since it was translated. */
    public List<String> staleTranslations() {
        List<String> stale = new java.util.ArrayList<>();
        for (SiteContent edition : editions.values()) {
            edition.articles.forEach(a -> {
                if (edition.staleSince(a.translation(), this) != null) {
                    stale.add(a.path());
                }
            });
            edition.pages.values().forEach(p -> {
                if (edition.staleSince(p.translation(), this) != null) {
                    stale.add(p.path());
                }
            });
        }
        return List.copyOf(stale);
    }
}
