package org.ketamineinfo.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Prepare for your appointment" over real HTTP, with the bundled questions: the list it makes, what
 * each bad input gets, and that answers leave no trace (no cookie, no cache, nothing in the log).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class PrepareFormTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFormAsksEveryQuestionWithRadioButtonsAndSetsNoCookie() throws Exception {
        HttpResponse<String> response = get("/prepare");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("form[method=post][action=/prepare] fieldset legend")).hasSizeGreaterThanOrEqualTo(11);
        assertThat(page.select("input[type=radio][name=thoughts-of-suicide]")).hasSize(2);
        assertThat(page.select("input[type=radio][checked]")).isEmpty();
        assertThat(page.text()).contains("This is not a test of whether ketamine is right for you");
    }

    @Test
    void answersMakeAListToTellAndToAskEachPointLinkedToItsPage() throws Exception {
        HttpResponse<String> response = post("heart-and-blood-vessels=yes&getting-home=drive-myself&paying=myself");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Your list for your appointment");
        assertThat(page.select("main .callout-help")).as("no crisis box unless asked for").isEmpty();
        Element tell = page.selectFirst("section[aria-labelledby=tell-title]");
        assertThat(tell.select("li span").eachText()).containsExactly(
                "My blood pressure, heart or blood vessel problems, and the treatment I have for them.",
                "That I had planned to drive myself home.");
        assertThat(tell.select("li a").eachAttr("href")).containsExactly(
                "/articles/who-should-not-have-ketamine#blood-pressure-and-heart", "/articles/what-to-expect#after-a-session");
        assertThat(tell.select("li a").first().text()).isEqualTo("Read: Who should not have ketamine?");
        Element ask = page.selectFirst("section[aria-labelledby=ask-title]");
        assertThat(ask.select("li span").eachText()).hasSize(3)
                .contains("Can I have a written estimate that lists every cost, including follow-up visits?");
        assertThat(page.selectFirst("section[aria-labelledby=standing-title]").select("li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(page.text()).contains("This list does not say whether ketamine is right for you", "Made on");
    }

    @Test
    void aReaderHavingThoughtsOfEndingTheirLifeSeesCrisisHelpBeforeAnythingElse() throws Exception {
        Document page = Jsoup.parse(post("thoughts-of-suicide=yes&heart-and-blood-vessels=no").body());

        Element first = page.selectFirst("main").child(0);
        assertThat(first.hasClass("callout-help")).as("the first thing in main").isTrue();
        assertThat(first.select("a[href=tel:988]")).isNotEmpty();
        assertThat(first.select("a[href=tel:116123]")).isNotEmpty();
        assertThat(first.select("a[href=/get-help-now]")).isNotEmpty();
        assertThat(first.text()).contains("does not replace emergency care");
    }

    @Test
    void nothingChosenShowsTheFormAgainWithTheProblem() throws Exception {
        HttpResponse<String> response = post("");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select(".error-summary").text()).contains("You did not choose any answers");
        assertThat(page.select("form[method=post] fieldset")).isNotEmpty();
    }

    @Test
    void aFormThisSiteDidNotMakeIsRefusedWith400AndNothingRepeatedBack() throws Exception {
        for (String body : new String[] {"no-such-question=yes", "paying=zz-private-answer",
                "paying=myself&paying=insurance"}) {
            HttpResponse<String> response = post(body);

            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.body()).as(body).contains("Sorry, we could not read that form")
                    .doesNotContain("zz-private-answer", "no-such-question");
        }
    }

    @Test
    void aFieldThatCannotBeDecodedGets400() throws Exception {
        HttpResponse<String> response = post("thoughts-of-suicide=%zz&paying=%");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void oversizedUnsizedAndNonFormBodiesAreRefused() throws Exception {
        HttpResponse<String> big = send(HttpRequest.newBuilder(uri("/prepare")).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("paying=" + "x".repeat(9000))));
        HttpResponse<String> json = send(HttpRequest.newBuilder(uri("/prepare")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"paying\":\"myself\"}")));
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/prepare")).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream("paying=myself".getBytes(StandardCharsets.UTF_8)))));
        HttpResponse<String> put = send(HttpRequest.newBuilder(uri("/prepare")).header("Content-Type", FORM)
                .PUT(HttpRequest.BodyPublishers.ofString("paying=myself")));

        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(chunked.statusCode()).isEqualTo(411);
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
        assertThat(big.body()).contains("Sorry, we could not handle that request");
    }

    @Test
    void answersInTheAddressAreIgnoredAndTheEmptyFormIsShown() throws Exception {
        HttpResponse<String> response = get("/prepare?thoughts-of-suicide=yes&paying=myself");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Prepare for your appointment");
        assertThat(page.select("input[type=radio][checked]")).isEmpty();
    }

    @Test
    void submittedAnswersAppearNowhereInTheLog(CapturedOutput output) throws Exception {
        post("thoughts-of-suicide=yes&mental-health-history=not-sure&getting-home=drive-myself");
        post("pregnancy=zz-secret-marker");
        post("alcohol-and-drugs=%zz-secret-marker");

        assertThat(output.getAll()).doesNotContain("thoughts-of-suicide", "mental-health-history", "drive-myself",
                "pregnancy", "alcohol-and-drugs", "zz-secret-marker");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/prepare")).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
