package org.ketamineinfo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/**
 * README's "Logs", as an operator turns them on: JSON lines on the console
 * (logging.structured.format.console) and Tomcat's access log, which keeps no reader's address, no
 * query string (a search or the prepare tool's answers) and no request body.
 */
class OperatorLogsIT {

    private static final String SECRET = "privateanswer";

    @Test
    void jsonLogsAndAnAccessLogThatKeepsNothingAboutTheReader() throws Exception {
        Path folder = Files.createTempDirectory("operator-logs");
        Path accessLogs = folder.resolve("access");
        int port = TestNginx.freePort();
        try (PackagedJar jar = PackagedJar.start(Map.of(
                "SERVER_PORT", String.valueOf(port),
                "SPRING_DATASOURCE_URL", "jdbc:h2:file:" + folder.resolve("feedback") + ";WRITE_DELAY=0",
                "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs",
                "SERVER_TOMCAT_ACCESSLOG_ENABLED", "true",
                "SERVER_TOMCAT_ACCESSLOG_DIRECTORY", accessLogs.toString(),
                "SERVER_TOMCAT_ACCESSLOG_BUFFERED", "false"), folder.resolve("console.log"))) {
            HttpClient http = HttpClient.newHttpClient();
            String site = "http://127.0.0.1:" + port;
            for (String path : List.of("/search?q=" + SECRET, "/prepare?answer=" + SECRET, "/no-such-page-" + SECRET)) {
                http.send(HttpRequest.newBuilder(URI.create(site + path)).build(), HttpResponse.BodyHandlers.discarding());
            }
            for (String[] form : new String[][] {{"/prepare", "q1=yes&note=" + SECRET},
                    {"/feedback/comment", "page=/about&helpful=no&comment=" + SECRET}}) {
                http.send(HttpRequest.newBuilder(URI.create(site + form[0]))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form[1])).build(), HttpResponse.BodyHandlers.discarding());
            }
            jar.stop();

            List<String> console = jar.log().lines().filter(line -> !line.isBlank()).toList();
            List<String> access;
            try (Stream<Path> files = Files.list(accessLogs)) {
                access = files.flatMap(file -> {
                    try {
                        return Files.readAllLines(file).stream();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
            }

            assertThat(console).isNotEmpty().allSatisfy(line -> assertThat(
                    JsonParserFactory.getJsonParser().parseMap(line)).containsKeys("@timestamp", "message"));
            assertThat(access).as("one line per request").anyMatch(line -> line.contains("\"GET /search HTTP/1.1\" 200"))
                    .anyMatch(line -> line.contains("\"GET /no-such-page-" + SECRET + " HTTP/1.1\" 404"))
                    .anyMatch(line -> line.contains("\"POST /feedback/comment HTTP/1.1\""));
            assertThat(String.join("\n", access)).doesNotContain("?", "q=", "answer=", "127.0.0.1")
                    .as("only the unknown address itself").containsOnlyOnce(SECRET);
            assertThat(String.join("\n", console)).doesNotContain(SECRET);
        }
    }
}
