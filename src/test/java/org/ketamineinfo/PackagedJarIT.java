package org.ketamineinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as an operator runs it. Class loading inside the packaged jar differs from the test
 * classpath (a template lookup from a pool thread once failed only there), so it is started for real.
 */
class PackagedJarIT {

    private static final String JAR = System.getProperty("packaged.jar", "target/ketamine-info-0.1.0-SNAPSHOT.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    /** The quick compiler only, as spring-boot:run starts: these short runs finish sooner on two cores. */
    private static final String QUICK = "-XX:TieredStopAtLevel=1";

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The feedback database in the test's own folder, not ./data. */
    private static String database(Path folder) {
        return "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("feedback") + ";WRITE_DELAY=0";
    }

    /**
     * Standard 4: an answer the site acknowledged survives the server being killed outright (SIGKILL,
     * no shutdown hook), because each commit reaches the database file before the reader is thanked.
     */
    @Test
    void everyAcknowledgedAnswerSurvivesKillDashNine(@TempDir Path temp) throws Exception {
        int port = freePort();
        Process server = new ProcessBuilder(JAVA, QUICK, "-jar", JAR, "--server.port=" + port, database(temp),
                "--site.feedback.posts-per-minute=1000")
                .redirectErrorStream(true).redirectOutput(temp.resolve("server.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int acknowledged = 0;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && server.isAlive() && acknowledged < 25) {
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/feedback"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("page=/about&helpful=yes")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200) {
                        acknowledged++;
                    } else {
                        Thread.sleep(100); // 503 until the schema is ready
                    }
                } catch (java.io.IOException notYet) {
                    Thread.sleep(200);
                }
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as(Files.readString(temp.resolve("server.log"))).isEqualTo(25);
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + temp.resolve("feedback"), "sa", "");
                java.sql.ResultSet count = db.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM feedback_answer WHERE path = '/about'")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(acknowledged);
        }
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    @Test
    void thePackagedJarServesTheBundledSite(@TempDir Path temp) throws Exception {
        int port = freePort();
        Process server = new ProcessBuilder(JAVA, QUICK, "-jar", JAR, "--server.port=" + port, database(temp))
                .redirectErrorStream(true).redirectOutput(temp.resolve("server.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> home = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && server.isAlive()) {
                try {
                    home = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    break;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(home).as(Files.readString(temp.resolve("server.log"))).isNotNull();
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("<h1>");
            // Pages render in the background after start-up; until then they are rendered live (no ETag).
            HttpResponse<String> article;
            do {
                article = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/articles/side-effects-and-risks")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(article.statusCode()).isEqualTo(200);
            } while (article.headers().firstValue("ETag").isEmpty() && System.nanoTime() < deadline
                    && sleep(100));
            assertThat(article.headers().firstValue("ETag")).as("served from memory once rendered").isPresent();
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /**
     * Stopped (SIGTERM) just after its first page, while pages render ahead and the feedback schema is
     * migrated in the background, with the default database settings: a clean stop, nothing for an
     * operator to chase. H2's own shutdown hook once closed the database under the migration (a warning),
     * and rendering ahead failed on templates whose beans were closed (an error with two stack traces).
     */
    @Test
    void aStopJustAfterStartUpLogsNoWarningOrError(@TempDir Path temp) throws Exception {
        int port = freePort();
        Process server = new ProcessBuilder(JAVA, QUICK, "-jar", Path.of(JAR).toAbsolutePath().toString(),
                "--server.port=" + port, "--site.content.location=" + Path.of("content").toAbsolutePath())
                .directory(temp.toFile()) // the default database, ./data/feedback, in the test's folder
                .redirectErrorStream(true).redirectOutput(temp.resolve("server.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline && server.isAlive()) {
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(status).as(Files.readString(temp.resolve("server.log"))).isEqualTo(200);
        } finally {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        String log = Files.readString(temp.resolve("server.log"));
        assertThat(log).as(log).doesNotContainPattern(" (WARN|ERROR) ").doesNotContain("Exception");
        assertThat(temp.resolve("data/feedback.mv.db")).isRegularFile();
    }

    @Test
    void thePackagedJarExportsTheStaticSiteAndExits(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("out");
        Process export = new ProcessBuilder(List.of(JAVA, QUICK, "-jar", JAR, "--export=" + out, database(temp)))
                .redirectErrorStream(true).redirectOutput(new File(temp.toFile(), "export.log")).start();

        assertThat(export.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(export.exitValue()).as(Files.readString(temp.resolve("export.log"))).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(out.resolve("articles/side-effects-and-risks.html.gz")).isRegularFile();
        assertThat(out.resolve("404.html")).isRegularFile();
    }

    @Test
    void checkExitsZeroOnTheBundledContentAndOneOnBrokenContent(@TempDir Path temp) throws Exception {
        Process good = new ProcessBuilder(JAVA, QUICK, "-jar", JAR, "--check").redirectErrorStream(true)
                .redirectOutput(new File(temp.toFile(), "good.log")).start();
        Process broken = new ProcessBuilder(JAVA, QUICK, "-jar", JAR, "--check",
                "--site.content.location=src/test/resources/fixtures/broken").redirectErrorStream(true)
                .redirectOutput(new File(temp.toFile(), "broken.log")).start();

        assertThat(good.waitFor(120, TimeUnit.SECONDS) && broken.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String goodLog = Files.readString(temp.resolve("good.log"));
        String brokenLog = Files.readString(temp.resolve("broken.log"));
        assertThat(good.exitValue()).as(goodLog).isZero();
        assertThat(goodLog).contains("No problems: ").doesNotContain("Tomcat");
        assertThat(broken.exitValue()).as(brokenLog).isEqualTo(1);
        assertThat(brokenLog).containsPattern("(?m)^broken/articles/malformed-yaml\\.md:3: ");
    }
}
