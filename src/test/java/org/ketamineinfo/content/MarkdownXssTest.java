package org.ketamineinfo.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown cannot inject: every payload in {@code xss-payloads.txt}, written as it is and in every Markdown
 * form that carries an address or text, renders to HTML a browser will not run.
 */
class MarkdownXssTest {

    /** The forms a payload is tried in; {@code %s} is the payload. */
    private static final Map<String, String> FORMS = Map.of(
            "as written", "%s\n",
            "link", "[click](%s)\n",
            "image", "![picture](%s)\n",
            "reference", "See [click][r].\n\n[r]: %s\n",
            "autolink", "<%s>\n",
            "table cell", "| Column |\n|---|\n| %s |\n",
            "callout", "> [!NOTE]\n> %s\n");

    private static final List<String> ELEMENTS_THAT_RUN_OR_EMBED = List.of("script", "iframe", "frame", "object",
            "embed", "style", "link", "meta", "base", "form", "svg", "math");

    private static final List<String> ADDRESS_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data",
            "xlink:href", "background", "poster");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    static List<String> payloads() throws IOException {
        try (InputStream in = MarkdownXssTest.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .map(line -> line.replace("\\n", "\n").replace("\\t", "\t"))
                    .toList();
        }
    }

    static Stream<Arguments> payloadsInEveryForm() throws IOException {
        return payloads().stream().flatMap(payload -> FORMS.entrySet().stream()
                .map(form -> arguments(form.getKey(), payload, form.getValue().formatted(payload))));
    }

    @Test
    void theCorpusHoldsAtLeastTwentyPayloads() throws IOException {
        assertThat(payloads()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("payloadsInEveryForm")
    void rendersToInertHtml(String form, String payload, String markdown) {
        String html = renderer.render(markdown, new ArrayList<>()).html();
        List<Element> elements = Jsoup.parseBodyFragment(html).body().getAllElements();

        for (Element element : elements) {
            assertThat(element.tagName()).as(html).isNotIn(ELEMENTS_THAT_RUN_OR_EMBED);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("event handler in " + html).doesNotStartWith("on");
                assertThat(name).as("style attribute in " + html).isNotEqualTo("style");
                if (ADDRESS_ATTRIBUTES.contains(name)) {
                    assertThat(schemeAsBrowsersReadIt(attribute.getValue())).as(name + " in " + html)
                            .isNotIn("javascript", "data", "vbscript", "file");
                }
            }
        }
    }

    @Test
    void imagesRenderAsTheirAltTextAndAreReported() {
        List<MarkdownRenderer.LineProblem> problems = new ArrayList<>();

        String html = renderer.render("Intro.\n\n![A dosing chart](chart.png) and ![logo][l]\n\n[l]: /logo.svg\n",
                problems).html();

        assertThat(html).isEqualTo("<p>Intro.</p>\n<p>A dosing chart and logo</p>\n");
        assertThat(problems).extracting(MarkdownRenderer.LineProblem::line).containsExactly(3, 3);
    }

    @Test
    void obfuscatedScriptAddressesLoseTheirLinkButKeepTheirText() {
        String html = renderer.render("[one](javascript&#58;alert(1)) [two](java&#9;script:alert(1)) "
                + "[three](https://example.org)\n", new ArrayList<>()).html();

        assertThat(Jsoup.parseBodyFragment(html).select("a[href]")).extracting(a -> a.attr("href"))
                .containsExactly("https://example.org");
        assertThat(Jsoup.parseBodyFragment(html).text()).isEqualTo("one two three");
    }

    /**
     * The scheme of an address as a browser's URL parser sees it: tabs and line breaks anywhere are
     * dropped and leading or trailing controls and spaces trimmed, so {@code " java\tscript:"} is
     * {@code javascript}. Empty for a relative address.
     */
    static String schemeAsBrowsersReadIt(String address) {
        String cleaned = address.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
        int colon = cleaned.indexOf(':');
        if (colon < 0 || !cleaned.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
            return "";
        }
        return cleaned.substring(0, colon).toLowerCase(Locale.ROOT);
    }
}
