package org.ketamineinfo.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import org.ketamineinfo.content.ContentLoader;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.ContentWatcher;
import org.ketamineinfo.content.MarkdownRenderer;
import org.ketamineinfo.publish.StaticExport;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the content pipeline from the {@code site.*} settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SiteProperties.class)
public class ContentConfiguration {

    /** The language is the address's (/es/...), for live requests and error pages alike. */
    @Bean
    LocaleResolver localeResolver() {
        return new PathLocaleResolver();
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** The export ({@code --export}, see ExportRunner) renders each page once and exits: its bodies need no deflating. */
    @Bean
    MarkdownRenderer markdownRenderer(Environment environment) {
        return StaticExport.requested(environment) ? MarkdownRenderer.forExport() : new MarkdownRenderer();
    }

    @Bean
    ContentLoader contentLoader(MarkdownRenderer renderer, Clock clock) {
        return new ContentLoader(renderer, clock);
    }

    @Bean
    ContentStore contentStore(ContentLoader loader, SiteProperties properties, Clock clock) {
        return new ContentStore(loader, Path.of(properties.content().location()), properties.content().skipBadFiles(),
                properties.preview(), properties.content().reload(), clock);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "site.content.reload", havingValue = "true")
    ContentWatcher contentWatcher(ContentStore store) throws IOException {
        return new ContentWatcher(store, Duration.ofMillis(100));
    }
}
