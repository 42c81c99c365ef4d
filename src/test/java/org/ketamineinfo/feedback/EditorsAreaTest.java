package org.ketamineinfo.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The editors' report and CSV behind HTTP Basic; and readers never meet a cookie or a login. */
class EditorsAreaTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "site.feedback.posts-per-minute=1000")
    class WithAnEditorAccount {

        @LocalServerPort
        int port;

        @Autowired
        FeedbackStore store;

        @Autowired
        FeedbackDatabase database;

        @DynamicPropertySource
        static void editor(DynamicPropertyRegistry registry) {
            registry.add("site.editors.password", () -> "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
        }

        @Test
        void withoutTheRightPasswordTheAreaAsksForOne() throws Exception {
            HttpResponse<String> none = get(port, "/editors/feedback");
            HttpResponse<String> wrong = get(port, "/editors/feedback", "Authorization", basic("editor", "guess"));

            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(get(port, "/editors/feedback.csv").statusCode()).isEqualTo(401);
        }

        @Test
        void theReportShowsEachPageLeastHelpfulFirstAndTheLatestComments() throws Exception {
            assertThat(database.migrate()).isTrue();
            LocalDate today = LocalDate.now();
            store.recordAnswer("/articles/what-to-expect", false, today);
            store.recordAnswer("/articles/what-to-expect", false, today);
            store.recordAnswer("/articles/cost-and-insurance", true, today);
            store.recordComment("/articles/what-to-expect", false, "Say how long the drip takes", today);
            store.recordAnswer("/es/articulos/que-esperar", true, today);

            HttpResponse<String> report = get(port, "/editors/feedback", "Authorization", basic("editor", PASSWORD));

            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
            assertThat(report.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
            assertThat(report.headers().firstValue("Set-Cookie")).as("stateless: not even editors get a cookie").isEmpty();
            Document page = Jsoup.parse(report.body());
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            var rows = page.select("table.report tbody tr");
            var expect = rows.stream().filter(row -> row.select("th").text()
                    .equals("What to expect before, during and after treatment")).findFirst().orElseThrow();
            assertThat(expect.select("td").eachText()).containsExactly("en", "0% of 2", "0% of 2");
            // A Spanish reader's answer shows with its page's Spanish title and language.
            var spanish = rows.stream().filter(row -> row.select("th").text()
                    .equals("Qué esperar antes, durante y después del tratamiento")).findFirst()
                    .orElseThrow();
            assertThat(spanish.select("td").first().text()).isEqualTo("es");
            // Least helpful first (other tests in this JVM may have answered other pages too).
            assertThat(rows.stream().map(row -> row.select("td").get(1).text()).filter(t -> t.contains("%"))
                    .map(t -> Integer.parseInt(t.substring(0, t.indexOf('%')))).toList()).isSorted();
            assertThat(rows.indexOf(expect)).isLessThan(rows.indexOf(rows.stream().filter(row -> row.select("th")
                    .text().equals("Cost and insurance")).findFirst().orElseThrow()));
            assertThat(page.select(".comment-text").eachText()).contains("Say how long the drip takes");
        }

        @Test
        void theCsvHasAHeaderAndEveryAnswerAndIsSafeInASpreadsheet() throws Exception {
            assertThat(database.migrate()).isTrue();
            store.recordComment("/about", true, "=HYPERLINK(\"x\"), with \"quotes\"", LocalDate.of(2026, 11, 30));

            HttpResponse<String> csv = get(port, "/editors/feedback.csv", "Authorization", basic("editor", PASSWORD));

            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
            assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"feedback.csv\"");
            assertThat(csv.body()).startsWith("page,answer,comment,date,language\r\n")
                    .contains("/about,yes,\"'=HYPERLINK(\"\"x\"\"), with \"\"quotes\"\"\",2026-11-30,en\r\n");
        }

        @Test
        void readersPagesAndFeedbackSetNoCookieAndNeverAskForALogin() throws Exception {
            for (String path : new String[] {"/", "/articles/what-to-expect", "/prepare", "/search?q=ketamine"}) {
                HttpResponse<String> page = get(port, path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.headers().firstValue("Set-Cookie")).as(path).isEmpty();
                assertThat(page.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
            }
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithoutAnEditorAccount {

        @LocalServerPort
        int port;

        @Test
        void theAreaDoesNotExist() throws Exception {
            assertThat(get(port, "/editors/feedback").statusCode()).isEqualTo(404);
            assertThat(get(port, "/editors/feedback.csv").statusCode()).isEqualTo(404);
            assertThat(get(port, "/editors/feedback", "Authorization", basic("editor", "anything")).statusCode())
                    .isEqualTo(404);
        }
    }
}
