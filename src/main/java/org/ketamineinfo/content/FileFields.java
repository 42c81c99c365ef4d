package org.ketamineinfo.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fields that articles and pages share (slug, description, review dates, sources, aliases) and their
 * Markdown body, each checked alone; what files say about each other is {@link CrossCheck}'s job.
 */
final class FileFields {

    private static final Set<String> SOURCE_FIELDS = Set.of("title", "publisher", "year", "url");
    /** An old address an alias may name: path segments of URL-safe characters, none starting with a dot. */
    private static final Pattern ALIAS_PATH = Pattern.compile("^(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+/?$");
    private static final Set<String> SITE_FOLDERS = Set.of("css", "actuator", "error", "editors");
    private static final Pattern VARIANT_ENDING = Pattern.compile("(/|\\.html)$");

    /** The address a variant already leads to: {@code /articles/x/} and {@code /articles/x.html} to /articles/x. */
    static String withoutVariantEnding(String path) {
        return VARIANT_ENDING.matcher(path).replaceFirst("");
    }

    /**
     * An address the site answers itself, also written as a variant that already leads there
     * ({@code /articles/}, {@code /articles.html}, {@code /index.html}): a static export would write the
     * alias's page over the site's own file.
     */
    private static boolean sitesOwn(String path) {
        String page = path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        page = page.length() > 1 ? withoutVariantEnding(page) : page;
        return ContentLoader.SITE_PATHS.contains(path) || ContentLoader.SITE_PATHS.contains(page)
                || SITE_FOLDERS.contains(path.substring(1).split("/")[0]);
    }

    private final MarkdownRenderer renderer;
    private final Clock clock;

    FileFields(MarkdownRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    /** An old address from front matter {@code aliases}, resolved to a site path, and its file line. */
    record Alias(String written, String path, int line) {
    }

    /**
     * Reads {@code aliases}: each is an old slug in the same folder ({@code old-name}) or an old address
     * ({@code /old/page}). What a file can check alone is checked here; clashes with other files later.
     */
    static List<Alias> aliases(Fields f, String folder, String slug, String file,
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
            String path = ContentLoader.SLUG.matcher(alias).matches() ? folder + alias : alias;
            String problem = null;
            if (!ALIAS_PATH.matcher(path).matches()) {
                problem = "alias '" + alias + "' must be an old file name such as old-name, or an old address such "
                        + "as /old/page (letters, digits, '-', '_', '.' and '/' only)";
            } else if (path.equals(folder + slug)) {
                problem = "alias '" + alias + "' is this page's own address; remove it";
            } else if (!seen.add(path)) {
                problem = "alias '" + alias + "' is listed twice; keep one";
            } else if (sitesOwn(path)) {
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

    static String checkSlug(SourceFile source, List<ContentProblem> problems) {
        String slug = source.slug();
        if (!ContentLoader.SLUG.matcher(slug).matches()) {
            problems.add(new ContentProblem(source.display(), 0, "file name '" + slug + ".md' is not a valid slug; use "
                    + "lower-case letters, digits and single hyphens, such as side-effects.md"));
        }
        return slug;
    }

    RenderedMarkdown renderBody(SourceFile source, FrontMatter front, GlossaryLinker terms, Language language,
            List<ContentProblem> problems) {
        if (front.body().isBlank()) {
            problems.add(new ContentProblem(source.display(), front.bodyLine(), "the body is empty; write the text "
                    + "below the closing '---'"));
        }
        List<MarkdownRenderer.LineProblem> bodyProblems = new ArrayList<>();
        RenderedMarkdown body = renderer.render(front.body(), terms, language, bodyProblems);
        int offset = front.bodyLine() - 1;
        bodyProblems.forEach(p -> problems.add(new ContentProblem(source.display(), p.line() + offset, p.message())));
        Set<String> ids = new HashSet<>();
        for (Heading heading : body.headings()) {
            if (ContentLoader.TEMPLATE_IDS.contains(heading.id())) {
                problems.add(new ContentProblem(source.display(), 0, "heading '" + heading.text() + "' clashes with a "
                        + "part of the page template; reword it"));
            }
            ids.add(heading.id());
        }
        return body;
    }

    /** Front matter fields a translated file adds: which English file it translates, and which review. */
    static final Set<String> TRANSLATION_FIELDS = Set.of("translationOf", "translatedFrom");

    /** A kind's front matter fields as a translated edition allows them. */
    static Set<String> withTranslationFields(Set<String> fields) {
        Set<String> all = new HashSet<>(fields);
        all.addAll(TRANSLATION_FIELDS);
        return Set.copyOf(all);
    }

    /**
     * {@code translationOf} and {@code translatedFrom}, which come together: null for an English file, and
     * for a translated edition's own page that has no English original.
     */
    @Nullable Translation translation(Fields f, Language language) {
        if (language == Language.EN || !f.has("translationOf") && !f.has("translatedFrom")) {
            return null;
        }
        String original = f.text("translationOf", true, 1, 100);
        LocalDate from = f.date("translatedFrom", true);
        if (original != null && !ContentLoader.SLUG.matcher(original).matches()) {
            f.problem("translationOf", "'translationOf' must be the English file's name without .md, such as "
                    + "side-effects-and-risks");
            original = null;
        }
        if (from != null && from.isAfter(LocalDate.now(clock))) {
            f.problem("translatedFrom", "'translatedFrom' is in the future (" + from + "); use the English page's "
                    + "'lastReviewed' date that you translated");
            from = null;
        }
        return original == null || from == null ? null : new Translation(original, from);
    }

    static @Nullable String description(Fields f) {
        String description = f.text("description", true, 50, 160);
        // "EE. UU." (the United States in Spanish) is one abbreviation, not two sentences.
        if (description != null
                && Pattern.compile("[.!?]\\s+\\S").matcher(description.replace("EE. UU.", "EEUU")).find()) {
            f.problem("description", "'description' must be one sentence; move the rest into the body");
            return null;
        }
        return description;
    }

    record Dates(@Nullable LocalDate last, @Nullable LocalDate next) {
    }

    Dates dates(Fields f, boolean required) {
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

    static List<Source> sources(Fields f, boolean required, SharedSources shared) {
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
                sources.add(shared.share(new Source(title, publisher, year, url == null ? null : url.toString())));
            }
        }
        return sources;
    }

}
