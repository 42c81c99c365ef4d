package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Rendering ahead in the background: what a failure there tells the operator, and how shutdown stops it. */
@ExtendWith(OutputCaptureExtension.class)
class RenderAheadFailureTest {

    private static final String FAULT = "Rendering pages ahead failed";

    private final AtomicReference<PublishedSite> site = new AtomicReference<>();
    private final ContentStore store = new ContentStore(Fixtures.loader(), Fixtures.GOOD, false, Fixtures.CLOCK);

    private PublishedSite site(TemplateStub templates) {
        SiteProperties properties = new SiteProperties("Test", URI.create("https://example.org"),
                new SiteProperties.Content("content", false, false),
                List.of(new SiteProperties.CrisisLine("US", "988", "988", "Call", true, null)), null,
                new SiteProperties.Cache("public, max-age=300", "public, max-age=60"), true, false,
                new SiteProperties.Export(null));
        PublishesPages manyPages = content -> IntStream.range(0, 64)
                .mapToObj(i -> PageRender.html("/p" + i, model -> "page")).toList();
        SiteRenderer renderer = new SiteRenderer(List.of(manyPages), List.of(), templates, properties,
                new Assets("/c.css", "/f.svg"));
        site.set(new PublishedSite(renderer, store, true, false));
        return site.get();
    }

    @Test
    void aRenderThatFailsWhileTheSiteRunsIsReportedAsAnError(CapturedOutput output) {
        PublishedSite running = site(new TemplateStub(template -> {
            throw new IllegalStateException("A template that cannot be rendered");
        }));

        assertThatThrownBy(() -> running.awaitRendered(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not rendered");
        assertThat(output.getAll()).contains(FAULT);
    }

    @Test
    void shutdownLetsThePagesInProgressFinishAndRendersNoMoreWithoutReportingAFault(CapturedOutput output)
            throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        PublishedSite closing = site(new TemplateStub(template -> {
            started.countDown();
            // A page in progress when the application stops: its templates still work until close() returns.
            for (int waited = 0; !site.get().closing() && waited < 1000; waited++) {
                sleep();
            }
            return "<p>" + template + "</p>";
        }));
        closing.startRenderingAhead();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        closing.close();

        assertThatThrownBy(() -> closing.awaitRendered(Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not rendered");
        assertThat(output.getAll()).doesNotContain(FAULT);
    }

    @Test
    void nothingIsRenderedAheadOnceTheSiteIsClosed() throws InterruptedException {
        PublishedSite closed = site(new TemplateStub(template -> "<p>" + template + "</p>"));
        closed.close();

        closed.startRenderingAhead();

        assertThatThrownBy(() -> closed.awaitRendered(Duration.ofSeconds(30))).isInstanceOf(IllegalStateException.class);
        assertThat(closed.current().rendered()).isFalse();
    }

    @Test
    void aReloadAfterShutdownIsNotPublishedAndNotReportedAsAFault(CapturedOutput output) throws InterruptedException {
        PublishedSite closed = site(new TemplateStub(template -> "<p>" + template + "</p>"));
        closed.close();

        assertThat(store.reload()).isFalse();

        assertThat(output.getAll()).doesNotContain("could not be rendered").contains("not published");
        assertThat(store.staleness()).as("the content itself is fine").isNull();
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
