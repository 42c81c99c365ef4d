package org.ketamineinfo.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.FixtureSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(GlossaryController.class)
@FixtureSlice
class GlossaryControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyTermHasAnAnchorAndItsAliases() throws Exception {
        var result = mvc.get().uri("/glossary").exchange();

        assertThat(result).hasStatusOk();
        var html = Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html.select(".glossary-entry").eachAttr("id")).containsExactly("dissociation", "esketamine-spravato");
        assertThat(html.select("#dissociation dt").text()).isEqualTo("Dissociation");
        assertThat(html.select("#dissociation .aliases").text()).isEqualTo("Also written as: dissociative");
    }

    @Test
    void variantsRedirectToTheGlossary() {
        assertThat(mvc.get().uri("/glossary/")).hasStatus(301).hasHeader("Location", "/glossary");
    }
}
