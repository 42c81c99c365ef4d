package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translated edition in content/es/: what it says about its originals, and when it falls behind. */
class TranslationTest {

    @TempDir
    Path temp;

    private ContentLoader.Result load(Path site) {
        return Fixtures.loader().load(site);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static List<String> report(ContentLoader.Result result) {
        return result.problems().stream().map(ContentProblem::toString).toList();
    }

    @Test
    void aSpanishEditionLoadsBesideTheEnglishOneWithSpanishAddresses() throws IOException {
        SiteContent root = load(Fixtures.bilingual(temp.resolve("site"))).siteOrThrow();

        SiteContent spanish = root.edition(Language.ES).orElseThrow();
        Article article = spanish.article("primeros-pasos").orElseThrow();
        assertThat(article.path()).isEqualTo("/es/articulos/primeros-pasos");
        assertThat(article.translation()).isEqualTo(new Translation("first-steps", LocalDate.of(2026, 1, 15)));
        assertThat(article.body().html()).contains("<p class=\"callout-title\">Obtenga ayuda ahora</p>")
                .contains("href=\"/es/glosario#disociacion\"").contains("id=\"que-es\"");
        assertThat(root.publishedPaths()).contains("/es", "/es/articulos/primeros-pasos", "/es/acerca-de",
                "/es/secciones/lo-basico", "/es/glosario").contains("/", "/articles/first-steps");
        assertThat(root.staleTranslations()).isEmpty();
    }

    @Test
    void aPageAndItsTranslationNameEachOtherBothWays() throws IOException {
        SiteContent root = load(Fixtures.bilingual(temp.resolve("site"))).siteOrThrow();

        List<SiteContent.Alternate> fromEnglish = root.alternates("/articles/first-steps");
        List<SiteContent.Alternate> fromSpanish = root.alternates("/es/articulos/primeros-pasos");

        assertThat(fromEnglish).containsExactly(new SiteContent.Alternate(Language.EN, "/articles/first-steps"),
                new SiteContent.Alternate(Language.ES, "/es/articulos/primeros-pasos"));
        assertThat(fromSpanish).containsExactlyElementsOf(fromEnglish);
        assertThat(root.alternates("/sections/basics")).extracting(SiteContent.Alternate::path)
                .containsExactly("/sections/basics", "/es/secciones/lo-basico");
        assertThat(root.alternates("/")).extracting(SiteContent.Alternate::path).containsExactly("/", "/es");
        assertThat(root.alternates("/articles/second-steps")).as("no twin: only itself")
                .extracting(SiteContent.Alternate::path).containsExactly("/articles/second-steps");
    }

    @Test
    void aTranslationFallsBehindWhenItsOriginalIsReviewedAgain() throws IOException {
        Path site = Fixtures.bilingual(temp.resolve("site"));
        edit(site.resolve("articles/first-steps.md"), "lastReviewed: 2026-01-15", "lastReviewed: 2026-11-20");

        SiteContent root = load(site).siteOrThrow();
        SiteContent spanish = root.edition(Language.ES).orElseThrow();
        Article article = spanish.article("primeros-pasos").orElseThrow();

        assertThat(spanish.staleSince(article.translation(), root)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(root.staleTranslations()).containsExactly("/es/articulos/primeros-pasos");
    }

    @Test
    void aMisspelledOriginalIsReportedAtItsLineWithTheNameItMeant() throws IOException {
        Path site = Fixtures.bilingual(temp.resolve("site"));
        edit(site.resolve("es/articles/primeros-pasos.md"), "translationOf: first-steps", "translationOf: first-step");

        assertThat(report(load(site))).containsExactly("site/es/articles/primeros-pasos.md:10: 'translationOf' names "
                + "'first-step', which is not an English article in content/articles/; did you mean 'first-steps'?");
    }

    @Test
    void translationFieldsComeTogetherAndOnlyInATranslatedEdition() throws IOException {
        Path site = Fixtures.bilingual(temp.resolve("site"));
        edit(site.resolve("es/articles/primeros-pasos.md"), "translatedFrom: 2026-01-15\n", "");
        edit(site.resolve("articles/second-steps.md"), "section: basics", "section: basics\ntranslationOf: first-steps");

        assertThat(report(load(site))).anyMatch(p -> p.startsWith("site/es/articles/primeros-pasos.md")
                && p.contains("'translatedFrom'")).anyMatch(p -> p.startsWith("site/articles/second-steps.md")
                && p.contains("unknown field 'translationOf'"));
    }

    @Test
    void twoTranslationsOfOneOriginalAndLinksIntoTheOtherEditionAreProblems() throws IOException {
        Path site = Fixtures.bilingual(temp.resolve("site"));
        Path copy = site.resolve("es/articles/otra-vez.md");
        Files.writeString(copy, Files.readString(site.resolve("es/articles/primeros-pasos.md"))
                .replace("title: Primeros pasos", "title: Otra vez los primeros pasos"));
        edit(site.resolve("es/articles/primeros-pasos.md"), "(/es/acerca-de)", "(/about)");

        List<String> report = report(load(site));

        assertThat(report).anyMatch(p -> p.startsWith("site/es/articles/primeros-pasos.md:10: 'first-steps' is "
                + "already translated by site/es/articles/otra-vez.md")
                || p.startsWith("site/es/articles/otra-vez.md:10: 'first-steps' is already translated by"));
        assertThat(report).anyMatch(p -> p.startsWith("site/es/articles/primeros-pasos.md:28: link to '/about', a "
                + "page of the other language's edition"));
    }

    @Test
    void aSpanishAliasIsAnOldSpanishAddressThatLeadsToTheSpanishPage() throws IOException {
        Path site = Fixtures.bilingual(temp.resolve("site"));
        edit(site.resolve("es/articles/primeros-pasos.md"), "section: lo-basico", "section: lo-basico\naliases: [comenzar]");

        SiteContent root = load(site).siteOrThrow();

        assertThat(root.redirects()).containsEntry("/es/articulos/comenzar", "/es/articulos/primeros-pasos");
    }

    @Test
    void theCheckListsEveryTranslationOlderThanItsOriginal() throws IOException {
        Path site = Fixtures.bilingual(temp.resolve("site"));
        edit(site.resolve("pages/about.md"), "---\ntitle: About this site",
                "---\ntitle: About this site\nlastReviewed: 2026-03-01");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        ContentLoader.Result checked = new ContentLoader(MarkdownRenderer.forChecks(), Fixtures.CLOCK).load(site);
        int exit = org.ketamineinfo.check.ContentCheckForTests.report(checked, LocalDate.of(2026, 11, 21),
                new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Translations older than their English original's last review")
                .contains("  /es/acerca-de\n").doesNotContain("  /es/articulos/primeros-pasos\n")
                .containsPattern("/es/articulos/primeros-pasos +\\d+ +INFLESZ \\d+\\.\\d");
    }
}
