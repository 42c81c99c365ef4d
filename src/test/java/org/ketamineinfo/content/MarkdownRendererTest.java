package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = MarkdownRenderer.forChecks();
    private final List<MarkdownRenderer.LineProblem> problems = new ArrayList<>();

    private String html(String markdown) {
        return renderer.render(markdown, problems).html();
    }

    @Test
    void headingsGetUniqueIdsAndFormTheContentsList() {
        RenderedMarkdown body = renderer.render("## What it is\n\n### What it is\n\n#### Too deep\n", problems);

        assertThat(body.html()).isEqualTo("""
                <h2 id="what-it-is">What it is</h2>
                <h3 id="what-it-is-1">What it is</h3>
                <h4 id="too-deep">Too deep</h4>
                """);
        assertThat(body.headings()).containsExactly(new Heading(2, "what-it-is", "What it is"),
                new Heading(3, "what-it-is-1", "What it is"));
    }

    @Test
    void tablesAreWrappedInAFocusableScrollRegion() {
        assertThat(html("| Form | Status |\n|---|---|\n| IV | Off-label |\n")).isEqualTo("""
                <div class="table-scroll" role="region" aria-label="Table" tabindex="0">
                <table class="table">
                <thead>
                <tr><th>Form</th><th>Status</th></tr>
                </thead>
                <tbody>
                <tr><td>IV</td><td>Off-label</td></tr>
                </tbody>
                </table>
                </div>
                """);
    }

    @Test
    void rawHtmlIsEscapedSoScriptsAreInert() {
        assertThat(html("<script>alert(1)</script>\n\nInline <b onclick=\"x()\">bold</b>.\n")).isEqualTo("""
                <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
                <p>Inline &lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;.</p>
                """);
    }

    @Test
    void scriptAndDataLinksAreRenderedAsPlainText() {
        assertThat(html("[a](javascript:alert(1)) [b](JavaScript:x) [c](data:text/html,hi) [d](https://example.org)\n"))
                .isEqualTo("<p>a b c <a href=\"https://example.org\">d</a></p>\n");
    }

    @Test
    void linksToMarkdownFilesBecomeArticleAddresses() {
        assertThat(html("[next](side-effects.md) and [part](side-effects.md#blood-pressure)\n")).isEqualTo(
                "<p><a href=\"/articles/side-effects\">next</a> and "
                        + "<a href=\"/articles/side-effects#blood-pressure\">part</a></p>\n");
    }

    @Test
    void calloutMarkersTurnBlockQuotesIntoTitledBoxes() {
        assertThat(html("> [!HELP]\n> Call 988.\n>\n> Or 116 123.\n\n> A plain quote.\n")).isEqualTo("""
                <div class="callout callout-help">
                <p class="callout-title">Get help now</p>
                <p>Call 988.</p>
                <p>Or 116 123.</p>
                </div>
                <blockquote>
                <p>A plain quote.</p>
                </blockquote>
                """);
        assertThat(problems).isEmpty();
    }

    @Test
    void unknownCalloutsAndTitleHeadingsAreProblemsWithTheirLines() {
        html("# Title\n\nText.\n\n> [!DANGER]\n> Boo.\n");

        assertThat(problems).extracting(MarkdownRenderer.LineProblem::line).containsExactly(5, 1);
    }

    @Test
    void checklistItemsRenderAsPrintableBoxesWithoutFormControls() {
        assertThat(html("- [ ] Ask about cost?\n- [x] Done\n")).isEqualTo("""
                <ul>
                <li class="check-item">Ask about cost?</li>
                <li class="check-item">Done</li>
                </ul>
                """);
    }

    @Test
    void typographicQuotesAndDashes() {
        assertThat(html("It's \"safe\" -- mostly.\n")).isEqualTo("<p>It&rsquo;s &ldquo;safe&rdquo; &ndash; mostly.</p>\n");
    }

    @Test
    void proseIsCollectedAsTextBlocksWithoutHeadingsOrTables() {
        RenderedMarkdown body = renderer.render("## Heading\n\nOne. Two.\n\n- Item\n\n| A |\n|---|\n| cell |\n", problems);

        assertThat(body.textBlocks()).containsExactly("One. Two.", "Item");
    }

    @Test
    void parallelRenderingGivesTheSameOutputAsSequential() {
        List<String> inputs = IntStream.range(0, 200)
                .mapToObj(i -> "## Part " + i + "\n\nText *" + i + "* with [a link](page-" + i + ".md).\n\n| A |\n|---|\n| "
                        + i + " |\n\n> [!NOTE]\n> Note " + i + ".\n")
                .toList();
        List<String> sequential = inputs.stream().map(this::html).toList();
        List<String> parallel = inputs.parallelStream().map(in -> renderer.render(in, new ArrayList<>()).html()).toList();

        assertThat(parallel).isEqualTo(sequential);
    }

    // ---- glossary terms -----------------------------------------------------------------------

    private final GlossaryLinker glossary = new GlossaryLinker(List.of(
            new GlossaryEntry("Dissociation", "dissociation", "Feeling cut off.", List.of("dissociative")),
            new GlossaryEntry("Ketamine", "ketamine", "A medicine.", List.of()),
            new GlossaryEntry("Ketamine cystitis", "ketamine-cystitis", "Bladder damage.", List.of()),
            new GlossaryEntry("Help", "help", "Support.", List.of())), Language.EN);

    private String linked(String markdown) {
        return renderer.render(markdown, glossary, Language.EN, problems).html();
    }

    @Test
    void onlyTheFirstUseOfATermIsLinked() {
        assertThat(linked("Dissociation is common. Later, dissociation fades.\n\nMore dissociation.\n")).isEqualTo(
                "<p><a class=\"term\" href=\"/glossary#dissociation\">Dissociation</a> is common. Later, dissociation "
                        + "fades.</p>\n<p>More dissociation.</p>\n");
    }

    @Test
    void anAliasLinksToItsTermsEntry() {
        assertThat(linked("You may feel dissociative.\n"))
                .isEqualTo("<p>You may feel <a class=\"term\" href=\"/glossary#dissociation\">dissociative</a>.</p>\n");
    }

    @Test
    void headingsLinksAndCodeAreNeverTouched() {
        String html = linked("## Dissociation\n\n[Dissociation](/about), `dissociation` and *dissociation*.\n");

        assertThat(html).isEqualTo("<h2 id=\"dissociation\">Dissociation</h2>\n<p><a href=\"/about\">Dissociation</a>, "
                + "<code>dissociation</code> and <em><a class=\"term\" href=\"/glossary#dissociation\">dissociation</a>"
                + "</em>.</p>\n");
    }

    @Test
    void aTermTheWriterAlreadyLinksIsNotLinkedAgain() {
        assertThat(linked("Dissociation, [explained](/glossary#dissociation).\n"))
                .isEqualTo("<p>Dissociation, <a href=\"/glossary#dissociation\">explained</a>.</p>\n");
    }

    @Test
    void theLongestNameWinsAndOnlyWholeWordsMatch() {
        assertThat(linked("Esketamine and ketamine-based sprays; ketamine cystitis, then ketamine.\n")).isEqualTo(
                "<p>Esketamine and ketamine-based sprays; <a class=\"term\" href=\"/glossary#ketamine-cystitis\">"
                        + "ketamine cystitis</a>, then <a class=\"term\" href=\"/glossary#ketamine\">ketamine</a>.</p>\n");
    }

    @Test
    void aNameWithPunctuationMatchesInAnyCaseAndOnlyAsAWhole() {
        GlossaryLinker spray = new GlossaryLinker(List.of(new GlossaryEntry("Esketamine (Spravato)",
                "esketamine-spravato", "A nasal spray.", List.of("(S)-ketamine"))), Language.EN);

        assertThat(renderer.render("Esketamine alone, then ESKETAMINE (SPRAVATO) and (S)-ketamine.\n", spray,
                Language.EN, problems).html()).isEqualTo("<p>Esketamine alone, then <a class=\"term\" "
                        + "href=\"/glossary#esketamine-spravato\">ESKETAMINE (SPRAVATO)</a> and (S)-ketamine.</p>\n");
        assertThat(renderer.render("(S)-ketamine first.\n", spray, Language.EN, problems).html()).isEqualTo(
                "<p><a class=\"term\" href=\"/glossary#esketamine-spravato\">(S)-ketamine</a> first.</p>\n");
    }

    @Test
    void aNameWhoseLowerCaseChangesLengthStillMatchesInTheText() {
        // "İ".toLowerCase() is two characters, "i" and a combining dot: the quick filters before the lookup
        // must judge a word by the same characters the lookup compares.
        GlossaryLinker dotted = new GlossaryLinker(List.of(new GlossaryEntry("İzmir protocol", "izmir-protocol",
                "A made-up name.", List.of())), Language.EN);

        assertThat(renderer.render("The İzmir protocol, again.\n", dotted, Language.EN, problems).html())
                .isEqualTo("<p>The <a class=\"term\" href=\"/glossary#izmir-protocol\">İzmir protocol</a>, again.</p>\n");
    }

    @Test
    void aTermThatIsAWholeListItemOrTableCellIsALabelAndIsNotLinked() {
        assertThat(linked("- Dissociation\n- Nausea\n\n| Ketamine |\n|---|\n| Ketamine |\n\nThen dissociation.\n"))
                .doesNotContain("<li><a").doesNotContain("<td><a")
                .contains("Then <a class=\"term\" href=\"/glossary#dissociation\">dissociation</a>.");
    }

    @Test
    void calloutTitlesAreNotLinkedButTheirTextIs() {
        assertThat(linked("> [!HELP]\n> Help is here.\n")).isEqualTo("""
                <div class="callout callout-help">
                <p class="callout-title">Get help now</p>
                <p><a class="term" href="/glossary#help">Help</a> is here.</p>
                </div>
                """);
    }

    @Test
    void linkingTermsLeavesTheProseForReadabilityUnchanged() {
        String markdown = "Dissociation and *ketamine* in a list:\n\n- ketamine cystitis\n";

        assertThat(renderer.render(markdown, glossary, Language.EN, problems).textBlocks())
                .isEqualTo(renderer.render(markdown, problems).textBlocks())
                .containsExactly("Dissociation and ketamine in a list:", "ketamine cystitis");
    }

    @Test
    void theSitesRendererKeepsNoProseForReadingChecksButTheChecksRendererDoes() {
        String markdown = "A first paragraph.\n\nA second one.\n";

        assertThatThrownBy(() -> new MarkdownRenderer().render(markdown, problems).textBlocks())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("forChecks");
        assertThat(renderer.render(markdown, problems).textBlocks())
                .containsExactly("A first paragraph.", "A second one.");
        assertThat(new MarkdownRenderer().render(markdown, problems).html()).isEqualTo(renderer.render(markdown,
                problems).html());
    }

    @Test
    void theExportsRendererKeepsBodiesAsTextThatEqualTheDeflatedOnes() {
        String markdown = "Intro with a [link](other.md).\n\n## Side effects\n\n- Nausea\n\n### Rare ones\n\nText.\n";

        RenderedMarkdown deflated = new MarkdownRenderer().render(markdown, problems);
        RenderedMarkdown plain = MarkdownRenderer.forExport().render(markdown, problems);

        assertThat(plain.html()).isEqualTo(deflated.html()).contains("href=\"/articles/other\"");
        assertThat(plain.passages()).isEqualTo(deflated.passages()).hasSize(3);
        assertThat(plain.passageText(1)).isEqualTo("Nausea");
        assertThat(plain).isEqualTo(deflated).hasSameHashCodeAs(deflated);
        assertThat(plain).isNotEqualTo(MarkdownRenderer.forExport().render(markdown + "More.\n", problems));
    }

    @Test
    void whitespaceRunsCollapseExactlyAsTheRegexWould() {
        for (String text : List.of("", "plain words", "two  spaces", "tab\there", " lead and trail ", "a\n\r\n b",
                "\u000B\f", "x \t y", "no\u00A0break", "end ")) {
            assertThat(MarkdownRenderer.collapseWhitespace(text)).as(text).isEqualTo(text.replaceAll("\\s+", " "));
        }
    }

    @Test
    void wordsOfASectionAreCountedExactlyAsSplittingAtSpacesWould() {
        for (String text : List.of("", " ", "   ", "one", "two words", "two  spaces", " lead", "trail ", " both ",
                "a b c d e", "tab\tis not a space", "no\u00A0break here")) {
            assertThat(MarkdownRenderer.spaceSeparatedParts(text)).as("'" + text + "'").isEqualTo(text.split(" ").length);
        }
    }

    // ---- reading aids and search passages -----------------------------------------------------

    private static String words(int count) {
        return "word ".repeat(count).strip() + ".\n\n";
    }

    @Test
    void aLongSectionEndsWithABackToTopLink() {
        String html = html("## One\n\n" + words(MarkdownRenderer.LONG_SECTION_WORDS) + "## Two\n\n" + words(10)
                + "## Three\n\n" + words(MarkdownRenderer.LONG_SECTION_WORDS));

        assertThat(html.split("<p class=\"back-to-top\"><a href=\"#main\">Back to top</a></p>", -1)).hasSize(3);
        assertThat(html).containsSubsequence("<h2 id=\"one\">", "back-to-top", "<h2 id=\"two\">", "<h2 id=\"three\">",
                "back-to-top");
        assertThat(html.substring(html.indexOf("id=\"two\""), html.indexOf("id=\"three\""))).doesNotContain("back-to-top");
    }

    @Test
    void shortSectionsAndTheIntroductionGetNoBackToTopLink() {
        assertThat(html(words(MarkdownRenderer.LONG_SECTION_WORDS * 2) + "## One\n\n" + words(20) + "## Two\n\n"
                + words(20))).doesNotContain("back-to-top");
    }

    @Test
    void passagesCutTheTextAtHeadingsForSearch() {
        RenderedMarkdown body = renderer.render("Intro.\n\n## Side effects\n\n- Nausea\n- Dizziness\n\n"
                + "### Rare ones\n\n| A |\n|---|\n| cell |\n", problems);

        assertThat(body.passages()).containsExactly(
                new RenderedMarkdown.Passage(null, null, "Intro."),
                new RenderedMarkdown.Passage("side-effects", "Side effects", "Nausea\nDizziness"),
                new RenderedMarkdown.Passage("rare-ones", "Rare ones", "A\ncell"));
        assertThat(List.of(body.passageText(0), body.passageText(1), body.passageText(2)))
                .containsExactly("Intro.", "Nausea\nDizziness", "A\ncell");
        assertThatThrownBy(() -> body.passageText(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
