package org.ketamineinfo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.publish.ExportedRedirects;
import org.ketamineinfo.publish.PublishedSite;
import org.ketamineinfo.system.SecurityHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The static export served by Debian's nginx with the configuration README.md documents (read from the
 * README itself, so the two cannot drift apart): every old address of the fixture site, in both editions,
 * answers with the live server's 301, and on a host without the redirects (the same nginx without the
 * map) its page leads the reader on. The export runs in-process, as {@code --export} runs it in the jar,
 * so its pages' forms (feedback, search, the prepare tool) go to {@code site.export.application-origin}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, args = "--export=" + NginxServesTheExportTest.OUT)
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NginxServesTheExportTest {

    /** Fixed, because --export is a program argument; emptied before each run. */
    static final String WORK = "target/nginx-serves-the-export";
    static final String OUT = WORK + "/out";
    static final String APPLICATION_ORIGIN = "https://app.clinic.example";

    private static final Path SITE;

    /** The smallest prepare tool, so the fixture site publishes /prepare and /es/preparar. */
    private static final String PREPARE = """
            questions:
              - id: thoughts-of-suicide
                question: Are you having thoughts of ending your life?
                answers:
                  - id: "yes"
                    label: "Yes"
                    crisis: true
                    tell:
                      - text: I am having thoughts of ending my life.
                        link: %s
                  - id: "no"
                    label: "No"
            standing:
              - text: What happens at the first visit?
                link: %s
            """;

    static {
        try {
            delete(Path.of(WORK));
            SITE = Fixtures.withAliases(Files.createTempDirectory("nginx-export").resolve("site"));
            Files.writeString(SITE.resolve("prepare.yml"), PREPARE.formatted("/get-help-now", "/articles/first-steps"));
            Files.writeString(SITE.resolve("es/prepare.yml"), PREPARE.formatted("/es/acerca-de",
                    "/es/articulos/primeros-pasos"));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("site.content.location", SITE::toString);
        registry.add("site.base-url", () -> "https://clinic.example");
        registry.add("site.export.application-origin", () -> APPLICATION_ORIGIN);
    }

    @Autowired
    PublishedSite published;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Path out = Path.of(OUT).toAbsolutePath();
    private final int documented = TestNginx.freePort();
    private final int withoutRedirects = TestNginx.freePort();
    private TestNginx nginx;

    @BeforeAll
    void startNginx() throws IOException {
        assertThat(out.resolve("index.html")).as("the export ran").isRegularFile();
        String readme = documentedConfiguration();
        // The same root, try_files and 404 page with no redirects: a host that can only serve files.
        String filesOnly = "server { listen 127.0.0.1:" + withoutRedirects + "; root " + out + "; "
                + "try_files $uri $uri.html $uri/index.html =404; error_page 404 /404.html; }";
        nginx = TestNginx.start(readme + "\n" + filesOnly);
    }

    @AfterAll
    void stopNginx() {
        if (nginx != null) {
            nginx.close();
        }
    }

    private Map<String, String> aliases() {
        Map<String, String> aliases = published.current().content().redirects();
        assertThat(aliases).as("the fixture's old addresses, in both editions").hasSize(7)
                .containsKeys("/about-us", "/es/quienes-somos", "/es/viejo/pasos/", "/old/second.html",
                        Fixtures.LONG_ALIAS);
        return aliases;
    }

    @Test
    void everyOldAddressAnswersWithAPermanentRedirectToItsPageWhichIsServed() throws Exception {
        for (Map.Entry<String, String> alias : aliases().entrySet()) {
            HttpResponse<String> moved = get(documented, alias.getKey());
            HttpResponse<String> page = get(documented, alias.getValue());

            assertThat(moved.statusCode()).as(alias.getKey() + "\n" + nginx.errorLog()).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).as(alias.getKey()).hasValue(alias.getValue());
            assertThat(page.statusCode()).as(alias.getValue()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).as(alias.getValue()).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(Jsoup.parse(page.body()).selectFirst("link[rel=canonical]").attr("href"))
                    .isEqualTo("https://clinic.example" + alias.getValue());
        }
    }

    @Test
    void onAHostThatCannotRedirectEachOldAddressServesAPageThatLeadsToItsPage() throws Exception {
        for (Map.Entry<String, String> alias : aliases().entrySet()) {
            HttpResponse<String> moved = get(withoutRedirects, alias.getKey());
            Document page = Jsoup.parse(moved.body());

            assertThat(moved.statusCode()).as(alias.getKey()).isEqualTo(200);
            assertThat(moved.headers().firstValue("Content-Type")).as(alias.getKey()).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.selectFirst("meta[http-equiv=refresh]").attr("content")).as(alias.getKey())
                    .isEqualTo("0; url=" + alias.getValue());
            assertThat(page.selectFirst("body a").attr("href")).as(alias.getKey()).isEqualTo(alias.getValue());
            assertThat(get(withoutRedirects, alias.getValue()).statusCode()).as(alias.getValue()).isEqualTo(200);
        }
    }

    @Test
    void theServedPagesFormsGoToTheApplicationOrigin() throws Exception {
        for (String[] page : new String[][] {{"/articles/first-steps", "/feedback", "/search"},
                {"/es/acerca-de", "/es/opinion", "/es/buscar"}}) {
            Document served = Jsoup.parse(get(documented, page[0]).body());
            assertThat(served.selectFirst("form.feedback").attr("action")).as(page[0])
                    .isEqualTo(APPLICATION_ORIGIN + page[1]);
            assertThat(served.selectFirst("header form.site-search[method=get]").attr("action")).as(page[0])
                    .isEqualTo(APPLICATION_ORIGIN + page[2]);
        }
        for (String prepare : List.of("/prepare", "/es/preparar")) {
            HttpResponse<String> served = get(documented, prepare);
            assertThat(served.statusCode()).as(prepare).isEqualTo(200);
            assertThat(Jsoup.parse(served.body()).selectFirst("form.prepare-form[method=post]").attr("action"))
                    .as(prepare).isEqualTo(APPLICATION_ORIGIN + prepare);
        }
    }

    @Test
    void aReaderLostInTheSpanishEditionGetsTheSpanishNotFoundPageAndElsewhereTheEnglishOneAlwaysWith404() throws Exception {
        for (String[] lost : new String[][] {{"/es/no-such-page", "es/404.html", "es"},
                {"/es/articulos/no-such-article", "es/404.html", "es"}, {"/no-such-page", "404.html", "en"},
                {"/articles/no-such-article", "404.html", "en"}, {"/404", "404.html", "en"},
                {"/404.html", "404.html", "en"}, {"/es/404", "es/404.html", "es"},
                {"/es/404.html", "es/404.html", "es"}}) {
            HttpResponse<String> answer = get(documented, lost[0]);

            assertThat(answer.statusCode()).as(lost[0] + "\n" + nginx.errorLog()).isEqualTo(404);
            assertThat(answer.body()).as(lost[0]).contains("<html lang=\"" + lost[2] + "\"")
                    .isEqualTo(Files.readString(out.resolve(lost[1])));
        }
        assertThat(get(documented, "/es/acerca-de").statusCode()).as("a Spanish page").isEqualTo(200);
        assertThat(get(documented, "/es").statusCode()).as("the Spanish home page").isEqualTo(200);
    }

    /**
     * The application's own security headers, on a page, a Spanish page, both 404 pages, an old address's 301
     * and a refused server file, with the application origin in form-action; and no HSTS on plain http.
     */
    @Test
    void everyAnswerCarriesTheSitesSecurityHeaders() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        SecurityHeaders.standard().headers().forEach(header -> expected.put(header.name(), header.value()));
        expected.put("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY
                .replace("form-action 'self';", "form-action 'self' " + APPLICATION_ORIGIN + ";"));
        assertThat(expected.get("Content-Security-Policy")).contains(APPLICATION_ORIGIN);
        for (String[] request : new String[][] {{"/articles/first-steps", "200"}, {"/es/acerca-de", "200"},
                {"/no-such-page", "404"}, {"/es/no-such-page", "404"}, {"/about-us", "301"},
                {"/es/quienes-somos", "301"}, {"/" + ExportedRedirects.NGINX, "404"}}) {
            HttpResponse<String> answer = get(documented, request[0]);

            assertThat(answer.statusCode()).as(request[0]).isEqualTo(Integer.parseInt(request[1]));
            expected.forEach((name, value) -> assertThat(answer.headers().allValues(name)).as(request[0] + " " + name)
                    .containsExactly(value));
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(request[0]).isEmpty();
        }
    }

    @Test
    void theRedirectFilesAreForTheServerNotForReaders() throws Exception {
        for (String file : List.of(ExportedRedirects.NETLIFY, ExportedRedirects.NGINX)) {
            assertThat(out.resolve(file)).isRegularFile();
            HttpResponse<String> answer = get(documented, "/" + file);
            assertThat(answer.statusCode()).as(file).isEqualTo(404);
            assertThat(answer.body()).as(file).contains("<html lang=\"en\"").doesNotContain("ketamine_info_redirect");
        }
        // An address that never existed is still the site's own 404 page, not a redirect.
        assertThat(get(documented, "/articles/no-such-page").statusCode()).isEqualTo(404);
        assertThat(get(documented, "/about-us/").statusCode()).as("only the old address itself redirects")
                .isEqualTo(404);
    }

    @Test
    void theExportWritesOnlyInsideItsFolderAndEveryServedFileHasAGzipCopy() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(WORK).toAbsolutePath())) {
            List<Path> written = files.filter(Files::isRegularFile).toList();
            assertThat(written).allSatisfy(file -> assertThat(file).startsWith(out));
            for (Path file : written) {
                String name = out.relativize(file).toString();
                if (!name.endsWith(".gz") && !name.equals(ExportedRedirects.NETLIFY)
                        && !name.equals(ExportedRedirects.NGINX)) {
                    assertThat(Path.of(file + ".gz")).as(name).isRegularFile();
                }
            }
        }
        for (String alias : aliases().keySet()) {
            assertThat(out.resolve(ExportedRedirects.fileFor(alias))).as(alias).isRegularFile();
        }
    }

    /**
     * README's nginx block for the static export, pointed at this export and a free port, with the application
     * origin added to the Content-Security-Policy's form-action as its comment says.
     */
    private String documentedConfiguration() throws IOException {
        Matcher block = Pattern.compile("(?s)### Static export.*?```nginx\n(.*?)```").matcher(
                Files.readString(Path.of("README.md")));
        assertThat(block.find()).as("README.md's \"Static export\" has an nginx block").isTrue();
        String configuration = block.group(1);
        assertThat(configuration).as("the README's example folder, port and form-action").contains(
                "/srv/ketamine/out", "listen 80;", "form-action 'self';",
                "add it to form-action: form-action 'self' " + APPLICATION_ORIGIN + "\n");
        return configuration.replace("/srv/ketamine/out", out.toString())
                .replace("listen 80;", "listen 127.0.0.1:" + documented + ";")
                .replace("form-action 'self';", "form-action 'self' " + APPLICATION_ORIGIN + ";");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> {
                    try {
                        Files.delete(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
