package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.content.ContentStore;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Writers edit content while readers read: edits appear, mistakes never reach readers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class LiveReloadTest {

    private static final Path SITE;

    static {
        try {
            SITE = TestFiles.copy(Fixtures.GOOD, Files.createTempDirectory("live-reload").resolve("site"));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void content(DynamicPropertyRegistry registry) {
        registry.add("site.content.location", SITE::toString);
        registry.add("site.content.reload", () -> "true");
    }

    @AfterAll
    static void restore() throws IOException {
        retitle("First steps");
    }

    @LocalServerPort
    int port;

    @Autowired
    ContentStore store;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void retitle(String title) throws IOException {
        Path article = SITE.resolve("articles/first-steps.md");
        Files.writeString(article, Files.readString(article).replaceFirst("(?m)^title: .*$", "title: " + title));
    }

    private String h1(String path) throws Exception {
        return Jsoup.parse(get(path).body()).select("h1").text();
    }

    private void eventually(String path, String expectedH1) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!h1(path).equals(expectedH1) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(h1(path)).isEqualTo(expectedH1);
    }

    @Test
    void savedEditsAreServedWithinSecondsAndMistakesNeverReachReaders() throws Exception {
        long start = System.nanoTime();
        retitle("First steps, revised");
        eventually("/articles/first-steps", "First steps, revised");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        retitle("X"); // too short: a content problem
        Thread.sleep(1500);
        assertThat(h1("/articles/first-steps")).as("the last good version stays").isEqualTo("First steps, revised");
        String health = get("/actuator/health").body();
        assertThat(health).contains("\"stale\":true", "first-steps.md:2: 'title' must be 3 to 70 characters long");

        retitle("First steps, fixed");
        eventually("/articles/first-steps", "First steps, fixed");
        assertThat(get("/actuator/health").body()).contains("\"stale\":false").doesNotContain("must be 3 to 70");
    }

    @Test
    void anEditThatKeepsTheFileSizeAndTimeIsServedBecauseTheWatcherSawIt() throws Exception {
        retitle("First steps, take A");
        eventually("/articles/first-steps", "First steps, take A");
        Path article = SITE.resolve("articles/first-steps.md");
        FileTime time = Files.getLastModifiedTime(article);

        retitle("First steps, take B");
        Files.setLastModifiedTime(article, time);

        eventually("/articles/first-steps", "First steps, take B");
    }

    @Test
    void readersNeverSeeAMixedOrEmptySiteWhileContentIsReloadedHundredsOfTimes() throws Exception {
        int readers = 4;
        int reloads = 200;
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Set<String> titlesSeen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        for (int i = 0; i < readers; i++) {
            pool.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> home = get("/");
                        requests.incrementAndGet();
                        Document html = Jsoup.parse(home.body());
                        // The title appears twice on the home page: in "Start here" and under its topic.
                        List<String> titles = html.select("a[href=/articles/first-steps]").eachText();
                        if (home.statusCode() != 200 || titles.size() != 2 || !titles.get(0).equals(titles.get(1))
                                || html.select(".topic li").size() != 3) {
                            failures.add(home.statusCode() + " " + titles);
                        }
                        titlesSeen.add(titles.isEmpty() ? "" : titles.get(0));
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            });
        }
        for (int i = 0; i < reloads; i++) {
            retitle(i % 2 == 0 ? "First steps, version A" : "First steps, version B");
            assertThat(store.reload()).isTrue();
        }
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        System.out.printf("reload under load: %d reloads, %d requests, %d failures%n", reloads, requests.get(),
                failures.size());
        assertThat(failures).isEmpty();
        assertThat(requests.get()).isGreaterThan(reloads);
        assertThat(titlesSeen).contains("First steps, version A", "First steps, version B");
    }
}
