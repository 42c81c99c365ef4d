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
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The static export holds the very bytes the live server sends, for every page and asset, except the
 * feedback form, which a static host cannot take: it posts to {@code site.export.application-origin}, or is
 * left out when that is not set. The live server, which has the setting here, is unaffected by it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "site.export.application-origin=" + StaticExportTest.APPLICATION_ORIGIN)
class StaticExportTest {

    static final String APPLICATION_ORIGIN = "https://app.clinic.example";

    /** The whole feedback form of a page as the live server renders it. */
    private static final Pattern LIVE_FORM = Pattern.compile("(?s)<form class=\"feedback\" action=\"(/feedback|"
            + "/es/opinion)\" method=\"post\">.*?</form>");

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

    /** The export as {@code --export} writes it with these settings. */
    private RenderedSite export(SiteProperties.Export settings, Path out) throws IOException {
        RenderedSite exported = renderer.forExport(settings).render(published.current().content(), null);
        StaticExport.write(exported, assets, site, out);
        return exported;
    }

    @Test
    void withoutAnApplicationOriginEveryExportedFileIsTheLiveResponseLessTheFeedbackForm(@TempDir Path out)
            throws Exception {
        RenderedSite exported = export(new SiteProperties.Export(null), out);

        int compared = 0;
        int withoutForm = 0;
        for (String path : exported.pages().keySet()) {
            Path file = out.resolve(StaticExport.fileFor(path));
            byte[] live = get(path, false).body();
            String withoutTheForm = LIVE_FORM.matcher(new String(live, StandardCharsets.UTF_8)).replaceFirst("");
            byte[] expected = withoutTheForm.getBytes(StandardCharsets.UTF_8);

            assertThat(Files.readString(file)).as(path).isEqualTo(withoutTheForm);
            assertThat(gunzip(Path.of(file + ".gz"))).as(path + " gzip").isEqualTo(expected);
            if (expected.length == live.length) {
                assertThat(Files.readAllBytes(Path.of(file + ".gz"))).as(path + " gzip")
                        .isEqualTo(get(path, true).body());
            } else {
                withoutForm++;
            }
            compared++;
        }
        HttpResponse<byte[]> missing = get("/no-such-page", false);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Files.readAllBytes(out.resolve("404.html"))).isEqualTo(missing.body());
        for (String asset : new String[] {assets.css(), assets.favicon()}) {
            assertThat(Files.readAllBytes(out.resolve(asset.substring(1)))).as(asset)
                    .isEqualTo(get(asset, false).body());
            assertThat(Files.readAllBytes(out.resolve(asset.substring(1) + ".gz"))).as(asset + " gzip")
                    .isEqualTo(get(asset, true).body());
        }
        assertThat(compared).isEqualTo(published.current().pages().size()).isGreaterThan(20);
        int articlesAndPages = published.current().content().editions().stream()
                .mapToInt(edition -> edition.articles().size() + edition.pages().size()).sum();
        assertThat(withoutForm).as("pages whose form was left out: every article and page").isEqualTo(articlesAndPages);
        for (String file : new String[] {"articles/side-effects-and-risks.html", "about.html",
                "es/articulos/efectos-secundarios-y-riesgos.html"}) {
            Document page = Jsoup.parse(Files.readString(out.resolve(file)));
            assertThat(page.select("form.feedback, legend")).as(file).isEmpty();
            assertThat(page.text()).as(file)
                    .doesNotContain("Was this page helpful?", "¿Le resultó útil esta página?");
        }
    }

    @Test
    void withAnApplicationOriginTheExportedFormPostsThereAndNothingElseDiffers(@TempDir Path out) throws Exception {
        RenderedSite exported = export(site.export(), out);

        int posting = 0;
        for (String path : exported.pages().keySet()) {
            String live = new String(get(path, false).body(), StandardCharsets.UTF_8);
            String expected = live.replace("<form class=\"feedback\" action=\"/", "<form class=\"feedback\" action=\""
                    + APPLICATION_ORIGIN + "/");
            assertThat(Files.readString(out.resolve(StaticExport.fileFor(path)))).as(path).isEqualTo(expected);
            posting += expected.equals(live) ? 0 : 1;
        }
        assertThat(posting).isGreaterThan(20);
        assertThat(feedbackAction(Files.readString(out.resolve("articles/side-effects-and-risks.html"))))
                .isEqualTo(APPLICATION_ORIGIN + "/feedback");
        assertThat(feedbackAction(Files.readString(out.resolve("es/articulos/efectos-secundarios-y-riesgos.html"))))
                .isEqualTo(APPLICATION_ORIGIN + "/es/opinion");
    }

    @Test
    void theLiveFormPostsToItsOwnServerWhateverTheExportSetting() throws Exception {
        assertThat(site.export().applicationOrigin()).hasToString(APPLICATION_ORIGIN);
        assertThat(feedbackAction(new String(get("/articles/side-effects-and-risks", false).body(),
                StandardCharsets.UTF_8))).isEqualTo("/feedback");
        assertThat(feedbackAction(new String(get("/es/articulos/efectos-secundarios-y-riesgos", false).body(),
                StandardCharsets.UTF_8))).isEqualTo("/es/opinion");
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

    private static String feedbackAction(String html) {
        return Jsoup.parse(html).selectFirst("form.feedback").attr("action");
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return in.readAllBytes();
        }
    }
}
