package org.ketamineinfo.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code mvn verify} builds it before the integration tests) started as an operator
 * starts it: {@code java -jar}, settings in environment variables as systemd's EnvironmentFile gives
 * them, its output in a log file.
 */
final class PackagedJar implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("packaged.jar", "target/ketamine-info-0.1.0-SNAPSHOT.jar"));
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Map<String, String> environment;
    private final Path log;
    private final int port;
    private Process process;

    private PackagedJar(Map<String, String> environment, Path log) {
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.port = Integer.parseInt(environment.get("SERVER_PORT"));
    }

    /** Starts the jar with these environment variables (SERVER_PORT among them) and waits until it serves. */
    static PackagedJar start(Map<String, String> environment, Path log) {
        PackagedJar jar = new PackagedJar(environment, log);
        jar.start();
        return jar;
    }

    int port() {
        return port;
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the process and waits until it is ready for readers: health UP and an article served from
     * memory (with an ETag), as a load balancer's health check would see it.
     */
    void start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run ./mvnw verify, which packages it first");
        }
        try {
            // The quick compiler only, as spring-boot:run starts: the tests start several jars on two cores.
            List<String> command = new ArrayList<>(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("The jar did not start on port " + port + ":\n" + log());
            }
            pause(100);
        }
    }

    /** SIGTERM, as systemd stops it: Spring Boot's graceful shutdown lets requests in flight finish. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    private boolean ready() {
        try {
            HttpResponse<String> health = get("/actuator/health");
            return health.statusCode() == 200 && get("/articles/side-effects-and-risks").headers()
                    .firstValue("ETag").isPresent();
        } catch (IOException notYet) {
            return false;
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
