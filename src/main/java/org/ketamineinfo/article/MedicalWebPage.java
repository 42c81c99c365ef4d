package org.ketamineinfo.article;

import org.ketamineinfo.content.Article;
import org.ketamineinfo.content.Source;
import org.ketamineinfo.system.SiteProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An article described for search engines and link previews as a schema.org {@code MedicalWebPage}
 * in JSON-LD: what it is, who it is for, when it was last reviewed, what it cites and who publishes it.
 */
final class MedicalWebPage {

    private final JsonMapper json;
    private final SiteProperties site;

    MedicalWebPage(JsonMapper json, SiteProperties site) {
        this.json = json;
        this.site = site;
    }

    /**
     * The JSON-LD for an article, safe to put inside {@code <script type="application/ld+json">}:
     * {@code <}, {@code >} and {@code &} can only occur inside JSON strings, where a JSON unicode escape
     * means the same character, so writing them escaped keeps {@code </script>} out of the page.
     */
    String of(Article article) {
        ObjectNode page = json.createObjectNode();
        page.put("@context", "https://schema.org");
        page.put("@type", "MedicalWebPage");
        page.put("name", article.title());
        page.put("description", article.description());
        page.put("url", site.url(article.path()));
        page.put("inLanguage", article.language().code());
        page.put("lastReviewed", article.lastReviewed().toString());
        ObjectNode audience = page.putObject("audience");
        audience.put("@type", "MedicalAudience");
        audience.put("audienceType", "Patient");
        // Every article on this site is about the one treatment, whatever part of it the article covers.
        ObjectNode about = page.putObject("about");
        about.put("@type", "MedicalTherapy");
        about.put("name", article.language().text("content.therapy"));
        ArrayNode citations = page.putArray("citation");
        for (Source source : article.sources()) {
            ObjectNode citation = citations.addObject();
            citation.put("@type", "CreativeWork");
            citation.put("name", source.title());
            citation.putObject("publisher").put("@type", "Organization").put("name", source.publisher());
            citation.put("datePublished", String.valueOf(source.year()));
            if (source.url() != null) {
                citation.put("url", source.url());
            }
        }
        ObjectNode publisher = page.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", site.name());
        publisher.put("url", site.url("/"));
        return json.writeValueAsString(page).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
