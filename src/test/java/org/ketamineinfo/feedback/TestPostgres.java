package org.ketamineinfo.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A real PostgreSQL server for the tests: Debian's own binaries, a throw-away cluster in a temporary
 * folder, on a free port of 127.0.0.1, stopped at the end. As root (CI runs as root, and PostgreSQL
 * refuses to), the server runs as the 'postgres' user the package creates. Without the package the
 * tests fail and say how to install it; they never skip.
 */
public final class TestPostgres implements AutoCloseable {

    private static final String INSTALL = "PostgreSQL's server is not installed: apt-get install postgresql "
            + "(.ci/run does this)";

    private final List<String> asServerUser;
    private final Path bin;
    private final Path data;
    private final int port;

    private TestPostgres(List<String> asServerUser, Path bin, Path data, int port) {
        this.asServerUser = asServerUser;
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    public static TestPostgres start() {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> asServerUser = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        try {
            Path home = Files.createTempDirectory("ketamine-info-postgres",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Path data = home.resolve("data");
            Files.createDirectories(data);
            if (root) {
                run(List.of("chown", "-R", "postgres", home.toString()));
            }
            TestPostgres server = new TestPostgres(asServerUser, bin, data, freePort());
            server.pg("initdb", "-D", data.toString(), "-U", "test", "--auth=trust", "-E", "UTF8", "--locale=C");
            server.restart();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a server and points the site's standard spring.datasource settings at it. */
    static TestPostgres startFor(org.springframework.test.context.DynamicPropertyRegistry registry) {
        TestPostgres server = start();
        registry.add("spring.datasource.url", server::url);
        registry.add("spring.datasource.username", () -> "test");
        registry.add("spring.datasource.password", () -> "");
        return server;
    }

    DataSource dataSource() {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), url(), "test", "");
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Stops the server if it is running (a test may have stopped it already). */
    @Override
    public void close() {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // pg_ctl says so and exits non-zero; nothing is left to stop
        }
    }

    /** Stops the server, as an outage would; {@link #restart()} brings it back on the same port. */
    void stop() {
        pg("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    /** Starts the server on its port (again, after {@link #stop()}). */
    void restart() {
        Path home = data.getParent();
        pg("pg_ctl", "-D", data.toString(), "-l", home.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1", "start");
    }

    private void pg(String program, String... args) {
        List<String> command = new ArrayList<>(asServerUser);
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static Path binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString)).orElseThrow(() -> new IllegalStateException(INSTALL));
        } catch (IOException e) {
            throw new IllegalStateException(INSTALL, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
