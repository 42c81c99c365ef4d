package org.ketamineinfo.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.FixtureSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ArticleIndexController.class)
@FixtureSlice
class ArticleIndexControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsEveryPublishedArticleFromAToZUnderItsLetterWithItsDescription() throws Exception {
        var result = mvc.get().uri("/articles").exchange();

        assertThat(result).hasStatusOk();
        var html = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("h1").text()).isEqualTo("All articles A to Z");
        assertThat(html.select(".az-list > li > a").eachAttr("href")).containsExactly("/articles/first-steps",
                "/articles/second-steps", "/articles/staying-safe");
        assertThat(html.select(".az-letter h2").eachText()).containsExactly("F", "S");
        assertThat(html.select(".az-letters a").eachAttr("href")).containsExactly("#letter-f", "#letter-s");
        assertThat(html.select(".az-list > li p").first().text()).isNotBlank();
        assertThat(html.select("a[href=/articles/draft-article]")).isEmpty();
    }

    @Test
    void variantsRedirectToTheIndex() {
        assertThat(mvc.get().uri("/articles/")).hasStatus(301).hasHeader("Location", "/articles");
        assertThat(mvc.get().uri("/articles.html")).hasStatus(301).hasHeader("Location", "/articles");
    }
}
