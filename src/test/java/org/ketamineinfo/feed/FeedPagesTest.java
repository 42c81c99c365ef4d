package org.ketamineinfo.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineinfo.FixtureSlice;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.TestFiles;
import org.ketamineinfo.publish.PublishedSite;
import org.ketamineinfo.publish.RenderedSite;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sitemap, robots.txt and Atom feed of the fixture site, read back with a real XML parser. */
// Every controller that publishes pages; reader feedback needs a database and publishes none.
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.ketamineinfo\\.feedback\\..*"))
@FixtureSlice
@Import(FeedPages.class)
class FeedPagesTest {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PublishedSite published;

    /** Parses XML as a strict, namespace-aware parser would; malformed XML fails the test here. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private Document get(String path, String contentType) throws Exception {
        MvcTestResult result = mvc.get().uri(path).exchange();
        assertThat(result).hasStatusOk().hasHeader("Content-Type", contentType);
        return parse(result.getResponse().getContentAsByteArray());
    }

    static List<Element> elements(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    static String text(Element parent, String namespace, String name) {
        List<Element> found = elements(parent, namespace, name);
        return found.isEmpty() ? null : found.get(0).getTextContent();
    }

    /** Each sitemap address with its lastmod (null when it has none). */
    static Map<String, String> sitemap(Document xml) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (Element url : elements(xml.getDocumentElement(), FeedPages.SITEMAP_NS, "url")) {
            urls.put(text(url, FeedPages.SITEMAP_NS, "loc"), text(url, FeedPages.SITEMAP_NS, "lastmod"));
        }
        return urls;
    }

    @Test
    void theSitemapListsEveryPublishedPageDatedByItsReview() throws Exception {
        Document xml = get("/sitemap.xml", "application/xml;charset=UTF-8");

        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        Map<String, String> urls = sitemap(xml);
        assertThat(urls.keySet()).containsExactlyElementsOf(
                published.current().content().publishedPaths().stream().map(path -> BASE + path).toList());
        assertThat(urls).containsEntry(BASE + "/articles/first-steps", "2026-01-15")
                .containsEntry(BASE + "/articles/staying-safe", "2026-03-01")
                .containsEntry(BASE + "/sections/basics", "2026-02-01")
                .containsEntry(BASE + "/", "2026-03-01")
                .containsEntry(BASE + "/glossary", null);
    }

    @Test
    void theFeedHasEveryArticleMostRecentlyReviewedFirst() throws Exception {
        Element feed = get("/feed.xml", "application/atom+xml;charset=UTF-8").getDocumentElement();

        assertThat(feed.getNamespaceURI()).isEqualTo(FeedPages.ATOM_NS);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, FeedPages.ATOM_NS, "id")).isEqualTo(BASE + "/");
        List<Element> entries = elements(feed, FeedPages.ATOM_NS, "entry");
        assertThat(entries).extracting(e -> text(e, FeedPages.ATOM_NS, "id")).containsExactly(
                BASE + "/articles/staying-safe", BASE + "/articles/second-steps", BASE + "/articles/first-steps");
        assertThat(entries).extracting(e -> text(e, FeedPages.ATOM_NS, "updated"))
                .containsExactly("2026-03-01T00:00:00Z", "2026-02-01T00:00:00Z", "2026-01-15T00:00:00Z");
        assertThat(text(feed, FeedPages.ATOM_NS, "updated")).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(entries.get(0).getElementsByTagNameNS(FeedPages.ATOM_NS, "link").item(0).getAttributes()
                .getNamedItem("href").getNodeValue()).isEqualTo(BASE + "/articles/staying-safe");
        assertThat(text(entries.get(0), FeedPages.ATOM_NS, "summary"))
                .isEqualTo("The only article in the safety section of the fixture site, for section tests.");
    }

    @Test
    void robotsPointsCrawlersToTheSitemapByItsFullAddress() {
        assertThat(mvc.get().uri("/robots.txt")).hasStatusOk().hasHeader("Content-Type", "text/plain;charset=UTF-8")
                .bodyText().isEqualTo("User-agent: *\nDisallow: /search\n\nSitemap: " + BASE + "/sitemap.xml\n");
    }

    @Test
    void markupInTitlesIsEscapedByTheXmlWriter(@TempDir Path temp) throws Exception {
        RenderedSite before = published.current();
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        Path safety = site.resolve("articles/staying-safe.md");
        Files.writeString(safety, Files.readString(safety).replace("title: Staying safe",
                "title: \"Safe & sound: <b>bold</b> ]]> \\\"quoted\\\"\""));
        try {
            published.publish(Fixtures.loader().load(site).siteOrThrow());

            Element feed = get("/feed.xml", "application/atom+xml;charset=UTF-8").getDocumentElement();
            assertThat(text(elements(feed, FeedPages.ATOM_NS, "entry").get(0), FeedPages.ATOM_NS, "title"))
                    .isEqualTo("Safe & sound: <b>bold</b> ]]> \"quoted\"");
        } finally {
            published.publish(before.content());
        }
    }

    @Test
    void theMachinePagesAreNotListedAmongTheHtmlPages() {
        assertThat(published.current().content().publishedPaths())
                .doesNotContain("/sitemap.xml", "/feed.xml", "/robots.txt");
        assertThat(published.current().pages()).containsKeys("/sitemap.xml", "/feed.xml", "/robots.txt");
    }
}
