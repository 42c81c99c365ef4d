package org.ketamineinfo.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Was this page helpful?" over real HTTP with the bundled content, against each real database the
 * site supports: what is stored, what each bad input gets, and that nothing about the reader is kept.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class FeedbackFlowContract {

    static final String PAGE = "/articles/side-effects-and-risks";
    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    FeedbackStore store;

    @Autowired
    FeedbackDatabase database;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void schemaIsReady() {
        assertThat(database.migrate()).isTrue();
    }

    @Test
    void everyArticleAndPageAsksWithAPlainFormCarryingOnlyItsOwnAddress() throws Exception {
        for (String path : new String[] {PAGE, "/about", "/get-help-now"}) {
            Document page = Jsoup.parse(get(path).body());
            var form = page.selectFirst("form.feedback[method=post][action=/feedback]");
            assertThat(form).as(path).isNotNull();
            assertThat(form.select("input[name=page]").attr("value")).isEqualTo(path);
            assertThat(form.select("button[name=helpful]").eachAttr("value")).containsExactly("yes", "no");
            assertThat(form.select("legend").text()).isEqualTo("Was this page helpful?");
        }
    }

    @Test
    void anAnswerIsStoredAndThankedWithTheCommentStepAndNoCookie() throws Exception {
        long before = store.answerCount();

        HttpResponse<String> response = post("/feedback", "page=" + PAGE + "&helpful=no");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        Document thanks = Jsoup.parse(response.body());
        assertThat(thanks.select("h1").text()).isEqualTo("Thank you for your answer");
        assertThat(thanks.select("form[action=/feedback/comment] textarea[maxlength=1000]")).hasSize(1);
        assertThat(thanks.select("form[action=/feedback/comment] input[name=helpful]").attr("value")).isEqualTo("no");
        assertThat(thanks.text()).contains("do not include your name, contact details or any personal health details");
        assertThat(thanks.select("a[href=" + PAGE + "]")).isNotEmpty();
        assertThat(store.answerCount()).isEqualTo(before + 1);
    }

    @Test
    void aCommentIsStoredWithContactDetailsMasked() throws Exception {
        HttpResponse<String> response = post("/feedback/comment", "page=" + PAGE + "&helpful=no&comment="
                + enc("The blood pressure part is unclear. Email me at jo@example.org or call 07700 900123."));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select("main .callout-help")).isEmpty();
        assertThat(store.latestComments(20)).extracting(FeedbackStore.Comment::text).contains(
                "The blood pressure part is unclear. Email me at [email removed] or call [number removed].");
    }

    @Test
    void aCommentSuggestingSelfHarmIsAnsweredWithCrisisLinesFirst() throws Exception {
        Document done = Jsoup.parse(post("/feedback/comment", "page=" + PAGE + "&helpful=no&comment="
                + enc("Nothing helps, I want to end my life")).body());

        var first = done.selectFirst("main").child(0);
        assertThat(first.hasClass("callout-help")).isTrue();
        assertThat(first.text()).contains("not read in real time");
        assertThat(first.select("a[href=tel:988]")).isNotEmpty();
        assertThat(first.select("a[href=/get-help-now]")).isNotEmpty();
    }

    @Test
    void sqlMetacharactersAreStoredAsTextAndHarmNothing() throws Exception {
        String sneaky = "x'); DELETE FROM feedback_answer; -- \" OR 1=1";
        long before = store.answerCount();

        assertThat(post("/feedback/comment", "page=" + PAGE + "&helpful=yes&comment=" + enc(sneaky)).statusCode())
                .isEqualTo(200);

        assertThat(store.latestComments(20)).extracting(FeedbackStore.Comment::text).contains(sneaky);
        assertThat(store.answerCount()).isEqualTo(before);
    }

    @Test
    void eachBadInputGetsAClearRefusalAndNothingIsStored() throws Exception {
        long answers = store.answerCount();
        int comments = store.latestComments(1000).size();

        assertThat(post("/feedback", "page=/no-such-page&helpful=yes").statusCode()).as("unpublished page").isEqualTo(400);
        assertThat(post("/feedback", "page=" + PAGE + "&helpful=maybe").statusCode()).as("not yes/no").isEqualTo(400);
        assertThat(post("/feedback", "helpful=yes").statusCode()).as("no page").isEqualTo(400);
        assertThat(post("/feedback/comment", "page=" + PAGE + "&helpful=no&comment=" + "a".repeat(1001)).statusCode())
                .as("over 1,000 characters").isEqualTo(400);
        assertThat(post("/feedback", "page=" + PAGE + "&helpful=yes&pad=" + "x".repeat(2 * 1024 * 1024)).statusCode())
                .as("2 MB body").isEqualTo(413);
        assertThat(send(HttpRequest.newBuilder(uri("/feedback")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"page\":\"" + PAGE + "\",\"helpful\":\"yes\"}")))
                .statusCode()).as("JSON").isEqualTo(415);
        assertThat(send(HttpRequest.newBuilder(uri("/feedback")).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'p', 'a', 'g', 'e', '=', (byte) 0xC3, (byte) 0x28})))
                .statusCode()).as("invalid UTF-8").isIn(400);
        assertThat(post("/feedback", "page=%zz&helpful=yes").statusCode()).as("broken encoding").isEqualTo(400);
        assertThat(send(HttpRequest.newBuilder(uri("/feedback/nowhere")).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("page=/&helpful=yes"))).statusCode()).as("unknown path")
                .isEqualTo(405);
        assertThat(store.answerCount()).isEqualTo(answers);
        assertThat(store.latestComments(1000)).hasSize(comments);
    }

    @Test
    void aBotThatFillsTheHiddenFieldIsThankedButNothingIsStored() throws Exception {
        long before = store.answerCount();

        HttpResponse<String> response = post("/feedback", "page=" + PAGE + "&helpful=yes&website=" + enc("http://spam"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(store.answerCount()).isEqualTo(before);
    }

    @Test
    void commentsAndTheReadersAddressNeverReachTheLog(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        post("/feedback/comment", "page=" + PAGE + "&helpful=no&comment=" + enc("zz-private-comment-marker"));
        post("/feedback", "page=" + PAGE + "&helpful=%zz-private-marker");

        assertThat(output.getAll().substring(before)).doesNotContain("zz-private-comment-marker", "zz-private-marker",
                "127.0.0.1");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
