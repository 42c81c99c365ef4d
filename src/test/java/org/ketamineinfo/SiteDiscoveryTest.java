package org.ketamineinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.ketamineinfo.content.Language;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.content.Article;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.SiteContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What search engines, feed readers, link previews and readers looking for one answer get from the
 * bundled content/, over real HTTP: sitemap, feed, robots.txt, structured data, Open Graph, search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteDiscoveryTest {

    private static final String BASE = "http://localhost:8080";

    @LocalServerPort
    int port;

    @Autowired
    ContentStore store;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Document page(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<String> texts(org.w3c.dom.Document xml, String namespace, String name) {
        NodeList nodes = xml.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void theSitemapHasEveryPublishedPageAndEachArticlesReviewDate() throws Exception {
        SiteContent content = store.current();
        String sitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
        org.w3c.dom.Document sitemap = xml(get("/sitemap.xml").body());

        assertThat(texts(sitemap, sitemapNs, "loc")).containsExactlyElementsOf(
                content.publishedPaths().stream().map(path -> BASE + path).toList());
        NodeList urls = sitemap.getElementsByTagNameNS(sitemapNs, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(sitemapNs, "loc").item(0).getTextContent();
            if (loc.startsWith(BASE + "/articles/")) {
                Article article = content.article(loc.substring((BASE + "/articles/").length())).orElseThrow();
                assertThat(url.getElementsByTagNameNS(sitemapNs, "lastmod").item(0).getTextContent()).as(loc)
                        .isEqualTo(article.lastReviewed().toString());
            }
        }
    }

    @Test
    void theFeedHasEveryArticleOnceNewestReviewFirst() throws Exception {
        String atom = "http://www.w3.org/2005/Atom";
        HttpResponse<byte[]> response = get("/feed.xml");
        org.w3c.dom.Document feed = xml(response.body());

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml;charset=UTF-8");
        List<String> ids = texts(feed, atom, "id");
        assertThat(ids.get(0)).isEqualTo(BASE + "/");
        assertThat(ids.subList(1, ids.size())).containsExactlyInAnyOrderElementsOf(
                store.current().articles().stream().map(a -> BASE + a.path()).toList());
        List<String> updated = texts(feed, atom, "updated");
        List<String> entries = updated.subList(1, updated.size());
        assertThat(entries).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(updated.get(0)).isEqualTo(entries.get(0));
    }

    @Test
    void robotsTxtPointsToTheSitemapAtTheConfiguredAddress() throws Exception {
        assertThat(new String(get("/robots.txt").body(), StandardCharsets.UTF_8))
                .contains("Sitemap: " + BASE + "/sitemap.xml\n");
    }

    @Test
    void everyArticleCarriesMedicalWebPageStructuredData() throws Exception {
        for (Article article : store.current().articles()) {
            List<Element> scripts = page(article.path()).select("script");
            assertThat(scripts).as(article.path()).singleElement()
                    .extracting(e -> e.attr("type")).isEqualTo("application/ld+json");
            JsonNode data = new ObjectMapper().readTree(scripts.get(0).data());

            assertThat(data.get("@type").asString()).isEqualTo("MedicalWebPage");
            assertThat(data.get("name").asString()).isEqualTo(article.title());
            assertThat(data.get("description").asString()).isEqualTo(article.description());
            assertThat(data.get("lastReviewed").asString()).isEqualTo(article.lastReviewed().toString());
            assertThat(data.get("audience").get("audienceType").asString()).isEqualTo("Patient");
            assertThat(data.get("about").get("@type").asString()).isEqualTo("MedicalTherapy");
            assertThat(data.get("citation")).as(article.path()).hasSize(article.sources().size());
            for (int i = 0; i < article.sources().size(); i++) {
                assertThat(data.get("citation").get(i).get("name").asString())
                        .isEqualTo(article.sources().get(i).title());
            }
            assertThat(data.get("publisher").get("name").asString()).isEqualTo("Ketamine Therapy Guide");
        }
    }

    @Test
    void everyPageHasOpenGraphTagsMatchingItsCanonicalAddress() throws Exception {
        for (String path : store.current().publishedPaths()) {
            Document html = page(path);

            assertThat(html.select("meta[property=og:title]").attr("content")).as(path).isNotBlank();
            assertThat(html.select("meta[property=og:description]").attr("content")).as(path)
                    .isEqualTo(html.select("meta[name=description]").attr("content"));
            assertThat(html.select("meta[property=og:url]").attr("content")).as(path)
                    .isEqualTo(html.select("link[rel=canonical]").attr("href"));
            Language language = Language.of(path);
            boolean article = path.startsWith(language.article(""));
            assertThat(html.select("meta[property=og:type]").attr("content")).as(path)
                    .isEqualTo(article ? "article" : "website");
            assertThat(html.select("meta[property=og:locale]").attr("content")).as(path)
                    .isEqualTo(language == Language.EN ? "en_US" : "es_US");
            assertThat(html.select("meta[property=og:site_name]").attr("content")).as(path)
                    .isEqualTo("Ketamine Therapy Guide");
            assertThat(html.select("form[role=search][action=" + language.search() + "] input[name=q]")).as(path)
                    .hasSize(1);
            if (!article) {
                assertThat(html.select("script")).as(path).isEmpty();
            }
        }
    }

    @Test
    void glossaryTermsAreLinkedOnceEachAndNeverInsideHeadingsOrLinks() throws Exception {
        int linked = 0;
        for (Article article : store.current().articles()) {
            List<Element> terms = page(article.path()).select(".prose a.term");
            Set<String> targets = new HashSet<>();
            for (Element term : terms) {
                assertThat(targets.add(term.attr("href"))).as(article.path() + " links " + term.attr("href") + " twice")
                        .isTrue();
                assertThat(term.parents()).as(article.path()).noneMatch(parent -> parent.tagName().matches("h[1-6]|a"));
            }
            linked += terms.size();
        }
        assertThat(linked).isGreaterThan(store.current().articles().size());
    }

    @Test
    void searchFindsTheArticleAReaderIsLookingFor() throws Exception {
        for (String[] example : new String[][] {{"side effect", "/articles/side-effects-and-risks"},
                {"cost", "/articles/cost-and-insurance"}, {"bladder", "/articles/side-effects-and-risks"},
                {"questions to ask", "/articles/questions-to-ask"}}) {
            Document html = page("/search?q=" + URLEncoder.encode(example[0], StandardCharsets.UTF_8));

            assertThat(html.select(".result h2 a").first().attr("href")).as(example[0]).isEqualTo(example[1]);
            assertThat(html.select(".result mark")).as(example[0]).isNotEmpty();
        }
    }

    @Test
    void hostileSearchesGetAFriendlyUncachedPage() throws Exception {
        for (String query : List.of("", "%00", "%3Cscript%3E", "title%3Ax+AND+%28", "%D0%BA%D0%B5%D1%82%D0%B0%D0%BC%D0%B8%D0%BD",
                "a".repeat(3000), "%22%22%22", "*%3A*")) {
            HttpResponse<byte[]> response = get("/search?q=" + query);

            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(query).hasValue("no-store");
            assertThat(Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8)).select("h1")).as(query)
                    .hasSize(1);
        }
    }
}
