package org.ketamineinfo.system;

import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.SiteContent;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what every page's layout needs into the model: the settings and the content snapshot.
 * The snapshot is read once per request; handlers take it as {@code @ModelAttribute("content")} so a
 * reload in mid-request cannot mix two versions on one page.
 */
@ControllerAdvice
class SiteModel {

    private final ContentStore store;
    private final SiteProperties site;

    SiteModel(ContentStore store, SiteProperties site) {
        this.store = store;
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    @ModelAttribute("content")
    SiteContent content() {
        return store.current();
    }
}
