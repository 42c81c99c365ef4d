package org.ketamineinfo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The writing standard for the Spanish edition ({@code content/es/}), checked against the real files:
 * every English article and page has a Spanish twin with the same sources, each reads at INFLESZ 55 or
 * more, keeps sentences and paragraphs short, points to crisis help and stays free of hype.
 */
class SpanishContentCheckTest {

    private static final double MIN_INFLESZ = 55.0;
    private static final double MAX_WORDS_PER_SENTENCE = 20.0;
    private static final int MAX_SENTENCES_PER_PARAGRAPH = 3;

    private static final Pattern HYPE = Pattern.compile("(?<![\\p{L}\\p{N}])(cura|curas|cura[rn]|curación|milagro"
            + "|milagros[oa]s?|revolucionari[oa]s?|garantizad[oa]s?|ideal|ideales|cambia(?:rá)? la vida"
            + "|duradero|duradera)(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static SiteContent english;
    private static SiteContent spanish;

    @BeforeAll
    static void loadTheRealContentAndPrintTheSpanishTable() {
        english = new ContentLoader(MarkdownRenderer.forChecks(), Clock.systemDefaultZone()).load(Path.of("content"))
                .siteOrThrow();
        spanish = english.edition(Language.ES).orElseThrow(() -> new AssertionError("content/es/ was not loaded"));
        System.out.println(table());
    }

    @Test
    void everyEnglishArticleAndPageHasASpanishTwin() {
        Set<String> translatedArticles = spanish.articles().stream().filter(a -> a.translation() != null)
                .map(a -> a.translation().original()).collect(Collectors.toSet());
        Set<String> translatedPages = spanish.pages().stream().filter(p -> p.translation() != null)
                .map(p -> p.translation().original()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        english.articles().stream().filter(a -> !translatedArticles.contains(a.slug()))
                .forEach(a -> missing.add("content/articles/" + a.slug() + ".md"));
        english.pages().stream().filter(p -> !translatedPages.contains(p.slug()))
                .forEach(p -> missing.add("content/pages/" + p.slug() + ".md"));
        assertTrue(missing.isEmpty(), () -> "no Spanish translation in content/es/ of " + missing);
    }

    @TestFactory
    Stream<DynamicTest> everyTextReadsAtInfleszFiftyFiveOrMore() {
        return perText((file, body) -> {
            Readability r = Readability.of(body.textBlocks(), Language.ES);
            assertTrue(r.inflesz() >= MIN_INFLESZ, () -> file + ": INFLESZ " + format(r.inflesz()) + " is below "
                    + MIN_INFLESZ + "; use shorter sentences and shorter words");
            assertTrue(r.wordsPerSentence() <= MAX_WORDS_PER_SENTENCE, () -> file + ": sentences average "
                    + format(r.wordsPerSentence()) + " words; the limit is " + MAX_WORDS_PER_SENTENCE);
        });
    }

    @TestFactory
    Stream<DynamicTest> paragraphsHaveAtMostThreeSentences() {
        return perText((file, body) -> {
            List<String> tooLong = body.textBlocks().stream()
                    .filter(block -> Readability.of(List.of(block), Language.ES).sentences() > MAX_SENTENCES_PER_PARAGRAPH)
                    .toList();
            assertTrue(tooLong.isEmpty(), () -> file + ": paragraphs with more than " + MAX_SENTENCES_PER_PARAGRAPH
                    + " sentences; split them: " + tooLong);
        });
    }

    @TestFactory
    Stream<DynamicTest> translationsCiteTheSameSourcesAsTheirOriginals() {
        return spanish.articles().stream().filter(a -> a.translation() != null).map(article -> dynamicTest(
                article.slug(), () -> assertEquals(english.article(article.translation().original()).orElseThrow()
                        .sources(), article.sources(), file(article) + ": sources differ from the English original's")));
    }

    @TestFactory
    Stream<DynamicTest> noHypeWords() {
        return perText((file, body) -> {
            List<String> found = new ArrayList<>();
            Matcher matcher = HYPE.matcher(Jsoup.parse(body.html()).text());
            while (matcher.find()) {
                found.add(matcher.group());
            }
            assertTrue(found.isEmpty(), () -> file + ": hype words " + found + "; say what the evidence shows");
        });
    }

    @TestFactory
    Stream<DynamicTest> everyArticlePointsToCrisisHelp() {
        String help = Language.ES.page("obtenga-ayuda-ahora");
        return spanish.articles().stream().map(article -> dynamicTest(article.slug(), () -> {
            boolean links = article.body().links().stream().map(link -> link.url().strip())
                    .anyMatch(url -> url.equals(help) || url.startsWith(help + "#"));
            assertTrue(links || article.body().html().contains("callout-help"), () -> file(article)
                    + ": no crisis pointer; add a [!HELP] callout or a link to " + help);
        }));
    }

    private interface TextCheck {
        void accept(String file, RenderedMarkdown body) throws Throwable;
    }

    private static Stream<DynamicTest> perText(TextCheck check) {
        return Stream.concat(
                spanish.articles().stream().map(a -> dynamicTest(a.slug(), () -> check.accept(file(a), a.body()))),
                spanish.pages().stream().map(p -> dynamicTest(p.slug(), () -> check.accept(
                        "content/es/pages/" + p.slug() + ".md", p.body()))));
    }

    private static String file(Article article) {
        return "content/es/articles/" + article.slug() + ".md";
    }

    private static String table() {
        StringBuilder out = new StringBuilder("\nReadability of content/es/ (limits: INFLESZ >= 55, words/sentence <= 20)\n");
        String row = "%-44s %6s %9s %14s %8s%n";
        out.append(String.format(Locale.ROOT, row, "article or page", "words", "sentences", "words/sentence",
                "INFLESZ"));
        spanish.articles().forEach(a -> out.append(line(row, a.slug(), a.body())));
        spanish.pages().forEach(p -> out.append(line(row, "page: " + p.slug(), p.body())));
        return out.toString();
    }

    private static String line(String row, String name, RenderedMarkdown body) {
        Readability r = Readability.of(body.textBlocks(), Language.ES);
        return String.format(Locale.ROOT, row, name, r.words(), r.sentences(), format(r.wordsPerSentence()),
                format(r.inflesz()));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
