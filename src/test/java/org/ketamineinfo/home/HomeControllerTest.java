package org.ketamineinfo.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.FixtureSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(HomeController.class)
@FixtureSlice
class HomeControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void homeShowsStartHerePathTopicsAndCrisisHelp() throws Exception {
        var result = mvc.get().uri("/").exchange();

        assertThat(result).hasStatusOk();
        var html = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html.title()).isEqualTo("Ketamine Therapy Guide");
        assertThat(html.select(".path a").eachAttr("href")).containsExactly("/articles/first-steps",
                "/articles/staying-safe");
        assertThat(html.select(".topic h3").eachText()).containsExactly("The basics", "Safety");
        assertThat(html.select("main .callout-help a").eachAttr("href")).containsExactly("tel:988", "tel:116123",
                "/get-help-now");
        assertThat(html.select(".crisis-bar a").eachAttr("href")).containsExactly("/get-help-now", "tel:988",
                "tel:116123");
        assertThat(html.select("main .tools a").eachAttr("href")).containsExactly("/prepare", "/articles");
        assertThat(html.select("footer .footer-crisis a").eachAttr("href"))
                .contains("tel:988", "tel:911", "tel:116123", "tel:999", "tel:112");
        assertThat(html.select("footer .disclaimer").text()).contains("not medical advice");
    }
}
