package org.ketamineinfo.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.FixtureSlice;
import org.ketamineinfo.content.Article;
import org.ketamineinfo.content.RenderedMarkdown;
import org.ketamineinfo.content.Source;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(ArticleController.class)
@FixtureSlice
class ArticleControllerTest {

    @Autowired
    MockMvcTester mvc;

    private Document page(String path) throws Exception {
        var result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void articleShowsEveryPartAPatientNeeds() throws Exception {
        Document html = page("/articles/second-steps");

        assertThat(html.title()).isEqualTo("Second steps | Ketamine Therapy Guide");
        assertThat(html.select("h1")).singleElement().extracting(e -> e.text()).isEqualTo("Second steps");
        assertThat(html.select("nav[aria-label=Breadcrumb] a").eachText()).containsExactly("Home", "The basics");
        assertThat(html.select(".key-points li").eachText()).containsExactly("It comes second.",
                "It relates to the safety article.");
        assertThat(html.select(".contents a").eachAttr("href")).containsExactly("#checklist");
        assertThat(html.select(".sources li").eachText()).containsExactly("Source one. Pub one, 2019.",
                "Source two. Pub two, 2022.");
        assertThat(html.select(".sources a").eachAttr("href")).containsExactly("https://example.org/two");
        assertThat(html.select(".review-dates").text())
                .isEqualTo("Page last reviewed: 1 February 2026 Next review due: 1 August 2026");
        assertThat(html.select(".related a").eachAttr("href")).containsExactly("/articles/staying-safe");
        assertThat(html.select(".pager a").eachAttr("href")).containsExactly("/articles/first-steps",
                "/articles/staying-safe");
        assertThat(html.select("meta[name=description]").attr("content"))
                .isEqualTo("The second article in the basics section of the fixture site, with related pages.");
        assertThat(html.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/articles/second-steps");
    }

    @Test
    void bodyIsRenderedOnceFromMarkdownWithCallouts() throws Exception {
        Document html = page("/articles/first-steps");

        assertThat(html.select(".prose .callout-help .callout-title").text()).isEqualTo("Get help now");
        assertThat(html.select(".prose a[href=/articles/second-steps]").text()).isEqualTo("the next article");
        assertThat(html.select(".pager a").eachAttr("rel")).containsExactly("next");
    }

    @Test
    void unknownAndDraftArticlesAreNotFound() {
        assertThat(mvc.get().uri("/articles/no-such-article")).hasStatus(404);
        assertThat(mvc.get().uri("/articles/draft-article")).hasStatus(404);
    }

    @Test
    void trailingSlashAndHtmlVariantsRedirectPermanentlyToTheCanonicalAddress() {
        assertThat(mvc.get().uri("/articles/first-steps/")).hasStatus(301)
                .hasHeader("Location", "/articles/first-steps");
        assertThat(mvc.get().uri("/articles/first-steps.html")).hasStatus(301)
                .hasHeader("Location", "/articles/first-steps");
        assertThat(mvc.get().uri("/articles/no-such-article.html")).hasStatus(404);
    }

    @Test
    void structuredDataDescribesTheArticleAsAMedicalWebPageForPatients() throws Exception {
        Document html = page("/articles/second-steps");

        var scripts = html.select("script");
        assertThat(scripts).singleElement().extracting(e -> e.attr("type")).isEqualTo("application/ld+json");
        JsonNode data = new ObjectMapper().readTree(scripts.first().data());
        assertThat(data.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(data.get("@type").asString()).isEqualTo("MedicalWebPage");
        assertThat(data.get("name").asString()).isEqualTo("Second steps");
        assertThat(data.get("description").asString())
                .isEqualTo("The second article in the basics section of the fixture site, with related pages.");
        assertThat(data.get("url").asString()).isEqualTo("http://localhost:8080/articles/second-steps");
        assertThat(data.get("lastReviewed").asString()).isEqualTo("2026-02-01");
        assertThat(data.get("audience").get("@type").asString()).isEqualTo("MedicalAudience");
        assertThat(data.get("audience").get("audienceType").asString()).isEqualTo("Patient");
        assertThat(data.get("about").get("name").asString()).isEqualTo("Ketamine therapy");
        assertThat(data.get("citation")).hasSize(2);
        assertThat(data.get("citation").get(1).get("name").asString()).isEqualTo("Source two");
        assertThat(data.get("citation").get(1).get("publisher").get("name").asString()).isEqualTo("Pub two");
        assertThat(data.get("citation").get(1).get("url").asString()).isEqualTo("https://example.org/two");
        assertThat(data.get("publisher").get("name").asString()).isEqualTo("Ketamine Therapy Guide");
    }

    @Test
    void markupInStructuredDataCannotCloseItsScriptElement(@Autowired JsonMapper json, @Autowired SiteProperties site)
            throws Exception {
        Article article = new Article("x", "Risks </script><script>alert(1)</script>", "A & B > C", List.of("a", "b"),
                "basics", 1, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                List.of(new Source("<!-- a -->", "P&P", 2020, null)), List.of(),
                new RenderedMarkdown("", List.of(), List.of(), List.of(), List.of()), List.of());

        String data = new MedicalWebPage(json, site).of(article);

        assertThat(data).doesNotContain("<", ">", "&");
        JsonNode parsed = new ObjectMapper().readTree(data);
        assertThat(parsed.get("name").asString()).isEqualTo("Risks </script><script>alert(1)</script>");
        assertThat(parsed.get("description").asString()).isEqualTo("A & B > C");
        assertThat(parsed.get("citation").get(0).get("name").asString()).isEqualTo("<!-- a -->");
    }

    @Test
    void linkPreviewsGetOpenGraphTags() throws Exception {
        Document html = page("/articles/second-steps");

        assertThat(html.select("meta[property=og:title]").attr("content")).isEqualTo("Second steps");
        assertThat(html.select("meta[property=og:description]").attr("content")).startsWith("The second article");
        assertThat(html.select("meta[property=og:url]").attr("content"))
                .isEqualTo("http://localhost:8080/articles/second-steps");
        assertThat(html.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(html.select("meta[property=og:site_name]").attr("content")).isEqualTo("Ketamine Therapy Guide");
    }

    @Test
    void theFirstUseOfAGlossaryTermLinksToItsEntry() throws Exception {
        Document html = page("/articles/first-steps");

        assertThat(html.select(".prose a.term")).singleElement().satisfies(term -> {
            assertThat(term.attr("href")).isEqualTo("/glossary#dissociation");
            assertThat(term.text()).isEqualTo("dissociation");
        });
    }
}
