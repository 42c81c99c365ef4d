package org.ketamineinfo.publish;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.thymeleaf.ITemplateEngine;

/** Wires rendering ahead, the in-memory page filter and the static asset chain. */
@Configuration(proxyBeanMethods = false)
public class PublishingConfiguration implements WebMvcConfigurer {

    @Bean
    Assets assets() {
        return Assets.fromClasspath();
    }

    /** Under {@code --export} the application serves nothing: its pages are rendered for the export. */
    @Bean
    SiteRenderer siteRenderer(List<PublishesPages> publishers, List<SnapshotPart<?>> parts, ITemplateEngine templates,
            SiteProperties site, Assets assets, Environment environment) {
        SiteRenderer renderer = new SiteRenderer(publishers, parts, templates, site, assets);
        return StaticExport.requested(environment) ? renderer.forExport(site.export()) : renderer;
    }

    @Bean
    PublishedSite publishedSite(SiteRenderer renderer, ContentStore store, SiteProperties site,
            Environment environment) {
        return new PublishedSite(renderer, store, site.renderInBackground(), !StaticExport.requested(environment));
    }

    /** Pages render ahead once the site is up, not during start-up (see {@link PublishedSite}). */
    @EventListener(ApplicationReadyEvent.class)
    void renderAheadWhenReady(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(PublishedSite.class).startRenderingAhead();
    }

    @Bean
    FilterRegistrationBean<PublishedPageFilter> publishedPageFilter(PublishedSite site) {
        FilterRegistrationBean<PublishedPageFilter> registration = new FilterRegistrationBean<>(
                new PublishedPageFilter(site));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * The stylesheet is UTF-8 (the breadcrumb separator is not ASCII) and says so, rather than leave a
     * browser to guess: the resource chain takes its type from the server's mapping, plain {@code text/css}.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> stylesheetCharset() {
        return factory -> factory.addMimeMappings(new MimeMappings(Map.of("css", "text/css;charset=UTF-8")));
    }

    /**
     * Assets are addressed by a hash of their content, so browsers may keep them for a year without
     * asking again; a .gz copy made at build time is served to clients that accept gzip.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl forever = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        registry.addResourceHandler("/css/**", "/favicon*.svg")
                .addResourceLocations("classpath:/" + Assets.STATIC + "/css/", "classpath:/" + Assets.STATIC + "/")
                .setCacheControl(forever)
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
