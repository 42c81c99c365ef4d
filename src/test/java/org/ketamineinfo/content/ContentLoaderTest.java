package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    private final ContentLoader loader = Fixtures.loader();

    @Test
    void goodSiteLoadsWithExpectedCountsAndNoProblems() {
        ContentLoader.Result result = loader.load(Fixtures.GOOD);

        assertThat(result.problems()).isEmpty();
        SiteContent site = result.site();
        assertThat(site.articles()).extracting(Article::slug)
                .containsExactly("first-steps", "second-steps", "staying-safe");
        assertThat(site.pages()).extracting(Page::slug).containsExactly("about", "get-help-now");
        assertThat(site.sections()).extracting(Section::slug).containsExactly("basics", "safety", "later");
        assertThat(site.sectionsWithArticles()).extracting(Section::slug).containsExactly("basics", "safety");
        assertThat(site.glossary()).extracting(GlossaryEntry::slug).containsExactly("dissociation", "esketamine-spravato");
    }

    @Test
    void draftsAreNotPublished() {
        SiteContent site = loader.load(Fixtures.GOOD).site();

        assertThat(site.article("draft-article")).isEmpty();
        assertThat(site.publishedPaths()).noneMatch(path -> path.contains("draft"));
    }

    @Test
    void frontMatterIsTypedWithDefaults() {
        Article first = loader.load(Fixtures.GOOD).site().article("first-steps").orElseThrow();
        Article safety = loader.load(Fixtures.GOOD).site().article("staying-safe").orElseThrow();

        assertThat(first.lastReviewed()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(first.nextReview()).as("defaults to 12 months after lastReviewed").isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(first.sources()).extracting(Source::title, Source::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A first source", 2020),
                        org.assertj.core.groups.Tuple.tuple("A second source", 2021));
        assertThat(first.sources().get(0).url()).isEqualTo("https://doi.org/10.1000/first");
        assertThat(first.sources().get(1).url()).isNull();
        assertThat(first.body().headings()).extracting(Heading::level, Heading::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "what-it-is"),
                        org.assertj.core.groups.Tuple.tuple(3, "a-detail"));
        assertThat(safety.order()).as("order defaults to 100").isEqualTo(100);
    }

    @Test
    void readingOrderFollowsSectionOrderThenArticleOrder() {
        SiteContent site = loader.load(Fixtures.GOOD).site();
        Article second = site.article("second-steps").orElseThrow();

        assertThat(site.previous(second)).map(Article::slug).contains("first-steps");
        assertThat(site.next(second)).map(Article::slug).contains("staying-safe");
        assertThat(site.startHere()).extracting(Article::slug).containsExactly("first-steps", "staying-safe");
        assertThat(site.related(second)).extracting(Article::slug).containsExactly("staying-safe");
    }

    @Test
    void brokenSiteReportsEveryProblemWithFileLineAndFix() {
        List<String> report = loader.load(Fixtures.BROKEN).problems().stream().map(ContentProblem::toString).toList();

        assertThat(report).containsExactly(
                "broken/articles/Bad_Name.md: file name 'Bad_Name.md' is not a valid slug; use lower-case letters, "
                        + "digits and single hyphens, such as side-effects.md",
                "broken/articles/bad-aliases.md:10: alias '../../etc/passwd' must be an old file name such as "
                        + "old-name, or an old address such as /old/page (letters, digits, '-', '_', '.' and '/' only)",
                "broken/articles/bad-aliases.md:11: alias 'bad-aliases' is this page's own address; remove it",
                "broken/articles/bad-aliases.md:13: alias '/old/page' is listed twice; keep one",
                "broken/articles/bad-aliases.md:14: alias '/sitemap.xml' is an address the site itself uses; remove it",
                "broken/articles/bad-markdown.md:13: a '#' heading: the title is already the page's main heading, "
                        + "so start body headings at '##'",
                "broken/articles/bad-markdown.md:15: unknown callout '[!DANGER]'; use one of [!HELP], [!IMPORTANT], "
                        + "[!WARNING] or [!NOTE]",
                "broken/articles/bad-values.md:2: 'title' must be 3 to 70 characters long (it has 2)",
                "broken/articles/bad-values.md:3: 'description' must be 50 to 160 characters long (it has 10)",
                "broken/articles/bad-values.md:4: 'summary' must have 2 to 5 items (it has 1)",
                "broken/articles/bad-values.md:7: 'order' must be a whole number, such as 10",
                "broken/articles/bad-values.md:9: 'nextReview' (2025-01-15) must be after 'lastReviewed' (2026-01-15)",
                "broken/articles/bad-values.md:10: 'sources' must list at least 2 sources (it has 1)",
                "broken/articles/bad-values.md:11: 'url' must be a full web address starting with https://",
                "broken/articles/broken-links.md:13: link to '/articles/missing', which does not exist; check the slug "
                        + "against content/articles/ and content/pages/",
                "broken/articles/broken-links.md:15: link 'javascript:alert(1)' uses 'javascript:', which is not "
                        + "allowed; use https:// addresses",
                "broken/articles/broken-links.md:15: link to 'missing-too.md', which does not exist; check the slug "
                        + "against content/articles/ and content/pages/",
                "broken/articles/empty-body.md:13: the body is empty; write the text below the closing '---'",
                "broken/articles/future-date.md:8: 'lastReviewed' is in the future (2099-01-01); use the date the page "
                        + "was actually reviewed",
                "broken/articles/malformed-yaml.md:3: YAML could not be read: while scanning a quoted scalar, found "
                        + "unexpected end of stream; check indentation, and put quotes around text that contains ': ' "
                        + "or starts with a symbol",
                "broken/articles/missing-title.md:2: missing required field 'title'",
                "broken/articles/not-utf8.md: file is not UTF-8 text; save it as UTF-8 in your editor",
                "broken/articles/typo-field.md:2: missing required field 'lastReviewed'",
                "broken/articles/typo-field.md:8: unknown field 'lastReveiwed'; did you mean 'lastReviewed'?",
                "broken/articles/unknown-related.md:12: 'related' names 'no-such-article', which is not a published "
                        + "article; check the spelling against content/articles/",
                "broken/articles/unknown-section.md:7: unknown section 'nowhere'; use one of basics (see sections.yml)",
                "broken/articles/zz-alias-clash.md:10: alias 'good-article' is the address of a published page "
                        + "(broken/articles/good-article.md); an old address must no longer be in use",
                "broken/articles/zz-alias-clash.md:11: alias '/old/good' is also an alias in "
                        + "broken/articles/good-article.md; an old address can lead to one page only",
                "broken/articles/zz-duplicate-title.md:2: title 'Good article' is also used by "
                        + "broken/articles/good-article.md; titles must be unique",
                "broken/glossary.yml:3: glossary term 'dissociation' is defined twice (also at line 1); keep one entry",
                "broken/images: unexpected folder; content holds only articles/, pages/, sections.yml and glossary.yml",
                "broken/notes.txt: unexpected file; articles and pages must end in .md",
                "broken/pages/no-front-matter.md:1: missing front matter: start the file with a '---' line, then the "
                        + "fields (title, description...), then another '---' line",
                "broken/pages/search.md: 'search' is used by the site itself; rename the page file",
                "broken/sections.yml:4: section slug 'basics' is used twice");
    }

    @Test
    void brokenSiteRefusesToPublishUnlessBadFilesAreSkipped() {
        ContentLoader.Result result = loader.load(Fixtures.BROKEN);

        assertThatThrownBy(result::siteOrThrow).isInstanceOf(ContentProblemsException.class)
                .hasMessageStartingWith("35 problems in content:\n  broken/articles/Bad_Name.md: ");
        assertThat(result.site().articles()).as("what is published when bad files are skipped")
                .extracting(Article::slug).containsExactly("good-article");
        assertThat(result.site().sections()).extracting(Section::slug).containsExactly("basics");
        assertThat(result.site().redirects()).as("the good article keeps the alias the clashing one also claimed")
                .containsExactly(Map.entry("/old/good", "/articles/good-article"));
    }

    @Test
    void oversizedFilesAndLinksOutsideTheContentFolderAreRefused(@TempDir Path temp) throws IOException {
        Path site = copy(Fixtures.GOOD, temp.resolve("site"));
        Files.writeString(site.resolve("articles/huge.md"), "x".repeat(ContentLoader.MAX_FILE_BYTES + 1));
        Path outside = Files.writeString(temp.resolve("secret.md"), "---\ntitle: Secret\n---\nsecret");
        Files.createSymbolicLink(site.resolve("articles/leak.md"), outside);

        List<String> report = loader.load(site).problems().stream().map(ContentProblem::toString).toList();

        assertThat(report).containsExactly(
                "site/articles/huge.md: file is 257 KiB; the limit is 256 KiB, so split it into smaller articles",
                "site/articles/leak.md: symbolic link to a file outside the content folder; copy the file in instead");
    }

    @Test
    void aMissingContentFolderIsOneClearProblem(@TempDir Path temp) {
        ContentLoader.Result result = loader.load(temp.resolve("nowhere"));

        assertThat(result.problems()).singleElement().asString()
                .startsWith("nowhere: content folder not found at ")
                .endsWith("; set site.content.location to the folder that holds articles/ and pages/");
    }

    @Test
    void aSourceCitedByManyArticlesIsKeptOnce() {
        SiteContent site = new ContentLoader(new MarkdownRenderer(), java.time.Clock.systemDefaultZone())
                .load(Path.of("content")).site();
        List<Source> cited = site.articles().stream().flatMap(article -> article.sources().stream()).toList();
        long distinct = cited.stream().distinct().count();
        java.util.Set<Source> instances = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        instances.addAll(cited);

        assertThat(distinct).isLessThan(cited.size()); // the bundled articles do cite sources in common
        assertThat(instances).hasSize((int) distinct);
    }

    @Test
    void parallelLoadingRendersTheSameAsSequentialRendering() {
        SiteContent site = loader.load(Fixtures.GOOD).site();
        MarkdownRenderer renderer = new MarkdownRenderer();
        GlossaryLinker glossary = new GlossaryLinker(site.glossary(), Language.EN);

        for (Article article : site.articles()) {
            String body = bodyOf(Fixtures.GOOD.resolve("articles/" + article.slug() + ".md"));
            assertThat(article.body().html())
                    .isEqualTo(renderer.render(body, glossary, Language.EN, new java.util.ArrayList<>()).html());
        }
    }

    @Test
    void articleBodiesLinkGlossaryTermsButPagesDoNot() {
        SiteContent site = loader.load(Fixtures.GOOD).site();

        assertThat(site.article("first-steps").orElseThrow().body().html())
                .contains("<em><a class=\"term\" href=\"/glossary#dissociation\">dissociation</a></em>");
        assertThat(site.pages()).allSatisfy(page -> assertThat(page.body().html()).doesNotContain("class=\"term\""));
    }

    @Test
    void aliasesBecomeRedirectsToTheirPage() {
        SiteContent site = loader.load(Fixtures.GOOD).site();

        assertThat(site.redirects()).containsOnly(
                Map.entry("/articles/next-steps", "/articles/second-steps"),
                Map.entry("/old/second.html", "/articles/second-steps"),
                Map.entry("/about-us", "/about"));
    }

    @Test
    void anAliasOfADraftIsNotPublished(@TempDir Path temp) throws IOException {
        Path site = copy(Fixtures.GOOD, temp.resolve("site"));
        Path draft = site.resolve("articles/draft-article.md");
        Files.writeString(draft, Files.readString(draft).replaceFirst("\n---\n", "\naliases: [old-draft]\n---\n"));

        ContentLoader.Result result = loader.load(site);

        assertThat(result.problems()).isEmpty();
        assertThat(result.site().redirects()).doesNotContainKey("/articles/old-draft");
    }

    private static String bodyOf(Path file) {
        try {
            String text = Files.readString(file);
            return text.substring(text.indexOf("\n---\n", 3) + 5);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        return TestFiles.copy(from, to);
    }


    @Test
    void oneBadFileIsReportedOnceNotThroughEveryFileThatLinksToIt(@TempDir Path temp) throws IOException {
        Path site = copy(Fixtures.GOOD, temp.resolve("site"));
        Path safety = site.resolve("articles/staying-safe.md");
        Files.writeString(safety, Files.readString(safety).replace("lastReviewed:", "lastReveiwed:"));

        ContentLoader.Result result = loader.load(site);

        assertThat(result.problems()).extracting(ContentProblem::file).containsOnly("site/articles/staying-safe.md");
        assertThat(result.leftOut()).as("only when bad files are skipped do the files pointing to them follow")
                .containsExactly(
                        "site/articles/second-steps.md:14: 'related' names 'staying-safe', which is not a published "
                                + "article; check the spelling against content/articles/ (its target is left out)",
                        "site/articles/first-steps.md:19: link to 'second-steps.md', which does not exist; check the "
                                + "slug against content/articles/ and content/pages/ (its target is left out)");
        assertThat(result.site().articles()).isEmpty();
    }
}
