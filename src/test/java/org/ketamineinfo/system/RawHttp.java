package org.ketamineinfo.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.SocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client will send: raw backslashes, NUL
 * and 0xFF bytes, broken percent-encoding, absolute URLs, odd methods and versions. Each request goes
 * on its own connection, which the server closes after answering.
 */
public final class RawHttp {

    private final int port;
    private final SocketFactory sockets;
    private final @Nullable InetAddress from;

    public RawHttp(int port) {
        this(port, SocketFactory.getDefault(), null);
    }

    /**
     * Connects to 127.0.0.1 with these sockets (TLS ones, say), from the local address {@code from}
     * when given: 127.0.0.2 and 127.0.0.3 are two different clients on one machine.
     */
    public RawHttp(int port, SocketFactory sockets, @Nullable InetAddress from) {
        this.port = port;
        this.sockets = sockets;
        this.from = from;
    }

    /** A response as it came off the wire: status, headers (names in lower case) and the de-chunked body. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        public boolean has(String name) {
            return headers.containsKey(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Sends {@code METHOD target HTTP/1.1} with a Host header for this server, {@code Connection: close}
     * and the given header lines. The target is sent byte for byte: chars up to U+00FF become one byte.
     */
    public Response send(String method, String target, String... headerLines) throws IOException {
        return sendAs("localhost:" + port, method, target, headerLines);
    }

    /** As {@link #send}, with this Host header: the name a client claims to be asking for. */
    public Response sendAs(String host, String method, String target, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        request.append("Host: ").append(host).append("\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        return exchange(request.toString());
    }

    /** Posts a form: {@code body} is already URL-encoded. */
    public Response post(String target, String body, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder("POST ").append(target).append(" HTTP/1.1\r\n");
        request.append("Host: localhost:").append(port).append("\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(bytes.length)
                .append("\r\nConnection: close\r\n\r\n").append(new String(bytes, StandardCharsets.ISO_8859_1));
        return exchange(request.toString());
    }

    /** Sends exactly these characters (one byte each), for requests with a malformed request line. */
    Response exchange(String request) throws IOException {
        try (Socket socket = from == null ? sockets.createSocket("localhost", port)
                : sockets.createSocket(InetAddress.getByName("127.0.0.1"), port, from, 0)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, n);
            }
        } catch (SocketException resetAfterTheAnswer) {
            // A server that refuses a request may reset the connection once it has answered.
            if (out.size() == 0) {
                throw resetAfterTheAnswer;
            }
        }
        return out.toByteArray();
    }

    private static Response parse(byte[] bytes) {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = raw.indexOf("\r\n\r\n");
        if (!raw.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IllegalStateException("Not an HTTP response: " + raw);
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
        boolean chunked = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked");
        return new Response(status, headers, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOfCrLf(body, at);
            int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("Truncated chunked body");
    }
}
