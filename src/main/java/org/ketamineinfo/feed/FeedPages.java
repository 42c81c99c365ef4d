package org.ketamineinfo.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ketamineinfo.content.Article;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.Page;
import org.ketamineinfo.content.Section;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.PageRender;
import org.ketamineinfo.publish.PublishesPages;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * {@code /sitemap.xml} (every published page, dated by its review), {@code /robots.txt} (which points to
 * the sitemap) and {@code /feed.xml} (the articles as Atom, most recently reviewed first). Addresses in
 * them are absolute, from {@code site.base-url}.
 */
@Component
class FeedPages implements PublishesPages {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private final SiteProperties site;

    FeedPages(SiteProperties site) {
        this.site = site;
    }

    @Override
    public List<PageRender> publishedPages(SiteContent content) {
        List<PageRender> renders = new java.util.ArrayList<>(List.of(
                PageRender.bytes("/sitemap.xml", "application/xml;charset=UTF-8", () -> sitemap(content))
                        .madeOf(PageRender.OUTLINE),
                PageRender.bytes("/robots.txt", "text/plain;charset=UTF-8", () -> robots(content))
                        .madeOf(PageRender.OUTLINE)));
        // One Atom feed per edition: /feed.xml in English, /es/feed.xml in Spanish.
        content.editions().forEach(edition -> renders.add(PageRender.bytes(feedPath(edition.language()),
                "application/atom+xml;charset=UTF-8", () -> feed(edition)).madeOf(PageRender.OUTLINE)));
        return List.copyOf(renders);
    }

    static String feedPath(Language language) {
        return language == Language.EN ? "/feed.xml" : language.home() + "/feed.xml";
    }

    byte[] sitemap(SiteContent content) {
        return xml(xml -> {
            xml.setDefaultNamespace(SITEMAP_NS);
            xml.writeStartElement(SITEMAP_NS, "urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("xhtml", XHTML_NS);
            for (String path : content.publishedPaths()) {
                xml.writeStartElement(SITEMAP_NS, "url");
                element(xml, SITEMAP_NS, "loc", site.url(path));
                // A page with a translation lists every language's address, itself included.
                List<SiteContent.Alternate> alternates = content.alternates(path);
                if (alternates.size() > 1) {
                    for (SiteContent.Alternate alternate : alternates) {
                        xml.writeEmptyElement(XHTML_NS, "link");
                        xml.writeAttribute("rel", "alternate");
                        xml.writeAttribute("hreflang", alternate.language().code());
                        xml.writeAttribute("href", site.url(alternate.path()));
                    }
                }
                Optional<LocalDate> reviewed = lastReviewed(content.edition(Language.of(path)).orElse(content), path);
                if (reviewed.isPresent()) {
                    element(xml, SITEMAP_NS, "lastmod", reviewed.get().toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    byte[] feed(SiteContent content) {
        List<Article> articles = content.articles().stream()
                .sorted(Comparator.comparing(Article::lastReviewed).reversed().thenComparing(Article::title)).toList();
        String updated = articles.isEmpty() ? content.changedAt().toString() : timestamp(articles.get(0).lastReviewed());
        return xml(xml -> {
            xml.setDefaultNamespace(ATOM_NS);
            xml.writeStartElement(ATOM_NS, "feed");
            xml.writeDefaultNamespace(ATOM_NS);
            Language language = content.language();
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language.code());
            element(xml, ATOM_NS, "title", site.name());
            element(xml, ATOM_NS, "subtitle", language.text("content.feed.subtitle"));
            element(xml, ATOM_NS, "id", site.url(language.home()));
            link(xml, "self", "application/atom+xml", site.url(feedPath(language)));
            link(xml, "alternate", "text/html", site.url(language.home()));
            element(xml, ATOM_NS, "updated", updated);
            xml.writeStartElement(ATOM_NS, "author");
            element(xml, ATOM_NS, "name", site.name());
            xml.writeEndElement();
            for (Article article : articles) {
                xml.writeStartElement(ATOM_NS, "entry");
                element(xml, ATOM_NS, "title", article.title());
                element(xml, ATOM_NS, "id", site.url(article.path()));
                link(xml, "alternate", "text/html", site.url(article.path()));
                element(xml, ATOM_NS, "updated", timestamp(article.lastReviewed()));
                element(xml, ATOM_NS, "summary", article.description());
                Optional<Section> section = content.section(article.section());
                if (section.isPresent()) {
                    xml.writeEmptyElement(ATOM_NS, "category");
                    xml.writeAttribute("term", section.get().slug());
                    xml.writeAttribute("label", section.get().title());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    byte[] robots(SiteContent content) {
        StringBuilder disallow = new StringBuilder();
        content.editions().forEach(edition -> disallow.append("Disallow: ").append(edition.language().search())
                .append('\n'));
        return ("User-agent: *\n"
                + disallow
                + "\n"
                + "Sitemap: " + site.url("/sitemap.xml") + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * When what a path shows was last reviewed: an article's or page's own date; for a section, its
     * latest article; for the home page, the latest article anywhere. The glossary has no review date.
     */
    static Optional<LocalDate> lastReviewed(SiteContent content, String path) {
        Language language = content.language();
        if (path.equals(language.home())) {
            return latest(content.articles());
        }
        String article = language.articleSlug(path);
        if (article != null) {
            return content.article(article).map(Article::lastReviewed);
        }
        String section = language.sectionSlug(path);
        if (section != null) {
            return content.section(section).flatMap(s -> latest(content.articlesIn(s)));
        }
        String page = language.pageSlug(path);
        return page == null ? Optional.empty() : content.page(page).map(Page::lastReviewed);
    }

    private static Optional<LocalDate> latest(List<Article> articles) {
        return articles.stream().map(Article::lastReviewed).max(Comparator.naturalOrder());
    }

    /** Atom wants a date and time; a review is dated by the day, taken as its start in UTC. */
    private static String timestamp(LocalDate date) {
        return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay(ZoneOffset.UTC));
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] xml(XmlBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write XML", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String namespace, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(ATOM_NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
