package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

    @TempDir
    Path temp;

    Path site;
    Path article;

    @BeforeEach
    void copyGoodSite() throws IOException {
        site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        article = site.resolve("articles/first-steps.md");
    }

    private ContentStore store() {
        return new ContentStore(Fixtures.loader(), site, false, Fixtures.CLOCK);
    }

    private static String title(ContentStore store) {
        return store.current().article("first-steps").orElseThrow().title();
    }

    private void retitle(String title) throws IOException {
        Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title: .*$", "title: " + title));
    }

    @Test
    void aGoodEditIsPublishedAfterTheListenersHaveSeenIt() throws IOException {
        ContentStore store = store();
        List<String> seen = new ArrayList<>();
        store.onReload(next -> seen.add(next.article("first-steps").orElseThrow().title() + " while live is "
                + title(store)));
        retitle("First steps, revised");

        assertThat(store.reload()).isTrue();
        assertThat(title(store)).isEqualTo("First steps, revised");
        assertThat(seen).containsExactly("First steps, revised while live is First steps");
        assertThat(store.staleness()).isNull();
    }

    @Test
    void aStoreThatIsReloadedReusesUnchangedArticlesAndOneThatIsNotKeepsNothingForItButStillReloads()
            throws IOException {
        ContentStore watched = new ContentStore(Fixtures.loader(), site, false, false, true, Fixtures.CLOCK);
        ContentStore unwatched = new ContentStore(Fixtures.loader(), site, false, false, false, Fixtures.CLOCK);
        Article untouchedInWatched = watched.current().article("second-steps").orElseThrow();
        Article untouchedInUnwatched = unwatched.current().article("second-steps").orElseThrow();
        retitle("First steps, revised");

        assertThat(watched.reload()).isTrue();
        assertThat(unwatched.reload()).isTrue();
        assertThat(title(unwatched)).isEqualTo("First steps, revised");
        assertThat(watched.current().article("second-steps").orElseThrow()).isSameAs(untouchedInWatched);
        assertThat(unwatched.current().article("second-steps").orElseThrow())
                .as("parsed again: the last load's parses were not kept").isNotSameAs(untouchedInUnwatched)
                .extracting(Article::title).isEqualTo(untouchedInUnwatched.title());
    }

    @Test
    void reloadStartListenersRunBeforeAnyFileIsRead() throws IOException {
        ContentStore store = store();
        List<String> titlesWhenStarting = new ArrayList<>();
        store.onReloadStart(() -> titlesWhenStarting.add(title(store)));
        retitle("First steps, revised");

        assertThat(store.reload()).isTrue();
        assertThat(titlesWhenStarting).containsExactly("First steps");
    }

    @Test
    void aBadEditKeepsTheLastGoodVersionAndSaysWhyUntilItIsFixed() throws IOException {
        ContentStore store = store();
        retitle("X");

        assertThat(store.reload()).isFalse();
        assertThat(title(store)).isEqualTo("First steps");
        assertThat(store.staleness()).isNotNull();
        assertThat(store.staleness().problems()).extracting(ContentProblem::toString)
                .containsExactly("site/articles/first-steps.md:2: 'title' must be 3 to 70 characters long (it has 1)");

        retitle("First steps, fixed");
        assertThat(store.reload()).isTrue();
        assertThat(title(store)).isEqualTo("First steps, fixed");
        assertThat(store.staleness()).isNull();
    }

    @Test
    void aSnapshotThatCannotBeRenderedIsNotPublished() throws IOException {
        ContentStore store = store();
        store.onReload(next -> {
            throw new IllegalStateException("template broke");
        });
        retitle("First steps, revised");

        assertThat(store.reload()).isFalse();
        assertThat(title(store)).isEqualTo("First steps");
        assertThat(store.staleness().error()).contains("template broke");
    }

    @Test
    void deletingAndAddingFilesIsPickedUp() throws IOException {
        ContentStore store = store();
        Files.delete(site.resolve("articles/draft-article.md"));
        Files.writeString(site.resolve("articles/new-one.md"), Files.readString(site.resolve("articles/staying-safe.md"))
                .replace("title: Staying safe", "title: A new article"));

        assertThat(store.reload()).isTrue();
        assertThat(store.current().article("new-one")).map(Article::title).contains("A new article");
    }

    @Test
    void badContentAtStartIsStillRefused() throws IOException {
        retitle("X");

        assertThatThrownBy(this::store).isInstanceOf(ContentProblemsException.class);
    }
}
