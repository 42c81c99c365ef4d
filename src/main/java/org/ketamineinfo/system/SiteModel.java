package org.ketamineinfo.system;

import jakarta.servlet.http.HttpServletRequest;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.publish.Assets;
import org.ketamineinfo.publish.PublishedSite;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what every page's layout needs into the model: the settings, the asset addresses and the
 * content snapshot. (Pre-rendered pages get the same three from the SiteRenderer.)
 * The snapshot is read once per request; handlers take it as {@code @ModelAttribute("content")} so a
 * reload in mid-request cannot mix two versions on one page.
 */
@ControllerAdvice
class SiteModel {

    private final PublishedSite published;
    private final SiteProperties site;
    private final Assets assets;

    SiteModel(PublishedSite published, SiteProperties site, Assets assets) {
        this.published = published;
        this.site = site;
        this.assets = assets;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    @ModelAttribute("assets")
    Assets assets() {
        return assets;
    }

    /** The edition the address belongs to: the Spanish snapshot under /es, the English one elsewhere. */
    @ModelAttribute("content")
    SiteContent content(HttpServletRequest request) {
        SiteContent root = published.current().content();
        return root.edition(PathLocaleResolver.languageOf(request)).orElse(root);
    }

    /** The whole snapshot, every edition: for the links between a page and its translations. */
    @ModelAttribute("root")
    SiteContent root() {
        return published.current().content();
    }
}
