package org.ketamineinfo.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineinfo.content.ContentLoader;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.MarkdownRenderer;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.content.TestFiles;
import org.ketamineinfo.search.SearchResults.Outcome;

/** Search over the bundled content/, as readers would use it. */
class SearchIndexTest {

    private static final SiteContent SITE = new ContentLoader(new MarkdownRenderer(), Clock.systemDefaultZone())
            .load(Path.of("content")).siteOrThrow();
    private static final SearchIndex INDEX = SearchIndex.of(SITE);

    private static List<String> paths(String query) {
        return INDEX.search(query).hits().stream().map(SearchHit::path).toList();
    }

    @Test
    void aPageWithNoTextIsFoundByItsKeyPointsWithTheWordMarked(@TempDir Path temp) throws java.io.IOException {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About this site\n"
                + "description: Who writes this fixture site and why it exists, for page tests.\n---\n***\n");
        // A rule and nothing else: a body that renders, with no passage for search to cut.
        SiteContent content = Fixtures.loader().load(site).siteOrThrow();
        assertThat(content.page("about").orElseThrow().body().passages()).isEmpty();
        SearchIndex index = SearchIndex.of(content);

        SearchHit hit = index.search("fixture").hits().stream().filter(h -> h.path().equals("/about")).findFirst()
                .orElseThrow();

        assertThat(hit.section()).isNull();
        assertThat(hit.snippet()).contains("<mark>fixture</mark>");
    }

    static Stream<String> titles() {
        return Stream.concat(SITE.articles().stream().map(a -> a.title() + "|" + a.path()),
                SITE.pages().stream().map(p -> p.title() + "|" + p.path()));
    }

    @ParameterizedTest
    @MethodSource("titles")
    void searchingForAPagesTitleFindsThatPageFirst(String titleAndPath) {
        String[] parts = titleAndPath.split("\\|");

        assertThat(paths(parts[0])).first().isEqualTo(parts[1]);
    }

    @Test
    void titleAndHeadingHitsRankAboveBodyHits() {
        assertThat(paths("side effects")).first().isEqualTo("/articles/side-effects-and-risks");
        assertThat(paths("cost")).first().isEqualTo("/articles/cost-and-insurance");
        assertThat(paths("bladder")).first().isEqualTo("/articles/side-effects-and-risks");
    }

    @Test
    void wordFormsFindEachOther() {
        assertThat(paths("side effect")).first().isEqualTo("/articles/side-effects-and-risks");
        assertThat(INDEX.search("side effect").hits().get(0).snippet()).contains("<mark>effects</mark>");
        assertThat(INDEX.search("infusions").hits()).extracting(SearchHit::snippet)
                .anyMatch(snippet -> snippet.contains("<mark>infusion</mark>"));
        assertThat(paths("infusions")).first().isEqualTo("/articles/forms-of-ketamine-treatment");
    }

    @Test
    void aSmallTypoStillFindsTheWord() {
        assertThat(INDEX.search("ketamin").hits()).first().extracting(SearchHit::snippet).asString()
                .containsIgnoringCase("<mark>Ketamine</mark>");
        assertThat(INDEX.search("esketamin").hits()).first().extracting(SearchHit::snippet).asString()
                .containsIgnoringCase("<mark>Esketamine</mark>");

        SearchResults transposed = INDEX.search("ketmaine");
        assertThat(transposed.correctedQuery()).isEqualTo("ketamine");
        assertThat(transposed.hits()).isNotEmpty();
        SearchResults misspelled = INDEX.search("dissociaton");
        assertThat(misspelled.correctedQuery()).isEqualTo("dissociation");
        assertThat(misspelled.hits()).first().extracting(SearchHit::snippet).asString().contains("<mark>");
    }

    @Test
    void aHitShowsTheSectionThatMatchedWithItsAddress() {
        SearchHit hit = INDEX.search("bladder").hits().get(0);

        assertThat(hit.title()).isEqualTo("Side effects and risks of ketamine treatment");
        assertThat(hit.topic()).isEqualTo("Safety and results");
        assertThat(hit.section()).isEqualTo("Bladder and urinary problems");
        assertThat(hit.sectionPath()).isEqualTo("/articles/side-effects-and-risks#bladder-and-urinary-problems");
        assertThat(hit.snippet()).contains("damage the <mark>bladder</mark>");
    }

    @Test
    void snippetsAreEscapedHtmlWithOnlyTheMarksAdded() {
        for (String query : List.of("blood pressure", "988", "crisis", "suicide")) {
            for (SearchHit hit : INDEX.search(query).hits()) {
                assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).as(query)
                        .doesNotContain("<", ">");
            }
        }
    }

    @Test
    void aQueryNamingAGlossaryTermShowsItsDefinition() {
        SearchResults results = INDEX.search("infusions");

        assertThat(results.definition()).isNotNull();
        assertThat(results.definition().path()).isEqualTo("/glossary#infusion");
        assertThat(results.hits()).noneMatch(hit -> hit.path().startsWith("/glossary"));
        assertThat(INDEX.search("side effects").definition()).isNull();
    }

    @Test
    void whenNoPageHasEveryWordPagesWithSomeOfThemAreShown() {
        SearchResults results = INDEX.search("bladder zebra");

        assertThat(results.outcome()).isEqualTo(Outcome.SOME_WORDS);
        assertThat(results.hits()).first().extracting(SearchHit::path).isEqualTo("/articles/side-effects-and-risks");
    }

    @Test
    void emptyPunctuationAndCommonWordsAreNotSearched() {
        assertThat(INDEX.search(null).outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(INDEX.search("   \t ").outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(INDEX.search("?!.,;:()[]{}*~^\"'").outcome()).isEqualTo(Outcome.NO_WORDS);
        assertThat(INDEX.search("the and of").outcome()).isEqualTo(Outcome.NO_WORDS);
    }

    @Test
    void nonLatinQueriesFindNothingWithoutFailing() {
        for (String query : List.of("кетамин", "氯胺酮", "الكيتامين", "🙂💊")) {
            SearchResults results = INDEX.search(query);
            assertThat(results.hits()).as(query).isEmpty();
            assertThat(results.outcome()).as(query).isIn(Outcome.NONE, Outcome.NO_WORDS);
        }
    }

    @Test
    void queriesAreCutToTheMaximumLength() {
        SearchResults results = INDEX.search("ketamine ".repeat(500));

        assertThat(results.shortened()).isTrue();
        assertThat(results.query().length()).isLessThanOrEqualTo(SearchIndex.MAX_QUERY_LENGTH);
        assertThat(results.hits()).isNotEmpty();
    }

    @Test
    void querySyntaxIsSearchedAsWordsNeverParsed() {
        for (String query : List.of("title:ketamine AND (cost", "ketamine~2 OR *", "\"unclosed", "a:b:c/d\\e",
                "ketamine)))", "+-&&||!(){}[]^\"~*?:\\/", "<script>alert(1)</script>", "x\u0000y\u202e",
                "\uD800 lone surrogate")) {
            SearchResults results = INDEX.search(query);
            assertThat(results.outcome()).as(query).isNotNull();
            assertThat(results.query()).as(query).doesNotContain("\u0000", "\u202e", "\uD800");
        }
        assertThat(paths("title:cost AND (insurance")).first().isEqualTo("/articles/cost-and-insurance");
    }

    @Test
    void anInterruptedBuildStopsSoANewerReloadGetsTheCpuAndALaterBuildSucceeds() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> SearchIndex.of(SITE)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(SearchIndex.of(SITE).search("ketamine").hits()).isNotEmpty();
    }
}
