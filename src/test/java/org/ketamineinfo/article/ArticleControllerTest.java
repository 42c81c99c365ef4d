package org.ketamineinfo.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.FixtureSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

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
}
