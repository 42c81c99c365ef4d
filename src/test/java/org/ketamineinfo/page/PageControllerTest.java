package org.ketamineinfo.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.FixtureSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PageController.class)
@FixtureSlice
class PageControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void pageIsServedAtItsSlugWithReviewDatesWhenGiven() throws Exception {
        var result = mvc.get().uri("/get-help-now").exchange();

        assertThat(result).hasStatusOk();
        var html = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html.select("h1").text()).isEqualTo("Get help now");
        assertThat(html.select(".prose strong").text()).isEqualTo("988");
        assertThat(html.select(".review-dates").text()).startsWith("Page last reviewed: 1 January 2026");
    }

    @Test
    void pageWithoutDatesShowsNoReviewLine() {
        assertThat(mvc.get().uri("/about")).hasStatusOk().bodyText().doesNotContain("Page last reviewed");
    }

    @Test
    void unknownPagesAndAddressesOutsideTheSlugPatternAreNotFound() {
        assertThat(mvc.get().uri("/no-such-page")).hasStatus(404);
        assertThat(mvc.get().uri("/About")).hasStatus(404);
        assertThat(mvc.get().uri("/about.php")).hasStatus(404);
    }

    @Test
    void variantsRedirectToTheCanonicalAddress() {
        assertThat(mvc.get().uri("/about/")).hasStatus(301).hasHeader("Location", "/about");
        assertThat(mvc.get().uri("/about.html")).hasStatus(301).hasHeader("Location", "/about");
    }
}
