package org.ketamineinfo.check;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.Article;
import org.ketamineinfo.content.ContentLoader;
import org.ketamineinfo.content.MarkdownRenderer;
import org.ketamineinfo.content.Page;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.Readability;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar site.jar --check}: loads and validates the content without serving it, prints every
 * problem as {@code file:line: message} and a table of the articles and pages, and exits 1 when there
 * are problems, so a content repository can run it in its own CI. Settings come from the usual places
 * ({@code --site.content.location=DIR}, {@code SITE_CONTENT_LOCATION}, application.yml); no server,
 * database or template engine starts.
 */
public final class ContentCheck {

    public static final String FLAG = "--check";

    private ContentCheck() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(FLAG);
    }

    /** Runs the check with Spring Boot's settings binding only; returns the process exit code. */
    public static int run(String[] args, PrintStream out) {
        String[] settings = Arrays.stream(args).filter(arg -> !arg.equals(FLAG)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=WARN").run(settings)) {
            SiteProperties site = context.getBean(SiteProperties.class);
            Clock clock = Clock.systemDefaultZone();
            Path root = Path.of(site.content().location());
            ContentLoader.Result result = new ContentLoader(MarkdownRenderer.forChecks(), clock).load(root);
            return report(result, LocalDate.now(clock), out);
        }
    }

    /** Prints the problems, then the table; returns 1 when there are problems. */
    static int report(ContentLoader.Result result, LocalDate today, PrintStream out) {
        result.problems().forEach(out::println); // file:line: message
        if (!result.problems().isEmpty()) {
            out.println();
        }
        List<Row> rows = new ArrayList<>();
        for (SiteContent edition : result.site().editions()) {
            edition.articles().forEach(article -> rows.add(row(article, edition.language())));
            edition.pages().forEach(page -> rows.add(row(page, edition.language())));
        }
        // English reads at a US grade (8 or below); Spanish at an INFLESZ score (55 or more).
        out.printf(Locale.ROOT, "%-52s %6s %14s %8s  %s%n", "page", "words", "reading level", "sources",
                "review due");
        for (Row row : rows) {
            String due = row.nextReview() == null ? "-"
                    : row.nextReview() + (row.nextReview().isAfter(today) ? "" : " (overdue)");
            String level = row.language() == Language.ES
                    ? String.format(Locale.ROOT, "INFLESZ %.1f", row.readability().inflesz())
                    : String.format(Locale.ROOT, "grade %.1f", row.readability().grade());
            out.printf(Locale.ROOT, "%-52s %6d %14s %8d  %s%n", row.path(), row.readability().words(), level,
                    row.sources(), due);
        }
        out.println();
        List<String> stale = result.site().staleTranslations();
        if (!stale.isEmpty()) {
            out.println("Translations older than their English original's last review (each page says so):");
            stale.forEach(path -> out.println("  " + path));
            out.println();
        }
        int problems = result.problems().size();
        out.println(problems == 0
                ? "No problems: " + rows.size() + " articles and pages checked."
                : problems + (problems == 1 ? " problem" : " problems") + " in " + result.badFiles().size()
                        + (result.badFiles().size() == 1 ? " file" : " files") + "; fix each at the line shown.");
        return problems == 0 ? 0 : 1;
    }

    private record Row(String path, Language language, Readability readability, int sources,
            @Nullable LocalDate nextReview) {
    }

    private static Row row(Article article, Language language) {
        return new Row(article.path(), language, Readability.of(article.body().textBlocks(), language),
                article.sources().size(), article.nextReview());
    }

    private static Row row(Page page, Language language) {
        return new Row(page.path(), language, Readability.of(page.body().textBlocks(), language),
                page.sources().size(), page.nextReview());
    }

    /** Only the {@code site.*} settings: nothing else of the application starts for a check. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SiteProperties.class)
    static class Settings {
    }
}
