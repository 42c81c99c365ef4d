package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.system.SiteProperties;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.IContext;

class SiteRendererTest {

    /** Records the context class loader each template is rendered with. */
    static final class RecordingEngine implements ITemplateEngine {
        final List<ClassLoader> loaders = new CopyOnWriteArrayList<>();

        @Override
        public org.thymeleaf.IEngineConfiguration getConfiguration() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String process(String template, IContext context) {
            loaders.add(Thread.currentThread().getContextClassLoader());
            return "<p>" + template + "</p>";
        }

        @Override
        public String process(String template, java.util.Set<String> selectors, IContext context) {
            return process(template, context);
        }

        @Override
        public String process(TemplateSpec spec, IContext context) {
            return process(spec.getTemplate(), context);
        }

        @Override
        public void process(String t, IContext c, java.io.Writer w) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void process(String t, java.util.Set<String> s, IContext c, java.io.Writer w) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void process(TemplateSpec spec, IContext c, java.io.Writer w) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.thymeleaf.IThrottledTemplateProcessor processThrottled(String t, IContext c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.thymeleaf.IThrottledTemplateProcessor processThrottled(String t, java.util.Set<String> s, IContext c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.thymeleaf.IThrottledTemplateProcessor processThrottled(TemplateSpec spec, IContext c) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void parallelRenderingUsesTheCallersClassLoaderSoThePackagedJarFindsItsTemplates() {
        SiteContent content = Fixtures.loader().load(Fixtures.GOOD).site();
        RecordingEngine engine = new RecordingEngine();
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

        assertThat(engine.loaders).hasSize(65).containsOnly(jarLoader);
    }
}
