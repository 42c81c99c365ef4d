package org.ketamineinfo.translation;

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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.content.Fixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The fixture site with a Spanish edition, served: an English original reviewed again after its Spanish
 * translation was made (the Spanish page says so, in Spanish, with the date, and links to the English
 * page; health counts it), the sitemap's alternates, the Spanish feed and the static export.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TranslatedFixtureSiteTest {

    private static final Path SITE;

    static {
        try {
            SITE = Fixtures.bilingual(Files.createTempDirectory("stale-translation").resolve("site"));
            Path original = SITE.resolve("articles/first-steps.md");
            Files.writeString(original, Files.readString(original)
                    .replace("lastReviewed: 2026-01-15", "lastReviewed: 2026-06-01"));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("site.content.location", SITE::toString);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private Document page(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void theSpanishPageSaysItsOriginalWasReviewedSinceAndLinksToIt() throws Exception {
        Element notice = page("/es/articulos/primeros-pasos").selectFirst(".translation-notice");

        assertThat(notice).isNotNull();
        assertThat(notice.text()).contains("Puede que esta traducción no esté al día")
                .contains("se revisó de nuevo el 1 de junio de 2026");
        assertThat(notice.selectFirst("a[hreflang=en]").attr("href")).isEqualTo("/articles/first-steps");
    }

    @Test
    void anUpToDateTranslationAndTheEnglishPageShowNoNotice() throws Exception {
        assertThat(page("/es/acerca-de").select(".translation-notice")).isEmpty();
        assertThat(page("/articles/first-steps").select(".translation-notice")).isEmpty();
    }

    @Test
    void healthCountsTheStaleTranslationForEditors() throws Exception {
        String health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(health).contains("\"translations\":2", "\"staleTranslations\":1");
    }

    private String body(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void theSitemapListsBothLanguagesOfAPageAsAlternatesOfEachOther() throws Exception {
        org.w3c.dom.Document sitemap = org.ketamineinfo.feed.XmlForTests.parse(body("/sitemap.xml"));
        org.w3c.dom.NodeList urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        java.util.Map<String, java.util.List<String>> alternates = new java.util.LinkedHashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0)
                    .getTextContent();
            org.w3c.dom.NodeList links = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
            java.util.List<String> found = new java.util.ArrayList<>();
            for (int j = 0; j < links.getLength(); j++) {
                org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(j);
                found.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
            }
            alternates.put(loc, found);
        }
        java.util.List<String> pair = java.util.List.of("en http://localhost:8080/articles/first-steps",
                "es http://localhost:8080/es/articulos/primeros-pasos");
        assertThat(alternates.get("http://localhost:8080/articles/first-steps")).isEqualTo(pair);
        assertThat(alternates.get("http://localhost:8080/es/articulos/primeros-pasos")).isEqualTo(pair);
        assertThat(alternates.get("http://localhost:8080/articles/second-steps")).as("no twin").isEmpty();
    }

    @Test
    void theSpanishEditionHasItsOwnFeedAndBothSearchesStayOutOfSearchEngines() throws Exception {
        String feed = body("/es/feed.xml");
        assertThat(feed).contains("xml:lang=\"es\"", "<id>http://localhost:8080/es</id>",
                "http://localhost:8080/es/articulos/primeros-pasos").doesNotContain("/articles/first-steps");
        assertThat(body("/robots.txt")).contains("Disallow: /search\n", "Disallow: /es/buscar\n");
    }

    @Test
    void aLostReaderUnderEsIsToldSoInSpanish() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/es/no-existe")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("html").attr("lang")).isEqualTo("es");
        assertThat(page.select("a[href=/es]")).isNotEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.ketamineinfo.publish.PublishedSite published;

    @org.springframework.beans.factory.annotation.Autowired
    org.ketamineinfo.publish.Assets assets;

    @org.springframework.beans.factory.annotation.Autowired
    org.ketamineinfo.system.SiteProperties site;

    @Test
    void theStaticExportHoldsBothEditionsWithASpanishNotFoundPage(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        java.util.List<String> written = org.ketamineinfo.publish.StaticExport.write(
                published.awaitRendered(java.time.Duration.ofMinutes(1)), assets, site, folder);

        assertThat(written).contains("index.html", "es.html", "articles/first-steps.html",
                "es/articulos/primeros-pasos.html", "es/acerca-de.html", "es/glosario.html", "es/feed.xml",
                "404.html", "es/404.html");
        assertThat(Files.readString(folder.resolve("es/404.html"))).contains("<html lang=\"es\"");
    }
}
