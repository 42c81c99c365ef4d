package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ketamineinfo.FixtureSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Pages rendered ahead are byte for byte what the controllers render for a live request. */
// Every controller that publishes pages; reader feedback needs a database and publishes none.
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.ketamineinfo\\.feedback\\..*"))
@FixtureSlice
class RenderedAheadTest {

    @Autowired
    PublishedSite published;

    @Autowired
    WebApplicationContext context;

    @Test
    void everyPublishedPageEqualsTheLiveControllerRendering() throws Exception {
        MockMvc live = MockMvcBuilders.webAppContextSetup(context).build(); // no filters: straight to MVC
        RenderedSite site = published.current();

        assertThat(site.pages()).hasSize(site.content().publishedPaths().size());
        for (String path : site.content().publishedPaths()) {
            byte[] rendered = live.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(site.page(path).identity(), java.nio.charset.StandardCharsets.UTF_8)).as(path)
                    .isEqualTo(new String(rendered, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aReloadKeepsLastModifiedForPagesWhoseBytesDidNotChange() {
        RenderedSite before = published.current();
        RenderedSite after = published.publish(before.content());

        assertThat(after).isNotSameAs(before);
        before.pages().forEach((path, page) ->
                assertThat(after.page(path).lastModified()).as(path).isEqualTo(page.lastModified()));
    }
}
