package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A published page keeps only its gzip copy, and gives the exact rendered bytes back on demand. */
class PublishedPageTest {

    private static final byte[] HTML = ("<!DOCTYPE html><p>Side effects often fade within about 2 hours. "
            + "Tell your care team about warning signs right away.</p>").repeat(50).getBytes(StandardCharsets.UTF_8);

    private final PublishedPage page = PublishedPage.of("/articles/x", 200, PageRender.HTML, HTML,
            Instant.parse("2026-12-01T10:00:00Z"), "public, max-age=300");

    @Test
    void theRenderedBytesComeBackExactlyFromTheGzipCopy() {
        assertThat(page.identity()).isEqualTo(HTML);
        assertThat(page.identityLength()).isEqualTo(HTML.length);
        assertThat(page.gzip().length).as("kept compressed").isLessThan(HTML.length / 4);
    }

    @Test
    void eachEncodingHasItsOwnStrongEtagFromTheRenderedBytes() {
        PublishedPage same = PublishedPage.of("/articles/x", 200, PageRender.HTML, HTML.clone(),
                Instant.parse("2026-12-02T10:00:00Z"), "public, max-age=300");

        assertThat(page.etag()).matches("\"[A-Za-z0-9_-]{27}\"").isEqualTo(same.etag());
        assertThat(page.gzipEtag()).isEqualTo(page.etag().replace("\"", "").transform(tag -> "\"" + tag + "-gz\""));
    }

    @Test
    void aPageThatDiffersInOneByteHasAnotherEtag() {
        for (int at : new int[] {0, HTML.length / 2, HTML.length - 1}) {
            byte[] changed = HTML.clone();
            changed[at] = (byte) (changed[at] == 'x' ? 'y' : 'x');
            PublishedPage other = PublishedPage.of("/articles/x", 200, PageRender.HTML, changed,
                    Instant.parse("2026-12-01T10:00:00Z"), "public, max-age=300");

            assertThat(other.etag()).as("byte %d", at).isNotEqualTo(page.etag());
        }
        PublishedPage longer = PublishedPage.of("/articles/x", 200, PageRender.HTML, (new String(HTML,
                StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8), Instant.parse("2026-12-01T10:00:00Z"),
                "public, max-age=300");
        assertThat(longer.etag()).isNotEqualTo(page.etag());
    }
}
