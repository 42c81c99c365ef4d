package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each stage of the loader on its own, with the smallest input that shows what it does. */
class PipelineStagesTest {

    private final List<ContentProblem> problems = new ArrayList<>();

    // ---- find the files

    @Test
    void findingSortsFilesByKindAndReportsWhatTheSiteDoesNotUnderstand(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("articles"));
        Files.createDirectories(root.resolve("pages"));
        Files.createDirectories(root.resolve("images"));
        Files.writeString(root.resolve("articles/b.md"), "b");
        Files.writeString(root.resolve("articles/a.md"), "a\r\nline");
        Files.writeString(root.resolve("articles/.a.md.swp"), "editor swap file");
        Files.writeString(root.resolve("pages/about.md"), "about");
        Files.writeString(root.resolve("sections.yml"), "[]");
        Files.writeString(root.resolve("notes.txt"), "x");
        Files.write(root.resolve("articles/latin1.md"), new byte[] {(byte) 0xE9, 't', 'e'});

        ContentFiles.Found found = ContentFiles.find(root, "site", problems);

        assertThat(found.articles).extracting(SourceFile::display).containsExactly("site/articles/a.md",
                "site/articles/b.md");
        assertThat(found.articles.get(0).text()).as("line endings made \\n").isEqualTo("a\nline");
        assertThat(found.pages).extracting(SourceFile::display).containsExactly("site/pages/about.md");
        assertThat(found.sectionsFile).isNotNull();
        assertThat(found.glossaryFile).isNull();
        assertThat(problems).extracting(ContentProblem::toString).containsExactlyInAnyOrder(
                "site/images: unexpected folder; content holds only articles/, pages/, sections.yml and glossary.yml",
                "site/notes.txt: unexpected file; articles and pages must end in .md",
                "site/articles/latin1.md: file is not UTF-8 text; save it as UTF-8 in your editor");
    }

    @Test
    void aReplacementCharacterTheWriterTypedIsTextButAnInvalidByteIsNot(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("articles"));
        Files.writeString(root.resolve("articles/typed.md"), "a \uFFFD b");
        Files.write(root.resolve("articles/broken.md"), new byte[] {'a', (byte) 0xC3, 'b'});

        ContentFiles.Found found = ContentFiles.find(root, "site", problems);

        assertThat(found.articles).extracting(SourceFile::text).containsExactly("a \uFFFD b");
        assertThat(problems).extracting(ContentProblem::toString)
                .contains("site/articles/broken.md: file is not UTF-8 text; save it as UTF-8 in your editor");
    }

    @Test
    void aFileWithItsSizeAndTimeUnchangedIsNotReadAgainUnlessTheWatcherNamesIt(@TempDir Path root)
            throws Exception {
        Files.createDirectories(root.resolve("articles"));
        Path article = root.resolve("articles/a.md");
        Files.writeString(article, "first");
        ContentFiles.Found first = ContentFiles.find(root, "site", problems);
        // The same size and the same time: only the watcher's event can tell this edit apart.
        FileTime time = Files.getLastModifiedTime(article);
        Files.writeString(article, "fresh");
        Files.setLastModifiedTime(article, time);

        ContentFiles.Found unnamed = ContentFiles.find(root, "site", problems, first.stamps, null, Set.of(), Set.of());
        ContentFiles.Found named = ContentFiles.find(root, "site", problems, first.stamps, null,
                Set.of(article.toAbsolutePath()), Set.of());

        assertThat(unnamed.articles.get(0)).as("the source kept by the first load, not read again")
                .isSameAs(first.stamps.get("site/articles/a.md").source());
        assertThat(named.articles.get(0).text()).isEqualTo("fresh");
        Files.setLastModifiedTime(article, FileTime.fromMillis(time.toMillis() + 1000));
        assertThat(ContentFiles.find(root, "site", problems, first.stamps, null, Set.of(), Set.of()).articles.get(0)
                .text())
                .as("a new time is reason enough to read it").isEqualTo("fresh");
        assertThat(problems).isEmpty();
    }

    @Test
    void aReloadPatchesTheLastListingWithTheFilesTheWatcherNamesInsteadOfWalkingTheFolder(@TempDir Path root)
            throws Exception {
        Files.createDirectories(root.resolve("articles"));
        Files.writeString(root.resolve("articles/a.md"), "a");
        Files.writeString(root.resolve("articles/b.md"), "b");
        ContentFiles.Found first = ContentFiles.find(root, "site", problems);
        Files.writeString(root.resolve("articles/c.md"), "c");
        Files.delete(root.resolve("articles/b.md"));
        Files.writeString(root.resolve("articles/notes.txt"), "not an article");
        Files.writeString(root.resolve("articles/a.md"), "a, edited");
        Set<Path> named = Set.of(root.resolve("articles/c.md"), root.resolve("articles/b.md"),
                root.resolve("articles/notes.txt"), root.resolve("articles/a.md"));

        List<ContentProblem> patchedProblems = new ArrayList<>();
        ContentFiles.Found patched = ContentFiles.find(root, "site", patchedProblems, first.stamps, first.listing,
                named, Set.of());
        List<ContentProblem> walkedProblems = new ArrayList<>();
        ContentFiles.Found walked = ContentFiles.find(root, "site", walkedProblems);

        assertThat(patched.articles).extracting(SourceFile::display, SourceFile::text)
                .containsExactlyElementsOf(walked.articles.stream().map(a -> tuple(a.display(), a.text())).toList())
                .contains(tuple("site/articles/a.md", "a, edited"), tuple("site/articles/c.md", "c"));
        assertThat(patchedProblems).isEqualTo(walkedProblems).extracting(ContentProblem::toString)
                .containsExactly("site/articles/notes.txt: unexpected file; articles and pages must end in .md");
        assertThat(patched.newest).isEqualTo(walked.newest);

        // Trusted: a file the watcher did not name is not looked at until the next walk.
        Files.writeString(root.resolve("articles/unseen.md"), "unseen");
        assertThat(ContentFiles.find(root, "site", new ArrayList<>(), patched.stamps, patched.listing, Set.of(),
                Set.of()).articles).extracting(SourceFile::display).doesNotContain("site/articles/unseen.md");
    }

    @Test
    void aNamedFolderOrAFileWhereTheLastWalkDidNotGoMakesTheLoadWalkTheFolder(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("articles"));
        Files.writeString(root.resolve("articles/a.md"), "a");
        ContentFiles.Found first = ContentFiles.find(root, "site", problems);
        Files.createDirectories(root.resolve("images"));
        Files.createDirectories(root.resolve("pages"));
        Files.writeString(root.resolve("pages/about.md"), "about");

        ContentFiles.Found added = ContentFiles.find(root, "site", problems, first.stamps, first.listing,
                Set.of(root.resolve("images"), root.resolve("pages")), Set.of());
        assertThat(added.pages).extracting(SourceFile::display).containsExactly("site/pages/about.md");
        assertThat(problems).extracting(ContentProblem::toString).containsExactly(
                "site/images: unexpected folder; content holds only articles/, pages/, sections.yml and glossary.yml");

        problems.clear();
        Files.delete(root.resolve("images"));
        ContentFiles.find(root, "site", problems, added.stamps, added.listing, Set.of(root.resolve("images")), Set.of());
        assertThat(problems).as("the folder's problem went with it").isEmpty();
    }

    @Test
    void aFolderHoldingASymbolicLinkIsWalkedAgainAtEveryLoad(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("articles"));
        Files.writeString(root.resolve("articles/a.md"), "a");
        Files.createSymbolicLink(root.resolve("articles/b.md"), root.resolve("articles/a.md"));

        ContentFiles.Found found = ContentFiles.find(root, "site", problems);

        assertThat(found.articles).hasSize(2);
        assertThat(found.listing).as("a link's target can change without an event for the link").isNull();
    }

    // ---- read front matter

    @Test
    void frontMatterIsSplitFromTheBodyWithTheBodysFirstLine() {
        FrontMatter front = FrontMatter.read(new SourceFile("a.md", "---\ntitle: T\nsection: s\n---\nBody\n"),
                Set.of("title", "section"), problems);

        assertThat(problems).isEmpty();
        assertThat(front.fields()).isNotNull();
        assertThat(front.body()).isEqualTo("Body\n");
        assertThat(front.bodyLine()).isEqualTo(5);
    }

    @Test
    void frontMatterProblemsNameTheLineWhereTheMistakeStarts() {
        FrontMatter.read(new SourceFile("a.md", "no front matter\n"), Set.of(), problems);
        FrontMatter.read(new SourceFile("b.md", "---\ntitle: T\n"), Set.of("title"), problems);
        FrontMatter.read(new SourceFile("c.md", "---\ntitle: T\ndescription: \"open\n---\nBody\n"),
                Set.of("title", "description"), problems);

        assertThat(problems).extracting(p -> p.file() + ":" + p.line()).containsExactly("a.md:1", "b.md:1", "c.md:3");
        assertThat(problems.get(0).message()).startsWith("missing front matter");
        assertThat(problems.get(1).message()).startsWith("front matter is not closed");
        assertThat(problems.get(2).message()).startsWith("YAML could not be read");
    }

    // ---- parse each kind

    @Test
    void sectionsAreUsableOneByOneAndADuplicateSlugIsReportedAtItsLine() {
        List<Parsed<Section>> parsed = SectionsParser.parse(new SourceFile("sections.yml", """
                - slug: basics
                  title: The basics
                  description: What the treatment is and how it works.
                - slug: basics
                  title: Basics again
                  description: A second section with the same slug.
                """), Language.EN);

        assertThat(parsed).filteredOn(p -> p.item() != null).extracting(p -> p.item().slug()).containsExactly("basics");
        assertThat(parsed.get(parsed.size() - 1).problems()).extracting(ContentProblem::toString)
                .containsExactly("sections.yml:4: section slug 'basics' is used twice");
    }

    @Test
    void aGlossaryNameDefinedTwiceIsReportedWithBothLines() {
        List<Parsed<GlossaryEntry>> parsed = GlossaryParser.parse(new SourceFile("glossary.yml", """
                - term: Dissociation
                  definition: Feeling detached from your body or surroundings.
                - term: Detachment
                  definition: Another word for feeling apart from yourself.
                  aliases: [dissociation]
                """));

        assertThat(parsed).filteredOn(p -> p.item() != null).extracting(p -> p.item().slug())
                .containsExactly("dissociation");
        assertThat(parsed.get(parsed.size() - 1).problems()).extracting(ContentProblem::toString).containsExactly(
                "glossary.yml:3: glossary term 'dissociation' is defined twice (also at line 1); keep one entry");
    }

    // ---- check what files say about each other

    @Test
    void linksAreCheckedAgainstWhatIsPublished() {
        Set<String> articles = Set.of("side-effects");
        Set<String> sections = Set.of("safety");
        Set<String> pages = Set.of("about");
        Set<String> terms = Set.of("dissociation");
        Set<String> headings = Set.of("warning-signs");

        for (String fine : List.of("/articles/side-effects", "side-effects.md#risks", "/sections/safety", "/about",
                "/glossary#dissociation", "#warning-signs", "https://www.nhs.uk/", "tel:988", "/search?q=dose")) {
            assertThat(CrossCheck.linkProblem(Language.EN, fine, articles, sections, pages, terms, headings)).as(fine).isNull();
        }
        assertThat(CrossCheck.linkProblem(Language.EN, "/articles/gone", articles, sections, pages, terms, headings))
                .startsWith("link to '/articles/gone', which does not exist");
        assertThat(CrossCheck.linkProblem(Language.EN, "#nowhere", articles, sections, pages, terms, headings))
                .isEqualTo("link '#nowhere' points to no heading on this page");
        assertThat(CrossCheck.linkProblem(Language.EN, "/glossary#nothing", articles, sections, pages, terms, headings))
                .isEqualTo("link to '/glossary#nothing': the glossary has no term with that anchor");
        assertThat(CrossCheck.linkProblem(Language.EN, "javascript:alert(1)", articles, sections, pages, terms, headings))
                .contains("uses 'javascript:', which is not allowed");
        assertThat(CrossCheck.linkProblem(Language.EN, "other/page", articles, sections, pages, terms, headings))
                .contains("is relative");
    }

    @Test
    void anAliasThatIsTheSitesOwnAddressInAnotherSpellingIsReportedAtItsLine(@TempDir Path temp) throws Exception {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        Path article = site.resolve("articles/second-steps.md");
        Files.writeString(article, Files.readString(article).replace("aliases: [next-steps, /old/second.html]",
                "aliases: [/articles.html, /index.html, /es/404.html, /glossary/, /editors/feedback, /old/second.html]"));

        List<String> problems = Fixtures.loader().load(site).problems().stream().map(ContentProblem::toString).toList();

        assertThat(problems).containsExactlyInAnyOrder(
                "site/articles/second-steps.md:15: alias '/articles.html' is an address the site itself uses; remove it",
                "site/articles/second-steps.md:15: alias '/index.html' is an address the site itself uses; remove it",
                "site/articles/second-steps.md:15: alias '/es/404.html' is an address the site itself uses; remove it",
                "site/articles/second-steps.md:15: alias '/glossary/' is an address the site itself uses; remove it",
                "site/articles/second-steps.md:15: alias '/editors/feedback' is an address the site itself uses; remove it");
    }

    // ---- a reload reuses what did not change

    @Test
    void aReloadParsesOnlyTheFilesThatChanged(@TempDir Path temp) throws Exception {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        ContentLoader loader = Fixtures.loader();
        ContentLoader.Result first = loader.load(site);
        Path second = site.resolve("articles/second-steps.md");
        Files.writeString(second, Files.readString(second).replace("title: Second steps", "title: Next steps"));

        ContentLoader.Result next = loader.load(site, false, first);

        assertThat(next.problems()).isEmpty();
        assertThat(next.site().article("first-steps").orElseThrow())
                .isSameAs(first.site().article("first-steps").orElseThrow());
        assertThat(next.site().page("about").orElseThrow()).isSameAs(first.site().page("about").orElseThrow());
        assertThat(next.site().article("second-steps").orElseThrow().title()).isEqualTo("Next steps");
    }

    @Test
    void aLoadedSiteKeepsNoArticleTextAndReadsTheFileAgainWhenItMustParseItAgain(@TempDir Path temp) throws Exception {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        ContentLoader loader = Fixtures.loader();
        ContentLoader.Result first = loader.load(site);
        // A same-size change with the old time, which no watcher reported: only a fresh read can see it.
        Path article = site.resolve("articles/first-steps.md");
        FileTime time = Files.getLastModifiedTime(article);
        String text = Files.readString(article);
        Files.writeString(article, text.replace("title: First steps", "title: Final steps"));
        Files.setLastModifiedTime(article, time);
        // A glossary edit makes every article be parsed again.
        Files.writeString(site.resolve("glossary.yml"), Files.readString(site.resolve("glossary.yml")) + "\n");

        ContentLoader.Result next = loader.load(site, false, first,
                Set.of(site.resolve("glossary.yml").toAbsolutePath()));

        assertThat(next.site().article("first-steps").orElseThrow().title()).isEqualTo("Final steps");
    }

    @Test
    void anUnchangedFileWhoseLinkTargetWentAwayIsReportedOnTheNextReload(@TempDir Path temp) throws Exception {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        ContentLoader loader = Fixtures.loader();
        ContentLoader.Result first = loader.load(site);
        // first-steps.md links to second-steps.md; first-steps itself does not change.
        Files.delete(site.resolve("articles/second-steps.md"));

        ContentLoader.Result next = loader.load(site, false, first);

        assertThat(next.problems()).extracting(ContentProblem::toString)
                .anyMatch(p -> p.startsWith("site/articles/first-steps.md:") && p.contains("second-steps"));
    }

    @Test
    void aGlossaryEditParsesEveryArticleAgainBecauseBodiesLinkItsTerms(@TempDir Path temp) throws Exception {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        ContentLoader loader = Fixtures.loader();
        ContentLoader.Result first = loader.load(site);
        Files.writeString(site.resolve("glossary.yml"), Files.readString(site.resolve("glossary.yml")) + "\n");

        ContentLoader.Result next = loader.load(site, false, first);

        assertThat(next.site().article("first-steps").orElseThrow())
                .isNotSameAs(first.site().article("first-steps").orElseThrow());
        assertThat(next.site().page("about").orElseThrow()).as("pages do not link glossary terms")
                .isSameAs(first.site().page("about").orElseThrow());
    }

    // ---- assemble

    @Test
    void theSnapshotChangedWhenItsNewestFileOrFolderDidSoEveryInstanceOnTheseFilesAgrees(@TempDir Path temp)
            throws Exception {
        Path root = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        java.time.Instant start = java.time.Instant.parse("2030-01-01T00:00:00Z");
        try (var files = Files.walk(root)) {
            for (Path file : files.toList()) {
                Files.setLastModifiedTime(file, FileTime.from(start));
            }
        }
        ContentLoader loader = new ContentLoader(new MarkdownRenderer(),
                java.time.Clock.fixed(java.time.Instant.parse("2031-01-01T00:00:00Z"), java.time.ZoneOffset.UTC));
        assertThat(start).as("files newer than this build").isAfter(ContentLoader.APPLICATION_BUILT);

        java.time.Instant loaded = loader.load(root, false, null).site().changedAt();
        Path article = Files.list(root.resolve("articles")).sorted().findFirst().orElseThrow();
        Files.setLastModifiedTime(article, FileTime.from(start.plusSeconds(60)));
        java.time.Instant edited = loader.load(root, false, null).site().changedAt();
        Files.delete(article);
        Files.setLastModifiedTime(root.resolve("articles"), FileTime.from(start.plusSeconds(120)));
        java.time.Instant deleted = loader.load(root, false, null).site().changedAt();
        Files.setLastModifiedTime(root.resolve("sections.yml"), FileTime.from(start.plusSeconds(86_400L * 800)));
        java.time.Instant future = loader.load(root, false, null).site().changedAt();

        assertThat(loaded).isEqualTo(start);
        assertThat(edited).isEqualTo(start.plusSeconds(60));
        assertThat(deleted).as("a deletion changes the folder").isEqualTo(start.plusSeconds(120));
        assertThat(future).as("never after the clock").isEqualTo(java.time.Instant.parse("2031-01-01T00:00:00Z"));
    }
}
