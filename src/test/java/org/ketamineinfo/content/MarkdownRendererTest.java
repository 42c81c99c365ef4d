package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
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
}
