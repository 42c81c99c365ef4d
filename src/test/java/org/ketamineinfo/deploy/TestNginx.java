package org.ketamineinfo.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx for the tests, as an operator runs it: a throw-away prefix folder with its own pid
 * file, logs and temporary folders, started in the foreground as a child process and stopped at the
 * end. The caller gives what goes inside {@code http { }}. Without nginx the tests fail and say how to
 * install it; they never skip.
 */
public final class TestNginx implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final String INSTALL = "nginx is not installed: apt-get install nginx (.ci/run does this)";

    private final Process process;
    private final Path prefix;

    private TestNginx(Process process, Path prefix) {
        this.process = process;
        this.prefix = prefix;
    }

    /**
     * Starts nginx with {@code http} inside its {@code http { }} block and waits until every
     * {@code listen 127.0.0.1:PORT} in it accepts connections.
     */
    public static TestNginx start(String http) {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException(INSTALL);
        }
        try {
            Path prefix = Files.createTempDirectory("ketamine-info-nginx");
            Files.createDirectories(prefix.resolve("logs"));
            Files.writeString(prefix.resolve("nginx.conf"), configuration(prefix, http));
            Process process = new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-c", "nginx.conf",
                    "-e", prefix.resolve("logs/error.log").toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
            TestNginx nginx = new TestNginx(process, prefix);
            nginx.awaitListening(http);
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The error log so far, for a failing assertion's description. */
    public String errorLog() {
        try {
            Path log = prefix.resolve("logs/error.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String configuration(Path prefix, String http) {
        // As root the workers would run as 'nobody', who cannot read the tests' private temporary folders.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log off;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                }
                """.formatted(prefix, http);
    }

    private void awaitListening(String http) {
        List<Integer> ports = java.util.regex.Pattern.compile("listen\\s+127\\.0\\.0\\.1:(\\d+)").matcher(http)
                .results().map(m -> Integer.parseInt(m.group(1))).toList();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        for (int port : ports) {
            while (!accepts(port)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("nginx did not start:\n" + errorLog() + stdout());
                }
                sleep();
            }
        }
    }

    private String stdout() {
        try {
            return Files.readString(prefix.resolve("logs/stdout.log"));
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
