package org.ketamineinfo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.SocketFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketamineinfo.system.RawHttp;

/**
 * README's "Behind a reverse proxy", for real: the packaged jar started with deploy/ketamine-info.env,
 * and Debian's nginx with deploy/nginx/ketamine-info.conf and a throw-away certificate in front of it.
 * Readers are clients on 127.0.0.2 and 127.0.0.3; nginx reaches the jar from 127.0.0.1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeployedBehindNginxIT {

    private static final String ARTICLE = "/articles/side-effects-and-risks";
    private static final String EDITOR_PASSWORD = "a-long-test-password";

    private Path folder;
    private PackagedJar jar;
    private TestNginx nginx;
    private TestCertificate certificate;
    private int https;
    private int http;
    private HttpClient client;

    @BeforeAll
    void start() throws Exception {
        folder = Files.createTempDirectory("behind-nginx");
        certificate = TestCertificate.make(folder);
        int jarPort = TestNginx.freePort();
        https = TestNginx.freePort();
        http = TestNginx.freePort();
        Map<String, String> environment = new LinkedHashMap<>(DeployFiles.environment());
        environment.putAll(Map.of(
                "SERVER_PORT", String.valueOf(jarPort),
                "SITE_CONTENT_LOCATION", Path.of("content").toAbsolutePath().toString(),
                "SPRING_DATASOURCE_URL", "jdbc:h2:file:" + folder.resolve("feedback") + ";WRITE_DELAY=0",
                "SPRING_DATASOURCE_USERNAME", "sa",
                "SPRING_DATASOURCE_PASSWORD", "",
                "SITE_EDITORS_PASSWORD", "{noop}" + EDITOR_PASSWORD,
                "SITE_FEEDBACK_POSTS_PER_MINUTE", "3"));
        jar = PackagedJar.start(environment, folder.resolve("jar.log"));
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("server 127.0.0.1:8080 ", "server 127.0.0.1:" + jarPort + " ");
        machine.put("listen 80;\n    listen [::]:80;", "listen 127.0.0.1:" + http + ";");
        machine.put("listen 443 ssl http2;\n    listen [::]:443 ssl http2;", "listen 127.0.0.1:" + https + " ssl http2;");
        machine.put("/etc/ssl/certs/example.org.pem", certificate.certificate().toString());
        machine.put("/etc/ssl/private/example.org.key", certificate.key().toString());
        nginx = TestNginx.start(DeployFiles.nginx(machine));
        client = HttpClient.newBuilder().sslContext(certificate.trustedBy()).version(HttpClient.Version.HTTP_2).build();
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (jar != null) {
            jar.close();
        }
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + https + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String path, String form, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + https + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesComeOverHttp2AndTlsWithTheSitesOwnBytesAndHeaders() throws Exception {
        HttpResponse<byte[]> proxied = get(ARTICLE, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + jar.port() + ARTICLE)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(proxied.statusCode()).as(nginx.errorLog()).isEqualTo(200);
        assertThat(proxied.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(proxied.body()).as("the jar's own gzip bytes, not compressed again").isEqualTo(direct.body());
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary", "Content-Encoding",
                "Content-Type", "Content-Security-Policy", "Referrer-Policy")) {
            assertThat(proxied.headers().firstValue(header)).as(header).isPresent()
                    .isEqualTo(direct.headers().firstValue(header));
        }
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).as("https through the proxy")
                .hasValue("max-age=31536000");
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();
        assertThat(proxied.headers().map()).doesNotContainKey("set-cookie");
        assertThat(proxied.headers().firstValue("Server")).as("no version").hasValue("nginx");
    }

    @Test
    void aRevalidationThroughTheProxyIsA304() throws Exception {
        String etag = get(ARTICLE, "Accept-Encoding", "gzip").headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = get(ARTICLE, "Accept-Encoding", "gzip", "If-None-Match", etag);

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    void plainHttpSendsReadersToHttps() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + http + "/about")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(301);
        assertThat(answer.headers().firstValue("Location")).hasValue("https://example.org/about");
    }

    @Test
    void feedbackGoesThroughTheProxyToTheEditorsReport() throws Exception {
        // Letters only: the site masks long numbers in comments, as they may be phone numbers.
        String comment = "The proxy test comment " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");

        HttpResponse<String> answer = post("/feedback", "page=/about&helpful=no");
        HttpResponse<String> commented = post("/feedback/comment",
                "page=/about&helpful=no&comment=" + comment.replace(' ', '+'));
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                ("editor:" + EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> report = get("/editors/feedback", "Authorization", basic);
        HttpResponse<byte[]> noPassword = get("/editors/feedback");

        assertThat(answer.statusCode()).as(jar.log()).isEqualTo(200);
        assertThat(commented.statusCode()).isEqualTo(200);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(new String(report.body(), StandardCharsets.UTF_8)).contains(comment);
        assertThat(noPassword.statusCode()).isEqualTo(401);
    }

    @Test
    void theRateLimitSeesEachReadersOwnAddressWhateverTheyClaim() throws Exception {
        RawHttp reader = new RawHttp(https, certificate.trustedBy().getSocketFactory(), InetAddress.getByName("127.0.0.2"));
        RawHttp another = new RawHttp(https, certificate.trustedBy().getSocketFactory(), InetAddress.getByName("127.0.0.3"));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            statuses.add(reader.post("/feedback", "page=/about&helpful=yes", "X-Forwarded-For: 198.51.100." + i).status());
        }

        assertThat(statuses).as("nginx replaces the claimed address; the jar counts 127.0.0.2")
                .containsExactly(200, 200, 200, 429);
        assertThat(another.post("/feedback", "page=/about&helpful=yes").status()).as("another reader").isEqualTo(200);
    }

    @Test
    void aClientThatBypassesTheProxyCannotChooseItsAddressOrClaimHttps() throws Exception {
        RawHttp direct = new RawHttp(jar.port(), SocketFactory.getDefault(), InetAddress.getByName("127.0.0.4"));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            statuses.add(direct.post("/feedback", "page=/about&helpful=yes", "X-Forwarded-For: 203.0.113." + i,
                    "X-Forwarded-Proto: https").status());
        }
        RawHttp.Response page = direct.send("GET", "/about", "X-Forwarded-Proto: https");

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(page.header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aBodyLargerThanAnyFormIsRefusedByTheProxy() throws Exception {
        HttpResponse<String> answer = post("/feedback/comment", "comment=" + "a".repeat(20_000));

        assertThat(answer.statusCode()).isEqualTo(413);
    }
}
