package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.system.SiteProperties;

class SiteRendererTest {

    @Test
    void parallelRenderingUsesTheCallersClassLoaderSoThePackagedJarFindsItsTemplates() {
        SiteContent content = Fixtures.loader().load(Fixtures.GOOD).site();
        List<ClassLoader> loaders = new CopyOnWriteArrayList<>();
        TemplateStub engine = new TemplateStub(template -> {
            loaders.add(Thread.currentThread().getContextClassLoader());
            return "<p>" + template + "</p>";
        });
        PublishesPages manyPages = c -> java.util.stream.IntStream.range(0, 64)
                .mapToObj(i -> PageRender.html("/p" + i, model -> "page")).toList();
        SiteProperties site = new SiteProperties("Test", java.net.URI.create("https://example.org"),
                new SiteProperties.Content("content", false, false),
                List.of(new SiteProperties.CrisisLine("US", "988", "988", "Call", true, null)), null,
                new SiteProperties.Cache("public, max-age=300", "public, max-age=60"), false, false,
                new SiteProperties.Export(null));
        ClassLoader jarLoader = new ClassLoader(getClass().getClassLoader()) { };
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(jarLoader);
        try {
            new SiteRenderer(List.of(manyPages), List.of(), engine, site, new Assets("/c.css", "/f.svg")).render(content, null);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }

        assertThat(loaders).hasSize(65).containsOnly(jarLoader);
    }
}
