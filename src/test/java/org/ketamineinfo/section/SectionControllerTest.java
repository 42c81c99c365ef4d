package org.ketamineinfo.section;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.FixtureSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(SectionController.class)
@FixtureSlice
class SectionControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void sectionListsItsPublishedArticlesInOrder() throws Exception {
        var result = mvc.get().uri("/sections/basics").exchange();

        assertThat(result).hasStatusOk();
        var html = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html.select("h1").text()).isEqualTo("The basics");
        assertThat(html.select(".cards a").eachAttr("href")).containsExactly("/articles/first-steps",
                "/articles/second-steps");
        assertThat(html.select("nav[aria-label=Topics] a[aria-current=page]").text()).isEqualTo("The basics");
    }

    @Test
    void unknownSectionsAndSectionsWithoutArticlesAreNotFound() {
        assertThat(mvc.get().uri("/sections/nowhere")).hasStatus(404);
        assertThat(mvc.get().uri("/sections/later")).hasStatus(404);
    }

    @Test
    void variantsRedirectToTheCanonicalAddress() {
        assertThat(mvc.get().uri("/sections/safety/")).hasStatus(301).hasHeader("Location", "/sections/safety");
    }
}
