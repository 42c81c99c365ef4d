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

    /** An old address longer than nginx's default map bucket holds (46 characters on 64-bit machines). */
    public static final String LONG_ALIAS = "/articles/an-old-address-for-the-first-steps-that-is-much-longer-than-"
            + "the-keys-nginx-holds-by-default";

    /**
     * {@link #bilingual} with old addresses of every kind in both editions, besides GOOD's own
     * ({@code next-steps}, {@code /old/second.html}, {@code about-us}): a Spanish article's old slug and old
     * path with a trailing slash, a Spanish page's old slug, and {@link #LONG_ALIAS}.
     */
    public static Path withAliases(Path to) throws java.io.IOException {
        bilingual(to);
        addAliases(to.resolve("articles/first-steps.md"), "section: basics", LONG_ALIAS);
        addAliases(to.resolve("es/articles/primeros-pasos.md"), "section: lo-basico", "comenzar", "/es/viejo/pasos/");
        addAliases(to.resolve("es/pages/acerca-de.md"), "translationOf: about", "quienes-somos");
        return to;
    }

    private static void addAliases(Path file, String afterLine, String... aliases) throws java.io.IOException {
        String text = java.nio.file.Files.readString(file);
        if (!text.contains("\n" + afterLine + "\n")) {
            throw new IllegalStateException(file + " has no line '" + afterLine + "'");
        }
        java.nio.file.Files.writeString(file, text.replace("\n" + afterLine + "\n",
                "\n" + afterLine + "\naliases: [" + String.join(", ", aliases) + "]\n"));
    }

    public static ContentLoader loader() {
        return new ContentLoader(new MarkdownRenderer(), CLOCK);
    }
}
