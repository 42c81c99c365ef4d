package org.ketamineinfo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineinfo.FixtureSlice;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.TestFiles;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PublishedSite;
import org.ketamineinfo.publish.RenderedSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(SearchController.class)
@FixtureSlice
@Import(SearchIndexPart.class)
class SearchControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PublishedSite published;

    private MvcTestResult search(String query) {
        return mvc.get().uri("/search").param("q", query).exchange();
    }

    private static Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void resultsLinkToThePageAndMarkTheMatchedWords() throws Exception {
        MvcTestResult result = search("side effect");

        assertThat(result).hasStatusOk();
        Document html = html(result);
        assertThat(html.select(".result h2 a").eachAttr("href")).first().isEqualTo("/articles/staying-safe");
        assertThat(html.select(".result .snippet mark").eachText()).contains("Side", "effects");
        assertThat(html.select("#search-q").val()).isEqualTo("side effect");
        assertThat(html.title()).isEqualTo("Search results for “side effect” | Ketamine Therapy Guide");
    }

    @Test
    void resultsAreNeitherStoredNorIndexed() {
        MvcTestResult result = search("dose");

        assertThat(result).hasStatusOk().hasHeader("Cache-Control", "no-store").hasHeader("X-Robots-Tag", "noindex");
        assertThat(result).bodyText().contains("<meta name=\"robots\" content=\"noindex\">");
        assertThat(result).bodyText().doesNotContain("rel=\"canonical\"", "og:url");
    }

    @Test
    void theSectionThatMatchedIsShownAndLinked() throws Exception {
        Document html = html(search("plain paragraph"));

        assertThat(html.select(".result-where").first().text()).isEqualTo("The basics › What it is");
        assertThat(html.select(".result-where a").attr("href")).isEqualTo("/articles/first-steps#what-it-is");
    }

    @Test
    void aGlossaryTermShowsItsDefinitionAboveTheResults() throws Exception {
        Document html = html(search("dissociative"));

        assertThat(html.select(".definition h2").text()).isEqualTo("Glossary: Dissociation");
        assertThat(html.select(".definition a").attr("href")).isEqualTo("/glossary#dissociation");
        assertThat(html.select(".result h2 a").eachAttr("href")).containsExactly("/articles/first-steps");
    }

    @Test
    void anEmptySearchShowsTheFormAndAHint() throws Exception {
        for (var request : new MvcTestResult[] {mvc.get().uri("/search").exchange(), search(""), search("   ")}) {
            assertThat(request).hasStatusOk();
            Document html = html(request);
            assertThat(html.select("h1").text()).isEqualTo("Search this site");
            assertThat(html.select("main").text()).contains("Type a word or two");
            assertThat(html.select(".result")).isEmpty();
        }
    }

    static Stream<String> hostileQueries() {
        return Stream.of("!!!", "?", "*", "\"", "((((", "title:x AND (y", "ketamine~2^3 OR *:*", "\\", "%00",
                "x\u0000y", "\u202e\u200b", "кетамин", "氯胺酮", "الكيتامين", "🙂", "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "../../etc/passwd", "a".repeat(5000),
                "side effects ".repeat(400), "{{7*7}}", "${7*7}", "[[${7*7}]]", "#{7*7}");
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void anyQueryGetsAFriendlyPageNeverAnError(String query) throws Exception {
        MvcTestResult result = search(query);

        assertThat(result).hasStatusOk();
        Document html = html(result);
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("main p").first().text()).isNotBlank();
        assertThat(html.select("main script, main img")).isEmpty();
        assertThat(html.select("#search-q").val().length()).isLessThanOrEqualTo(SearchIndex.MAX_QUERY_LENGTH);
        assertThat(result).bodyText().doesNotContain("Exception");
    }

    @Test
    void whatWasTypedIsShownAsTextNeverEvaluatedOrRunAsMarkup() throws Exception {
        for (String query : new String[] {"<script>alert(1)</script>", "${7*7}", "[[${7*7}]]", "{{7*7}}"}) {
            Document html = html(search(query));

            assertThat(html.select("#search-q").val()).isEqualTo(query);
            assertThat(html.select("main strong").text()).isEqualTo(query);
            assertThat(html.select("main script")).isEmpty();
        }
    }

    @Test
    void anOverlongQueryIsCutAndSaysSo() throws Exception {
        Document html = html(search("side effects ".repeat(400)));

        assertThat(html.select("main").text()).contains("we used only its first 200 characters");
        assertThat(html.select(".result")).isNotEmpty();
    }

    @Test
    void aMisspelledWordIsCorrectedAndThePageSaysWhatWasSearchedFor() throws Exception {
        String text = html(search("dissociaton")).select("main").text();

        assertThat(text).contains("1 page matches dissociation.", "so we searched for dissociation instead")
                .doesNotContain("matches dissociaton");
    }

    @Test
    void punctuationAndUnknownWordsGetAnExplanation() throws Exception {
        assertThat(html(search("?!*")).select("main").text()).contains("could not find any words to search for");
        assertThat(html(search("кетамин")).select("main").text()).contains("No pages match кетамин");
    }

    @Test
    void theIndexIsRebuiltWithEachSnapshotAndSwappedWithIt(@TempDir Path temp) throws Exception {
        RenderedSite before = published.current();
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        Path safety = site.resolve("articles/staying-safe.md");
        Files.writeString(safety, Files.readString(safety) + "\nA hummingbird visits the clinic garden.\n");
        SiteContent edited = Fixtures.loader().load(site).siteOrThrow();
        assertThat(html(search("hummingbird")).select(".result")).isEmpty();
        try {
            published.publish(edited);

            assertThat(published.current().part(SearchIndexes.class)).isNotSameAs(before.part(SearchIndexes.class));
            assertThat(html(search("hummingbird")).select(".result h2 a").eachAttr("href"))
                    .containsExactly("/articles/staying-safe");
        } finally {
            published.publish(before.content());
        }
    }
}
