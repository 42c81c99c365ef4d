package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code site.preview}: a writer sees drafts, marked as such, and every content problem at the top of
 * every page, the way Hugo's server shows build errors in the browser; the site starts anyway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class PreviewTest {

    private static final Path SITE;

    static {
        try {
            SITE = TestFiles.copy(Fixtures.GOOD, Files.createTempDirectory("preview").resolve("site"));
            Files.writeString(SITE.resolve("articles/half-written.md"), """
                    ---
                    title: Half written
                    descripton: A misspelled field name.
                    ---
                    Text.
                    """);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("site.content.location", SITE::toString);
        registry.add("site.preview", () -> "true");
    }

    @LocalServerPort
    int port;

    @Autowired
    ContentStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void aDraftIsServedWithADraftBanner() throws Exception {
        Document draft = page("/articles/draft-article");

        assertThat(draft.select(".preview p").first().text()).startsWith("Draft. This page is not published");
        assertThat(page("/articles/first-steps").select(".preview p").text()).doesNotContain("Draft.");
    }

    @Test
    void everyPageListsTheContentProblemsAsFileLineMessage() throws Exception {
        for (String path : new String[] {"/", "/articles/first-steps", "/about", "/glossary"}) {
            Document html = page(path);

            assertThat(html.select(".preview strong").text()).as(path).contains("problems in content");
            assertThat(html.select(".preview li code").eachText()).as(path)
                    .anyMatch(line -> line.matches("site/articles/half-written\\.md:3: unknown field 'descripton'.*"));
        }
        assertThat(get("/articles/half-written").statusCode()).isEqualTo(404); // left out, as it would be live
    }

    @Test
    void aSavedFixClearsTheProblemsFromEveryPage() throws Exception {
        Path broken = SITE.resolve("articles/half-written.md");
        String before = Files.readString(broken);
        try {
            Files.delete(broken);
            assertThat(store.reload()).isTrue();

            assertThat(page("/").select(".preview")).as("nothing to show, so no banner at all").isEmpty();
        } finally {
            Files.writeString(broken, before);
            store.reload();
        }
    }
}
