package org.ketamineinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.ketamineinfo.content.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketamineinfo.content.ContentStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole application on a real port, serving the bundled content/ as a reader would get it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedSiteTest {

    @LocalServerPort
    int port;

    @Autowired
    ContentStore store;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Document> pages = new LinkedHashMap<>();

    @BeforeAll
    void visitEveryPublishedPage() throws Exception {
        for (String path : store.current().publishedPaths()) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("text/html;charset=UTF-8");
            pages.put(path, Jsoup.parse(response.body(), "http://localhost:" + port + path));
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBundledSiteHasEveryKindOfPage() {
        assertThat(pages.keySet()).contains("/", "/glossary", "/get-help-now", "/about", "/privacy", "/accessibility",
                "/editorial-policy", "/articles/what-is-ketamine-therapy", "/sections/is-it-for-me");
        assertThat(store.current().articles()).hasSizeGreaterThanOrEqualTo(13);
    }

    @Test
    void everyPageHasOneH1ATitleADescriptionAndCrisisHelp() {
        pages.forEach((path, html) -> {
            assertThat(html.select("h1")).as(path + " h1").hasSize(1);
            assertThat(html.title()).as(path + " title").endsWith("Ketamine Therapy Guide");
            assertThat(html.select("meta[name=description]").attr("content")).as(path + " description").hasSizeGreaterThan(20);
            assertThat(html.select("link[rel=canonical]").attr("href")).as(path).isEqualTo("http://localhost:8080" + path);
            Language language = Language.of(path);
            assertThat(html.select("html").attr("lang")).as(path).isEqualTo(language.code());
            assertThat(html.select("a.skip-link[href=#main]")).as(path).hasSize(1);
            assertThat(html.select("main#main")).as(path).hasSize(1);
            String help = language == Language.EN ? "/get-help-now" : "/es/obtenga-ayuda-ahora";
            assertThat(html.select(".crisis-bar a[href=" + help + "]")).as(path).hasSize(1);
            assertThat(html.select("footer a[href=tel:988]")).as(path).hasSize(1);
            assertThat(html.select(".preview")).as(path + ": the writers' preview is off for readers").isEmpty();
        });
    }

    @Test
    void everyInternalLinkOnEveryPageResolves() throws Exception {
        Set<String> targets = new LinkedHashSet<>();
        pages.values().forEach(html -> html.select("a[href^=/], link[href^=/]").forEach(a -> targets.add(a.attr("href"))));
        for (Map.Entry<String, Document> page : pages.entrySet()) {
            for (var anchor : page.getValue().select("a[href^=#]")) {
                String id = anchor.attr("href").substring(1);
                assertThat(page.getValue().getElementById(id)).as(page.getKey() + " anchor #" + id).isNotNull();
            }
        }

        for (String target : targets) {
            String path = target.replaceAll("#.*$", "");
            assertThat(get(path).statusCode()).as("link target " + target).isEqualTo(200);
            if (target.contains("#") && path.equals("/glossary")) {
                assertThat(pages.get("/glossary").getElementById(target.substring(target.indexOf('#') + 1)))
                        .as(target).isNotNull();
            }
        }
        assertThat(targets).as("every published page is linked from some page")
                .containsAll(store.current().publishedPaths());
    }

    @Test
    void healthTellsAboutTheContentAndNothingAboutTheServer() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"content\"", "\"articles\":" + store.current().articles().size(),
                "\"stale\":false").doesNotContain("diskSpace", "\"path\"", System.getProperty("user.dir"));
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/info").statusCode()).isEqualTo(404);
    }

    @Test
    void theCrisisPageLetsAPhoneCallOrTextEachLineWithOneTap() {
        Document help = pages.get("/get-help-now");

        assertThat(help.select("main .contents, main .key-points")).as("nothing before what to do right now").isEmpty();
        assertThat(help.select(".prose > *").first().text()).startsWith("If you are in danger right now");

        assertThat(help.select(".prose a[href^=tel:]").eachAttr("href")).contains("tel:988", "tel:911", "tel:116123");
        assertThat(help.select(".prose a[href^=sms:]").eachAttr("href")).contains("sms:988", "sms:741741");
    }

    @Test
    void unknownSlugsAndPathsGetTheFriendlyNotFoundPage() throws Exception {
        for (String path : List.of("/articles/no-such-article", "/sections/no-such-section", "/no-such-page",
                "/some/deep/unknown/path", "/sections/", "/wp-login.php")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            Document html = Jsoup.parse(response.body());
            assertThat(html.select("h1").text()).as(path).isEqualTo("Page not found");
            assertThat(html.select("nav[aria-label=Topics] a")).as(path).isNotEmpty();
            assertThat(html.select("main a[href=/]")).as(path).hasSize(1);
        }
    }

    @Test
    void traversalAttemptsNeverServeFilesFromOutsideTheSite() throws Exception {
        for (String path : List.of("/articles/..%2F..%2Fpom.xml", "/css/..%2F..%2Fapplication.yml", "/..%2Fpom.xml")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("<artifactId>", "crisis-lines:");
        }
    }

    @Test
    void stylesheetIsServedWithAContentHashInItsAddress() throws Exception {
        String href = pages.get("/").select("link[rel=stylesheet]").attr("href");

        assertThat(href).matches("/css/site-[0-9a-f]{32}\\.css");
        HttpResponse<String> css = get(href);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    }
}
