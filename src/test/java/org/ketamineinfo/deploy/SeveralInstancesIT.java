package org.ketamineinfo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ketamineinfo.feedback.TestPostgres;

/**
 * README's "Several instances": two jars on one content folder and one PostgreSQL, behind one nginx
 * upstream (deploy/nginx/ketamine-info.conf with a second server line).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesIT {

    private static final String EDITOR_PASSWORD = "a-long-test-password";

    private Path folder;
    private TestPostgres postgres;
    private PackagedJar first;
    private PackagedJar second;
    private TestNginx nginx;
    private int https;
    private HttpClient client;

    @BeforeAll
    void start() throws Exception {
        folder = Files.createTempDirectory("several-instances");
        postgres = TestPostgres.start();
        TestCertificate certificate = TestCertificate.make(folder);
        // Started side by side, as after a deployment: both apply the same schema migration at once.
        var starting = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> PackagedJar.start(environment(TestNginx.freePort()), folder.resolve("second.log")));
        first = PackagedJar.start(environment(TestNginx.freePort()), folder.resolve("first.log"));
        second = starting.join();
        https = TestNginx.freePort();
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("server 127.0.0.1:8080 max_fails=0;", "server 127.0.0.1:" + first.port()
                + " max_fails=0;\n    server 127.0.0.1:" + second.port() + " max_fails=0;");
        machine.put("listen 80;\n    listen [::]:80;", "listen 127.0.0.1:" + TestNginx.freePort() + ";");
        machine.put("listen 443 ssl http2;\n    listen [::]:443 ssl http2;", "listen 127.0.0.1:" + https + " ssl http2;");
        machine.put("/etc/ssl/certs/example.org.pem", certificate.certificate().toString());
        machine.put("/etc/ssl/private/example.org.key", certificate.key().toString());
        nginx = TestNginx.start(DeployFiles.nginx(machine));
        // HTTP/1.1: Java 17's client fails the requests in flight when nginx ends an HTTP/2 connection
        // after its 1,000 requests (GOAWAY) instead of sending them again, as browsers do.
        client = HttpClient.newBuilder().sslContext(certificate.trustedBy()).connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    private Map<String, String> environment(int port) {
        Map<String, String> environment = new LinkedHashMap<>(DeployFiles.environment());
        environment.putAll(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "SITE_CONTENT_LOCATION", Path.of("content").toAbsolutePath().toString(),
                "SPRING_DATASOURCE_URL", postgres.url(),
                "SPRING_DATASOURCE_USERNAME", "test",
                "SPRING_DATASOURCE_PASSWORD", "",
                "SITE_EDITORS_PASSWORD", "{noop}" + EDITOR_PASSWORD,
                "SITE_FEEDBACK_POSTS_PER_MINUTE", "1000"));
        return environment;
    }

    @AfterAll
    void stop() {
        for (AutoCloseable part : new AutoCloseable[] {nginx, first, second, postgres}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                // the others are still stopped
            }
        }
    }

    private static HttpResponse<byte[]> get(HttpClient client, String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String direct(PackagedJar jar) {
        return "http://127.0.0.1:" + jar.port();
    }

    private static int postComment(PackagedJar jar, String comment) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(direct(jar) + "/feedback/comment"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("page=/about&helpful=yes&comment=" + comment.replace(' ', '+')))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String letters() {
        // Letters only: the site masks long numbers in comments, as they may be phone numbers.
        return Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    }

    @Test
    void feedbackSentToEitherInstanceIsInOneEditorsReport() throws Exception {
        String toFirst = "Sent to the first instance " + letters();
        String toSecond = "Sent to the second instance " + letters();

        assertThat(postComment(first, toFirst)).as(first.log()).isEqualTo(200);
        assertThat(postComment(second, toSecond)).as(second.log()).isEqualTo(200);

        String basic = "Basic " + Base64.getEncoder().encodeToString(("editor:" + EDITOR_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        for (String report : List.of("https://localhost:" + https, direct(first), direct(second))) {
            HttpResponse<byte[]> page = get(client, report + "/editors/feedback", "Authorization", basic);
            assertThat(page.statusCode()).as(report).isEqualTo(200);
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).as(report).contains(toFirst, toSecond);
        }
    }

    @Test
    void bothInstancesSendTheSameBytesAndValidatorsForEveryPage() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        String sitemap = new String(get(plain, direct(first) + "/sitemap.xml").body(), StandardCharsets.UTF_8);
        List<String> paths = Pattern.compile("<loc>https://example\\.org([^<]*)</loc>").matcher(sitemap).results()
                .map(m -> m.group(1).isEmpty() ? "/" : m.group(1)).toList();
        List<String> extra = List.of("/sitemap.xml", "/feed.xml", "/es/feed.xml", "/robots.txt", "/no-such-page");

        assertThat(paths).hasSizeGreaterThan(40);
        for (String path : concat(paths, extra)) {
            for (String encoding : List.of("gzip", "identity")) {
                HttpResponse<byte[]> a = get(plain, direct(first) + path, "Accept-Encoding", encoding);
                HttpResponse<byte[]> b = get(plain, direct(second) + path, "Accept-Encoding", encoding);
                String what = path + " (" + encoding + ")";
                assertThat(a.statusCode()).as(what).isEqualTo(b.statusCode()).isIn(200, 404);
                assertThat(a.body()).as(what).isEqualTo(b.body());
                for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Content-Type", "Vary")) {
                    assertThat(a.headers().firstValue(header)).as(what + " " + header)
                            .isEqualTo(b.headers().firstValue(header));
                }
                assertThat(a.headers().firstValue("ETag")).as(what).isPresent();
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aRollingRestartUnderLoadFailsNoRequest() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger served = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<String> paths = List.of("/", "/articles/side-effects-and-risks", "/es", "/search?q=dose", "/about");
        List<Thread> readers = new ArrayList<>();
        // Two readers, each pausing 10 ms between pages: steady traffic that leaves the two cores to the
        // restarting instance (flat-out readers made each start take three times as long).
        for (int i = 0; i < 2; i++) {
            int reader = i;
            Thread thread = new Thread(() -> {
                for (int n = reader; running.get(); n++) {
                    String path = paths.get(n % paths.size());
                    try {
                        int status = get(client, "https://localhost:" + https + path, "Accept-Encoding", "gzip")
                                .statusCode();
                        if (status == 200) {
                            served.incrementAndGet();
                        } else {
                            failures.add(path + ": " + status);
                        }
                    } catch (Exception e) {
                        failures.add(path + ": " + e);
                    }
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            readers.add(thread);
        }
        Thread.sleep(1_000);
        int before = served.get();

        for (PackagedJar instance : List.of(first, second)) {
            instance.stop();
            Thread.sleep(1_000); // readers are served by the other instance alone
            instance.start();
        }
        Thread.sleep(1_000);
        running.set(false);
        for (Thread reader : readers) {
            reader.join(30_000);
        }

        assertThat(failures).as(nginx.errorLog()).isEmpty();
        assertThat(before).isPositive();
        assertThat(served.get()).as("requests served during the restarts").isGreaterThan(before + 100);
    }
}
