package org.ketamineinfo.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The writing standard, checked against the real {@code content/} folder: every article and page must
 * load cleanly, read at grade 8 or below, carry its sources and crisis pointer, and stay free of hype.
 * One dynamic test per file and rule, so a failure names the file a writer has to open.
 */
class ContentCheckTest {

    private static final double MAX_GRADE = 8.0;
    private static final double MAX_WORDS_PER_SENTENCE = 20.0;
    private static final int MAX_SENTENCES_PER_PARAGRAPH = 3;
    private static final int MIN_SOURCES = 2;

    // Whole words only, so "secure" or "ideally" pass; a space instead of the hyphen counts too.
    private static final Pattern HYPE = Pattern.compile("(?<![\\p{L}\\p{N}])(cure|cures|cured|miracle|breakthrough"
            + "|ideal|guaranteed|life[-\\s]changing|long[-\\s]lasting)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static ContentLoader.Result result;
    private static SiteContent site;

    @BeforeAll
    static void loadTheRealContentAndPrintWhereEachArticleStands() {
        result = new ContentLoader(MarkdownRenderer.forChecks(), Clock.systemDefaultZone()).load(Path.of("content"));
        site = result.site();
        System.out.println(table());
    }

    @Test
    void contentLoadsWithoutProblems() {
        String report = result.problems().stream().map(ContentProblem::toString).collect(Collectors.joining("\n"));
        if (!report.isEmpty()) {
            System.out.println("Content problems:\n" + report);
        }
        assertTrue(result.ok(), "content/ has problems:\n" + report);
        assertFalse(site.articles().isEmpty(), "no published articles were found in content/articles");
        assertFalse(site.pages().isEmpty(), "no published pages were found in content/pages");
    }

    @TestFactory
    Stream<DynamicTest> articlesReadAtGradeEightOrBelow() {
        return perArticle(article -> {
            Readability readability = Readability.of(article.body().textBlocks());
            assertTrue(readability.grade() <= MAX_GRADE, () -> file(article) + ": Flesch-Kincaid grade "
                    + format(readability.grade()) + " is above " + MAX_GRADE + "; use shorter sentences and words");
        });
    }

    @TestFactory
    Stream<DynamicTest> pagesReadAtGradeEightOrBelow() {
        return perPage(page -> {
            Readability readability = Readability.of(page.body().textBlocks());
            assertTrue(readability.grade() <= MAX_GRADE, () -> file(page) + ": Flesch-Kincaid grade "
                    + format(readability.grade()) + " is above " + MAX_GRADE + "; use shorter sentences and words");
        });
    }

    @TestFactory
    Stream<DynamicTest> articlesAverageTwentyWordsOrFewerPerSentence() {
        return perArticle(article -> {
            Readability readability = Readability.of(article.body().textBlocks());
            assertTrue(readability.wordsPerSentence() <= MAX_WORDS_PER_SENTENCE, () -> file(article)
                    + ": sentences average " + format(readability.wordsPerSentence()) + " words; the limit is "
                    + MAX_WORDS_PER_SENTENCE);
        });
    }

    @TestFactory
    Stream<DynamicTest> articleParagraphsHaveAtMostThreeSentences() {
        return perArticle(article -> {
            List<String> tooLong = article.body().textBlocks().stream()
                    .filter(block -> Readability.of(List.of(block)).sentences() > MAX_SENTENCES_PER_PARAGRAPH)
                    .map(block -> "  \"" + abbreviate(block) + "\"")
                    .toList();
            assertTrue(tooLong.isEmpty(), () -> file(article) + ": paragraphs or list items with more than "
                    + MAX_SENTENCES_PER_PARAGRAPH + " sentences; split them:\n" + String.join("\n", tooLong));
        });
    }

    @TestFactory
    Stream<DynamicTest> articlesListAtLeastTwoSources() {
        return perArticle(article -> assertTrue(article.sources().size() >= MIN_SOURCES, () -> file(article)
                + ": lists " + article.sources().size() + " source(s); every article needs at least " + MIN_SOURCES));
    }

    @TestFactory
    Stream<DynamicTest> articlesUseNoHypeWords() {
        return perArticle(article -> assertNoHype(file(article), article.title(), article.description(),
                article.summary(), article.body()));
    }

    @TestFactory
    Stream<DynamicTest> pagesUseNoHypeWords() {
        return perPage(page -> assertNoHype(file(page), page.title(), page.description(), page.summary(),
                page.body()));
    }

    @Test
    void glossaryUsesNoHypeWords() {
        List<String> found = new ArrayList<>();
        for (GlossaryEntry entry : site.glossary()) {
            hypeIn(entry.term() + " " + entry.definition()).forEach(word -> found.add(entry.term() + ": " + word));
        }
        assertTrue(found.isEmpty(), () -> "content/glossary.yml: banned hype words " + found);
    }

    // A reader may land on any article from a search, in crisis; each one must show the way to help.
    @TestFactory
    Stream<DynamicTest> everyArticlePointsToCrisisHelp() {
        return perArticle(article -> {
            boolean linksToHelp = article.body().links().stream()
                    .map(link -> MarkdownRenderer.sitePath(link.url().strip(), Language.EN))
                    .anyMatch(url -> url.equals("/get-help-now") || url.startsWith("/get-help-now#"));
            boolean hasHelpCallout = article.body().html().contains("callout-help");
            assertTrue(linksToHelp || hasHelpCallout, () -> file(article)
                    + ": no crisis pointer; add a [!HELP] callout or a link to /get-help-now");
        });
    }

    private static void assertNoHype(String file, String title, String description, List<String> summary,
            RenderedMarkdown body) {
        // The rendered text, not the text blocks: headings and tables must be free of hype too.
        String bodyText = Jsoup.parse(body.html()).text();
        List<String> found = new ArrayList<>();
        hypeIn(title).forEach(word -> found.add("title: " + word));
        hypeIn(description).forEach(word -> found.add("description: " + word));
        summary.forEach(point -> hypeIn(point).forEach(word -> found.add("summary: " + word)));
        hypeIn(bodyText).forEach(word -> found.add("body: " + word));
        assertTrue(found.isEmpty(), () -> file + ": banned hype words " + found
                + "; say what the evidence shows instead (even \"not a cure\" is banned)");
    }

    private static List<String> hypeIn(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = HYPE.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private interface Check<T> {
        void accept(T item) throws Throwable;
    }

    private static Stream<DynamicTest> perArticle(Check<Article> check) {
        return site.articles().stream().map(article -> dynamicTest(article.slug(), () -> check.accept(article)));
    }

    private static Stream<DynamicTest> perPage(Check<Page> check) {
        return site.pages().stream().map(page -> dynamicTest(page.slug(), () -> check.accept(page)));
    }

    private static String file(Article article) {
        return "content/articles/" + article.slug() + ".md";
    }

    private static String file(Page page) {
        return "content/pages/" + page.slug() + ".md";
    }

    private static String table() {
        StringBuilder out = new StringBuilder("\nReadability of content/ (limits: grade <= 8, words/sentence <= 20, "
                + "sources >= 2)\n");
        String row = "%-38s %6s %9s %14s %6s %7s%n";
        out.append(String.format(Locale.ROOT, row, "article", "words", "sentences", "words/sentence", "grade",
                "sources"));
        for (Article article : site.articles()) {
            Readability r = Readability.of(article.body().textBlocks());
            out.append(String.format(Locale.ROOT, row, article.slug(), r.words(), r.sentences(),
                    format(r.wordsPerSentence()), format(r.grade()), article.sources().size()));
        }
        for (Page page : site.pages()) {
            Readability r = Readability.of(page.body().textBlocks());
            out.append(String.format(Locale.ROOT, row, "page: " + page.slug(), r.words(), r.sentences(),
                    format(r.wordsPerSentence()), format(r.grade()), page.sources().size()));
        }
        return out.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
