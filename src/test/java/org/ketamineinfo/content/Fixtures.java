package org.ketamineinfo.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The miniature fixture sites under src/test/resources/fixtures and a loader with a fixed clock. */
public final class Fixtures {

    public static final Path GOOD = Path.of("src/test/resources/fixtures/good");
    public static final Path BROKEN = Path.of("src/test/resources/fixtures/broken");
    /** A Spanish edition of GOOD's first article, about page and first section, to copy into GOOD as es/. */
    public static final Path SPANISH = Path.of("src/test/resources/fixtures/bilingual-es");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    /** GOOD with its Spanish edition in es/, copied to {@code to} so a test may change it. */
    public static Path bilingual(Path to) throws java.io.IOException {
        TestFiles.copy(GOOD, to);
        TestFiles.copy(SPANISH, to.resolve("es"));
        return to;
    }

    public static ContentLoader loader() {
        return new ContentLoader(new MarkdownRenderer(), CLOCK);
    }
}
