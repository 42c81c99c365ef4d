package org.ketamineinfo.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Spanish edition as readers get it, over every page the site serves: each page and its
 * translation name each other (hreflang), every page links to the other language, and no English
 * interface word is left on a Spanish page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpanishEditionTest {

    /** Words that would give away an untranslated interface string (whole words, any case). */
    private static final Pattern ENGLISH = Pattern.compile("(?i)(?<![\\p{L}])(the|and|of|your|you|page|pages|this|"
            + "with|for|read|home|menu|search|review|reviewed|sources|help|next|previous|back|top|was|yes|key|points"
            + "|glossary|articles|prepare|call|text|emergency|services|free|to|skip|main|content|about|privacy"
            + "|accessibility|policy|feedback|helpful|question|questions|answer|last|due|sorry|found|not)(?![\\p{L}])");

    @LocalServerPort
    int port;

    @Autowired
    ContentStore store;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Document> pages = new LinkedHashMap<>();

    @BeforeAll
    void visitEveryPublishedPageAndTheSpanishPagesReachedByForms() throws Exception {
        for (String path : store.current().publishedPaths()) {
            pages.put(path, get(path, 200));
        }
        pages.put("/es/buscar?q=efectos+secundarios", get("/es/buscar?q=efectos+secundarios", 200));
        pages.put("/es/buscar?q=ketmaina", get("/es/buscar?q=ketmaina", 200));
        pages.put("/es/buscar?q=", get("/es/buscar?q=", 200));
        pages.put("/es/no-existe", get("/es/no-existe", 404));
        // The pages reached through the Spanish forms: the prepare list and the feedback answers.
        String answers = store.current().edition(Language.ES).orElseThrow().prepare().questions().stream()
                .map(q -> q.id() + "=" + q.answers().get(0).id()).collect(java.util.stream.Collectors.joining("&"));
        pages.put("POST /es/preparar", post("/es/preparar", answers));
        pages.put("POST /es/opinion", post("/es/opinion", "page=%2Fes%2Farticulos%2Fque-esperar&helpful=no"));
        pages.put("POST /es/opinion/comentario", post("/es/opinion/comentario",
                "page=%2Fes%2Farticulos%2Fque-esperar&helpful=no&comment=Pienso+en+el+suicidio"));
    }

    private Document post(String path, String form) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), "http://localhost:" + port + path);
    }

    private Document get(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        return Jsoup.parse(response.body(), "http://localhost:" + port + path);
    }

    private static Map<String, String> hreflang(Document page) {
        Map<String, String> links = new LinkedHashMap<>();
        page.select("head link[rel=alternate][hreflang]").forEach(link -> links.put(link.attr("hreflang"),
                URI.create(link.attr("href")).getPath()));
        return links;
    }

    @Test
    void everyEnglishPageWithATranslationAndItsTranslationNameEachOtherBothWays() {
        int pairs = 0;
        for (Map.Entry<String, Document> entry : pages.entrySet()) {
            Map<String, String> alternates = hreflang(entry.getValue());
            if (alternates.isEmpty()) {
                continue;
            }
            String path = entry.getKey();
            assertThat(alternates).as(path).containsKeys("en", "es", "x-default");
            assertThat(alternates.get(Language.of(path).code())).as(path + " names itself").isEqualTo(path);
            assertThat(alternates.get("x-default")).as(path).isEqualTo(alternates.get("en"));
            for (String language : List.of("en", "es")) {
                Document twin = pages.get(alternates.get(language));
                assertThat(twin).as(path + " -> " + alternates.get(language) + " is served").isNotNull();
                assertThat(hreflang(twin)).as(alternates.get(language) + " names " + path + " back")
                        .isEqualTo(alternates);
            }
            pairs++;
        }
        // Every article, page and section with its twin, plus home, A to Z, glossary and prepare, in both languages.
        assertThat(pairs).isGreaterThanOrEqualTo(2 * (14 + 5 + 5 + 4));
    }

    @Test
    void everyPageLinksToTheOtherLanguageInItsHeader() {
        pages.forEach((key, page) -> {
            String path = key.replaceFirst("^POST ", "");
            Element link = page.selectFirst("header a.language-switch");
            assertThat(link).as(path).isNotNull();
            String other = Language.of(path) == Language.ES ? "en" : "es";
            assertThat(link.attr("hreflang")).as(path).isEqualTo(other);
            assertThat(link.attr("lang")).as(path).isEqualTo(other);
            String twin = hreflang(page).get(other);
            assertThat(link.attr("href")).as(path + ": the same page in the other language, or its home page")
                    .isEqualTo(twin != null ? twin : Language.ofCode(other).home());
        });
    }

    @Test
    void aSpanishPageLinksToTheSpanishPageWheneverThereIsOne() {
        var spanish = store.current().edition(Language.ES).orElseThrow();
        List<String> english = new ArrayList<>();
        pages.forEach((path, page) -> {
            if (!path.startsWith("/es") && !path.contains("/es/")) {
                return;
            }
            // The language switch and a stale translation's notice lead to English on purpose (hreflang="en").
            for (Element link : page.select("a[href^=/]:not([hreflang=en])")) {
                String href = link.attr("href");
                if (!href.startsWith("/es") && !spanish.link(href).equals(href)) {
                    english.add(path + " -> " + href + " (Spanish: " + spanish.link(href) + ")");
                }
            }
        });

        assertThat(english).isEmpty();
    }

    @Test
    void aSpanishCommentAboutSuicideIsAnsweredWithTheCrisisLinesFirstInSpanish() {
        Document done = pages.get("POST /es/opinion/comentario");
        assertThat(done.select("main .callout-help").first()).isNotNull();
        assertThat(done.select("main .callout-help a[href=tel:988]")).isNotEmpty();
        assertThat(done.select("main .callout-help").text()).contains("Línea 988 de Prevención del Suicidio y Crisis");
    }

    @Test
    void noEnglishInterfaceWordIsLeftOnASpanishPage() throws IOException {
        Set<String> englishStrings = englishInterfaceStrings();
        List<String> found = new ArrayList<>();
        pages.forEach((key, page) -> {
            String path = key.replaceFirst("^POST ", "");
            if (Language.of(path) != Language.ES) {
                return;
            }
            assertThat(page.select("html").attr("lang")).as(path).isEqualTo("es");
            String interfaceText = interfaceText(page);
            for (String english : englishStrings) {
                if (interfaceText.contains(english)) {
                    found.add(path + ": \"" + english + "\"");
                }
            }
            Matcher word = ENGLISH.matcher(interfaceText);
            while (word.find()) {
                found.add(path + ": '" + word.group() + "' in \"" + around(interfaceText, word.start()) + "\"");
            }
        });
        assertThat(found).as("English on Spanish pages").isEmpty();
    }

    /**
     * What the templates put on a page, with attributes a reader meets (labels, alt text), and without the
     * content, which content/es/ holds and SpanishContentCheckTest checks: the Markdown body, the sources
     * (titles of English works), the glossary's definitions and the JSON-LD.
     */
    private static String interfaceText(Document page) {
        Document copy = page.clone();
        copy.select("script, .prose, section.sources, dl, link, meta").remove();
        // Text marked as another language is English on purpose: the switcher's "English".
        copy.select("body [lang]:not([lang=es])").remove();
        StringBuilder text = new StringBuilder(copy.title()).append(' ').append(copy.body().text());
        copy.select("[aria-label], [title], [alt], [placeholder]").forEach(element -> {
            for (String attribute : List.of("aria-label", "title", "alt", "placeholder")) {
                text.append(' ').append(element.attr(attribute));
            }
        });
        // The site's name is a proper name, as MedlinePlus keeps its own.
        return text.toString().replace("Ketamine Therapy Guide", "");
    }

    /** Every English message, and the crisis lines' English words. */
    private static Set<String> englishInterfaceStrings() throws IOException {
        Properties english = load("/messages.properties");
        Properties spanish = load("/messages_es.properties");
        Set<String> strings = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key).strip().replaceAll("\\s+", " ");
            // Only "No" is the same word in both languages (MessagesTest holds the files to that).
            if (!value.equals("No") && value.length() >= 4 && !value.contains("{")
                    && !value.contains("<") && !key.startsWith("date.") && !key.equals("layout.ogLocale")
                    && !key.equals("layout.languageName")) {
                strings.add(value);
            }
        }
        strings.addAll(List.of("Call or text", "emergency services", "Suicide & Crisis Lifeline", "UK and Ireland"));
        return strings;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SpanishEditionTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40));
    }

    @Test
    void anAddressTomcatRefusesUnderEsIsAnsweredInSpanish() throws Exception {
        org.ketamineinfo.system.RawHttp.Response refused = new org.ketamineinfo.system.RawHttp(port).send("GET",
                "/es/%zz");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<html lang=\"es\">", "Petición no válida",
                "href=\"/es/obtenga-ayuda-ahora\"");
    }
}
