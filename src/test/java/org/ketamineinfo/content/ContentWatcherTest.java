package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file saved in any edition's folders is reloaded, and only what the watcher saw is read again. */
class ContentWatcherTest {

    @TempDir
    Path temp;

    private static void retitle(Path file, String title) throws IOException {
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: " + title));
    }

    private static void eventually(Supplier<String> actual, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!expected.equals(actual.get()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(actual.get()).isEqualTo(expected);
    }

    private static String title(ContentStore store, Language language, String slug) {
        return store.current().edition(language).orElseThrow().article(slug).orElseThrow().title();
    }

    @Test
    void aSavedSpanishArticleIsReloadedAsAnEnglishOneIs() throws Exception {
        Path site = Fixtures.bilingual(temp.resolve("site"));
        ContentStore store = new ContentStore(Fixtures.loader(), site, false, Fixtures.CLOCK);
        try (ContentWatcher watcher = new ContentWatcher(store, Duration.ofMillis(100))) {
            retitle(site.resolve("es/articles/primeros-pasos.md"), "Primeros pasos, revisado");
            eventually(() -> title(store, Language.ES, "primeros-pasos"), "Primeros pasos, revisado");

            retitle(site.resolve("articles/first-steps.md"), "First steps, revised");
            eventually(() -> title(store, Language.EN, "first-steps"), "First steps, revised");
        }
    }

    @Test
    void aSpanishEditionAddedWhileTheSiteRunsIsWatchedFromThen() throws Exception {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        ContentStore store = new ContentStore(Fixtures.loader(), site, false, Fixtures.CLOCK);
        try (ContentWatcher watcher = new ContentWatcher(store, Duration.ofMillis(100))) {
            TestFiles.copy(Fixtures.SPANISH, site.resolve("es"));
            eventually(() -> store.current().edition(Language.ES).map(es -> "loaded").orElse("absent"), "loaded");

            retitle(site.resolve("es/articles/primeros-pasos.md"), "Primeros pasos, revisado");
            eventually(() -> title(store, Language.ES, "primeros-pasos"), "Primeros pasos, revisado");
        }
    }

    /** Files come and go between reloads that look only at what the watcher named, never walking the folder. */
    @Test
    void anArticleOrAStrayFileAddedWhileTheSiteRunsIsSeenAndSoIsItsDeletion() throws Exception {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        ContentStore store = new ContentStore(Fixtures.loader(), site, false, Fixtures.CLOCK);
        Supplier<String> more = () -> store.current().article("more-safety").map(Article::title).orElse("absent");
        Supplier<String> stale = () -> java.util.Optional.ofNullable(store.staleness())
                .map(staleness -> staleness.problems().toString()).orElse("fresh");
        try (ContentWatcher watcher = new ContentWatcher(store, Duration.ofMillis(100))) {
            Path added = site.resolve("articles/more-safety.md");
            Files.copy(site.resolve("articles/staying-safe.md"), added);
            retitle(added, "More on safety");
            eventually(more, "More on safety");

            Files.writeString(site.resolve("articles/notes.txt"), "not an article");
            eventually(stale, "[site/articles/notes.txt: unexpected file; articles and pages must end in .md]");
            Files.delete(site.resolve("articles/notes.txt"));
            Files.delete(added);
            eventually(more, "absent");
            eventually(stale, "fresh");
        }
    }
}
