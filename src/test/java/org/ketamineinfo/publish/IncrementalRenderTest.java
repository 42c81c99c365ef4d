package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A saved edit renders only the pages whose bytes can change: an edit to one article's body renders
 * that article's page alone; an edit to what other pages show (a title) renders them all again.
 */
@SpringBootTest
@DirtiesContext
class IncrementalRenderTest {

    private static final Path SITE;

    static {
        try {
            SITE = TestFiles.copy(Fixtures.GOOD, Files.createTempDirectory("incremental").resolve("site"));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("site.content.location", SITE::toString);
        // Only a store that is reloaded keeps what a reload reuses; the watcher's own reloads of these edits
        // and the test's are serialised, and whichever comes second finds nothing new.
        registry.add("site.content.reload", () -> "true");
    }

    @Autowired
    ContentStore store;

    @Autowired
    PublishedSite published;

    private static void edit(String from, String to) throws IOException {
        Path article = SITE.resolve("articles/first-steps.md");
        String text = Files.readString(article);
        assertThat(text).contains(from);
        Files.writeString(article, text.replace(from, to));
    }

    private static String html(PublishedPage page) {
        return new String(page.identity(), StandardCharsets.UTF_8);
    }

    @Test
    void aBodyEditRendersThatPageAloneAndATitleEditRendersEveryPageThatShowsIt() throws Exception {
        RenderedSite before = published.awaitRendered(Duration.ofSeconds(30));

        edit("A plain paragraph.", "A plain paragraph, now longer.");
        assertThat(store.reload()).isTrue();
        RenderedSite afterBody = published.current();

        assertThat(html(afterBody.page("/articles/first-steps"))).contains("A plain paragraph, now longer.");
        for (String path : new String[] {"/", "/articles/second-steps", "/articles", "/sections/basics", "/about",
                "/glossary", "/sitemap.xml", "/feed.xml"}) {
            assertThat(afterBody.page(path)).as(path + " is not rendered again").isSameAs(before.page(path));
        }
        assertThat(afterBody.notFound()).isSameAs(before.notFound());

        edit("title: First steps", "title: The first steps");
        assertThat(store.reload()).isTrue();
        RenderedSite afterTitle = published.current();

        for (String path : new String[] {"/", "/articles/second-steps", "/articles", "/sections/basics"}) {
            assertThat(afterTitle.page(path)).as(path + " shows the title, so it is rendered again")
                    .isNotSameAs(afterBody.page(path));
            assertThat(html(afterTitle.page(path))).as(path).contains("The first steps");
        }
    }
}
