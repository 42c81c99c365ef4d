package org.ketamineinfo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.content.ContentLoader;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.MarkdownRenderer;
import org.ketamineinfo.content.SiteContent;

/** Search over the bundled Spanish edition, as a Spanish-speaking reader would type. */
class SpanishSearchTest {

    private static final SiteContent ROOT = new ContentLoader(new MarkdownRenderer(), Clock.systemDefaultZone())
            .load(Path.of("content")).siteOrThrow();
    private static final SearchIndexes INDEXES = SearchIndexes.of(ROOT);

    private static List<String> paths(String query) {
        return INDEXES.in(Language.ES).search(query).hits().stream().map(SearchHit::path).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource({
            "efectos secundarios, /es/articulos/efectos-secundarios-y-riesgos",
            "efecto secundario, /es/articulos/efectos-secundarios-y-riesgos",
            // As "dose" in English: the section that explains the low doses used for depression.
            "dosis, /es/articulos/que-es-la-terapia-con-ketamina",
            "preguntas frecuentes, /es/articulos/preguntas-frecuentes"
    })
    void commonSearchesFindTheRightSpanishPageFirst(String query, String first) {
        assertThat(paths(query)).isNotEmpty().first().isEqualTo(first);
    }

    @Test
    void costFindsTheCostArticleAmongTheFirstTwo() {
        assertThat(paths("costo").subList(0, 2)).contains("/es/articulos/costo-y-seguro-medico");
    }

    @Test
    void pregnancyFindsThePagesThatSayWhoShouldNotHaveKetamineAndItsRisks() {
        assertThat(paths("embarazo")).isNotEmpty();
        assertThat(paths("embarazo").subList(0, 2)).containsExactlyInAnyOrder(
                "/es/articulos/quien-no-debe-recibir-ketamina", "/es/articulos/efectos-secundarios-y-riesgos");
    }

    @Test
    void accentsAreOptionalAndEveryHitIsASpanishPage() {
        assertThat(paths("sedacion")).isEqualTo(paths("sedación")).isNotEmpty();
        assertThat(paths("ketamina")).allMatch(path -> path.startsWith("/es/"));
    }

    @Test
    void aMisspelledSpanishWordIsCorrectedToAWordOfTheSpanishPages() {
        SearchResults results = INDEXES.in(Language.ES).search("ketamna");
        assertThat(results.correctedQuery()).isEqualTo("ketamina");
        assertThat(results.hits()).isNotEmpty();
    }

    @Test
    void englishSearchStillFindsOnlyEnglishPages() {
        assertThat(INDEXES.in(Language.EN).search("side effects").hits()).isNotEmpty()
                .allMatch(hit -> !hit.path().startsWith("/es/"));
    }
}
