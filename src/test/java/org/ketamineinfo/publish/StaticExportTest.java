package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The static export holds the very bytes the live server sends, for every page and asset, except the
 * forms a static host cannot answer: the feedback form and the header's search box go to
 * {@code site.export.application-origin}, or are left out when that is not set, and the prepare tool posts
 * there, or its page says in one sentence that the list cannot be made here. The live server, which has
 * the setting here, is unaffected by it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "site.export.application-origin=" + StaticExportTest.APPLICATION_ORIGIN)
class StaticExportTest {

    static final String APPLICATION_ORIGIN = "https://app.clinic.example";

    /** The whole feedback form of a page as the live server renders it. */
    private static final Pattern LIVE_FEEDBACK = Pattern.compile("(?s)<form class=\"feedback\" action=\"(/feedback|"
            + "/es/opinion)\" method=\"post\">.*?</form>");
    /** The header's Search disclosure as the live server renders it: its button and its form. */
    private static final Pattern LIVE_SEARCH = Pattern.compile("(?s)<details class=\"disclosure\">\\s*<summary>"
            + "(Search|Buscar)</summary>\\s*<form class=\"panel site-search\" action=\"(/search|/es/buscar)\" "
            + "method=\"get\".*?</form>\\s*</details>");
    /** The prepare page's lede and everything after it that is about the form, as the live server renders them. */
    private static final Pattern LIVE_PREPARE = Pattern.compile("(?s)<p class=\"lede\">[^<]*</p>(\n  </div>)"
            + "\n  <div class=\"callout callout-important\">.*?<form class=\"prepare-form\" .*?(?=\n</main>)");
    /** The article a reader is sent to when the export cannot make the prepare tool's list. */
    private static final Map<Language, String> QUESTIONS_TO_ASK = Map.of(Language.EN, "/articles/questions-to-ask",
            Language.ES, "/es/articulos/preguntas-para-su-equipo");

    @LocalServerPort
    int port;

    @Autowired
    PublishedSite published;

    @Autowired
    SiteRenderer renderer;

    @Autowired
    Assets assets;

    @Autowired
    SiteProperties site;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String live(String path) throws Exception {
        return new String(get(path, false).body(), StandardCharsets.UTF_8);
    }

    /** The export as {@code --export} writes it with these settings. */
    private RenderedSite export(SiteProperties.Export settings, Path out) throws IOException {
        RenderedSite exported = renderer.forExport(settings).render(published.current().content(), null);
        StaticExport.write(exported, assets, site, out);
        return exported;
    }

    /**
     * A live page as the export writes it with no application origin: no feedback form, no Search
     * disclosure, and on the prepare page one sentence in place of the lede and the form.
     */
    private static String withNoApplication(String path, String live) {
        String page = LIVE_SEARCH.matcher(LIVE_FEEDBACK.matcher(live).replaceFirst("")).replaceFirst("");
        Language language = Language.of(path);
        if (!path.equals(language.prepare())) {
            return page;
        }
        String sentence = MessageFormat.format(language.text("prepare.unavailable"), QUESTIONS_TO_ASK.get(language));
        String lede = Matcher.quoteReplacement("<p class=\"lede\">" + sentence + "</p>");
        return LIVE_PREPARE.matcher(page).replaceFirst(lede + "$1");
    }

    /** A live page as the export writes it with the application origin: its forms go there. */
    private static String withTheApplication(String live) {
        String page = live;
        for (String form : new String[] {"<form class=\"feedback\" action=\"", "<form class=\"panel site-search\" "
                + "action=\"", "<form class=\"prepare-form\" action=\""}) {
            page = page.replace(form + "/", form + APPLICATION_ORIGIN + "/");
        }
        return page;
    }

    @Test
    void withoutAnApplicationOriginEveryExportedFileIsTheLiveResponseLessTheForms(@TempDir Path out)
            throws Exception {
        RenderedSite exported = export(new SiteProperties.Export(null), out);

        int compared = 0;
        int withoutFeedback = 0;
        int withoutSearch = 0;
        for (String path : exported.pages().keySet()) {
            Path file = out.resolve(StaticExport.fileFor(path));
            byte[] live = get(path, false).body();
            String liveText = new String(live, StandardCharsets.UTF_8);
            String expected = withNoApplication(path, liveText);

            assertThat(Files.readString(file)).as(path).isEqualTo(expected);
            assertThat(gunzip(Path.of(file + ".gz"))).as(path + " gzip")
                    .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
            if (expected.equals(liveText)) {
                assertThat(Files.readAllBytes(Path.of(file + ".gz"))).as(path + " gzip")
                        .isEqualTo(get(path, true).body());
            }
            withoutFeedback += LIVE_FEEDBACK.matcher(liveText).find() ? 1 : 0;
            withoutSearch += LIVE_SEARCH.matcher(liveText).find() ? 1 : 0;
            compared++;
        }
        for (String[] notFound : new String[][] {{"/no-such-page", "404.html"}, {"/es/no-such-page", "es/404.html"}}) {
            HttpResponse<byte[]> missing = get(notFound[0], false);
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(Files.readString(out.resolve(notFound[1]))).as(notFound[1])
                    .isEqualTo(withNoApplication(notFound[0], new String(missing.body(), StandardCharsets.UTF_8)));
        }
        for (String asset : new String[] {assets.css(), assets.favicon()}) {
            assertThat(Files.readAllBytes(out.resolve(asset.substring(1)))).as(asset)
                    .isEqualTo(get(asset, false).body());
            assertThat(Files.readAllBytes(out.resolve(asset.substring(1) + ".gz"))).as(asset + " gzip")
                    .isEqualTo(get(asset, true).body());
        }
        assertThat(compared).isEqualTo(published.current().pages().size()).isGreaterThan(20);
        int articlesAndPages = published.current().content().editions().stream()
                .mapToInt(edition -> edition.articles().size() + edition.pages().size()).sum();
        assertThat(withoutFeedback).as("pages whose feedback form was left out: every article and page")
                .isEqualTo(articlesAndPages);
        long htmlPages = exported.pages().values().stream()
                .filter(page -> page.contentType().startsWith("text/html")).count();
        assertThat(withoutSearch).as("pages whose Search was left out: every HTML page").isEqualTo(htmlPages);
        for (String file : new String[] {"articles/side-effects-and-risks.html", "about.html",
                "es/articulos/efectos-secundarios-y-riesgos.html"}) {
            Document page = Jsoup.parse(Files.readString(out.resolve(file)));
            assertThat(page.select("form.feedback, legend")).as(file).isEmpty();
            assertThat(page.text()).as(file)
                    .doesNotContain("Was this page helpful?", "¿Le resultó útil esta página?");
        }
    }

    @Test
    void withoutAnApplicationOriginNoExportedPageHasAFormOrASearchLinkAndTheMenuStays(@TempDir Path out)
            throws Exception {
        RenderedSite exported = export(new SiteProperties.Export(null), out);

        List<String> files = new ArrayList<>(List.of("404.html", "es/404.html"));
        exported.pages().keySet().forEach(path -> files.add(StaticExport.fileFor(path)));
        for (String path : files) {
            String text = Files.readString(out.resolve(path));
            if (!text.contains("<html")) {
                continue; // the feeds, the sitemap and robots.txt
            }
            Document page = Jsoup.parse(text);
            assertThat(page.select("form")).as(path).isEmpty();
            assertThat(page.select("a[href^=/search], a[href^=/es/buscar]")).as(path).isEmpty();
            assertThat(page.select("header details.disclosure")).as(path + ": the Menu alone").hasSize(1);
            assertThat(page.select("header summary").text()).as(path).isIn("Menu", "Menú");
        }
    }

    @Test
    void withoutAnApplicationOriginThePreparePageSaysInItsLanguageThatTheListCannotBeMadeHere(@TempDir Path out)
            throws Exception {
        export(new SiteProperties.Export(null), out);

        for (String[] prepare : new String[][] {{"prepare.html", "/articles/questions-to-ask",
                "You cannot make your own list on this website."}, {"es/preparar.html",
                "/es/articulos/preguntas-para-su-equipo", "En este sitio web no puede hacer su propia lista."}}) {
            Document page = Jsoup.parse(Files.readString(out.resolve(prepare[0])));
            assertThat(page.select("main h1")).as(prepare[0]).hasSize(1);
            assertThat(page.select("main input, main button, main fieldset")).as(prepare[0]).isEmpty();
            assertThat(page.selectFirst("main .lede").text()).as(prepare[0]).startsWith(prepare[2]);
            assertThat(page.selectFirst("main .lede a").attr("href")).as(prepare[0]).isEqualTo(prepare[1]);
            assertThat(out.resolve(StaticExport.fileFor(prepare[1]))).as("the article it sends the reader to")
                    .isRegularFile();
        }
    }

    @Test
    void withAnApplicationOriginTheExportedFormsGoThereAndNothingElseDiffers(@TempDir Path out) throws Exception {
        RenderedSite exported = export(site.export(), out);

        int sending = 0;
        for (String path : exported.pages().keySet()) {
            String live = live(path);
            String expected = withTheApplication(live);
            assertThat(Files.readString(out.resolve(StaticExport.fileFor(path)))).as(path).isEqualTo(expected);
            sending += expected.equals(live) ? 0 : 1;
        }
        assertThat(sending).isGreaterThan(20);
        assertThat(Files.readString(out.resolve("404.html"))).isEqualTo(withTheApplication(live("/no-such-page")));
        assertThat(Files.readString(out.resolve("es/404.html")))
                .isEqualTo(withTheApplication(live("/es/no-such-page")));

        Document article = Jsoup.parse(Files.readString(out.resolve("articles/side-effects-and-risks.html")));
        Document spanish = Jsoup.parse(Files.readString(
                out.resolve("es/articulos/efectos-secundarios-y-riesgos.html")));
        assertThat(action(article, "form.feedback")).isEqualTo(APPLICATION_ORIGIN + "/feedback");
        assertThat(action(spanish, "form.feedback")).isEqualTo(APPLICATION_ORIGIN + "/es/opinion");
        assertThat(action(article, "form.site-search[method=get]")).isEqualTo(APPLICATION_ORIGIN + "/search");
        assertThat(action(spanish, "form.site-search[method=get]")).isEqualTo(APPLICATION_ORIGIN + "/es/buscar");
        assertThat(action(Jsoup.parse(Files.readString(out.resolve("prepare.html"))), "form.prepare-form[method=post]"))
                .isEqualTo(APPLICATION_ORIGIN + "/prepare");
        assertThat(action(Jsoup.parse(Files.readString(out.resolve("es/preparar.html"))),
                "form.prepare-form[method=post]")).isEqualTo(APPLICATION_ORIGIN + "/es/preparar");
    }

    @Test
    void theLiveFormsGoToTheirOwnServerWhateverTheExportSetting() throws Exception {
        assertThat(site.export().applicationOrigin()).hasToString(APPLICATION_ORIGIN);
        Document article = Jsoup.parse(live("/articles/side-effects-and-risks"));
        Document spanish = Jsoup.parse(live("/es/articulos/efectos-secundarios-y-riesgos"));
        assertThat(action(article, "form.feedback")).isEqualTo("/feedback");
        assertThat(action(spanish, "form.feedback")).isEqualTo("/es/opinion");
        assertThat(action(article, "form.site-search")).isEqualTo("/search");
        assertThat(action(spanish, "form.site-search")).isEqualTo("/es/buscar");
        assertThat(action(Jsoup.parse(live("/prepare")), "form.prepare-form")).isEqualTo("/prepare");
        assertThat(action(Jsoup.parse(live("/es/preparar")), "form.prepare-form")).isEqualTo("/es/preparar");
    }

    /**
     * The exported pages are on another host (the CDN), so their post comes from another origin: nothing in
     * the application checks Origin or Referer. (The hidden field is filled, so nothing is stored.)
     */
    @Test
    void theFeedbackInstanceTakesThePostOfAPageServedFromAnotherHost() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/feedback")).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://www.clinic.example").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "page=/articles/side-effects-and-risks&helpful=yes&website=x"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(answer.body()).selectFirst("form.feedback-comment").attr("action"))
                .isEqualTo("/feedback/comment");
    }

    @Test
    void sitePathsMapToFilesThatStaticHostsServeAtTheSameAddress() {
        assertThat(StaticExport.fileFor("/")).isEqualTo("index.html");
        assertThat(StaticExport.fileFor("/articles/what-to-expect")).isEqualTo("articles/what-to-expect.html");
        assertThat(StaticExport.fileFor("/about")).isEqualTo("about.html");
        assertThat(StaticExport.fileFor("/sitemap.xml")).isEqualTo("sitemap.xml");
    }

    private static String action(Document page, String form) {
        return page.selectFirst(form).attr("action");
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return in.readAllBytes();
        }
    }
}
