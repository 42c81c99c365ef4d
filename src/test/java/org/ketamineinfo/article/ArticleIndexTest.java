package org.ketamineinfo.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.content.Article;
import org.ketamineinfo.content.RenderedMarkdown;

class ArticleIndexTest {

    @Test
    void sortsAsAReaderWouldIgnoringCaseAndAccentsAndGroupsByPlainFirstLetter() {
        ArticleIndex index = ArticleIndex.of(List.of(article("zinc", "Zinc"), article("eczema", "Éczema care"),
                article("apple", "apple"), article("banana", "Banana"), article("anxiety", "Anxiety"),
                article("one", "10 things")));

        assertThat(index.letters()).extracting(ArticleIndex.Letter::letter).containsExactly("#", "A", "B", "E", "Z");
        assertThat(index.letters().get(1).articles()).extracting(Article::title).containsExactly("Anxiety", "apple");
        assertThat(index.letters()).extracting(ArticleIndex.Letter::id)
                .containsExactly("letter-0-9", "letter-a", "letter-b", "letter-e", "letter-z");
    }

    private static Article article(String slug, String title) {
        return new Article(slug, title, "A description of " + title, List.of(), "basics", 1, LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1), List.of(), List.of(), new RenderedMarkdown("", List.of(), List.of(), List.of(), List.of()), List.of());
    }
}
