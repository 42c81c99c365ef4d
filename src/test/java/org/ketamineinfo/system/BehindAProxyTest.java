package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.net.SocketFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The settings README's "Behind a reverse proxy" gives: Tomcat reads X-Forwarded-For and
 * X-Forwarded-Proto only from the proxy's own address (127.0.0.1 here). Other clients on this machine
 * connect from 127.0.0.2 and 127.0.0.3, which the server does not trust.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "site.feedback.posts-per-minute=2", "site.base-url=https://ketamine.example",
        "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"})
class BehindAProxyTest {

    private static final String ANSWER = "page=/about&helpful=yes";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("behind-a-proxy");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("feedback") + ";WRITE_DELAY=0");
    }

    /** The feedback table is made in the background at start-up; until then a post gets 503. */
    @BeforeEach
    void databaseReady() throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (from("127.0.0.1").post("/feedback", ANSWER, "X-Forwarded-For: 192.0.2.1").status() == 503
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private RawHttp from(String address) throws IOException {
        return new RawHttp(port, SocketFactory.getDefault(), InetAddress.getByName(address));
    }

    private List<Integer> posts(RawHttp client, String... forwardedFor) throws IOException {
        List<Integer> statuses = new ArrayList<>();
        for (String address : forwardedFor) {
            statuses.add(client.post("/feedback", ANSWER, "X-Forwarded-For: " + address).status());
        }
        return statuses;
    }

    @Test
    void theRateLimitCountsTheReaderTheTrustedProxyNamesNotTheProxy() throws Exception {
        RawHttp proxy = from("127.0.0.1");

        assertThat(posts(proxy, "203.0.113.1", "203.0.113.1", "203.0.113.1")).containsExactly(200, 200, 429);
        assertThat(posts(proxy, "203.0.113.2")).as("another reader behind the same proxy").containsExactly(200);
    }

    @Test
    void aClientThatIsNotTheProxyCannotChooseItsAddressWithTheHeader() throws Exception {
        RawHttp direct = from("127.0.0.2");

        assertThat(posts(direct, "198.51.100.1", "198.51.100.2", "198.51.100.3"))
                .as("counted by its own address, whatever it claims").containsExactly(200, 200, 429);
        assertThat(posts(from("127.0.0.3"), "198.51.100.1")).as("a different client").containsExactly(200);
    }

    @Test
    void httpsSeenThroughTheTrustedProxyTurnsOnStrictTransportSecurity() throws Exception {
        String hsts = "Strict-Transport-Security";

        assertThat(from("127.0.0.1").send("GET", "/about", "X-Forwarded-Proto: https").header(hsts))
                .hasValue(SecurityHeaders.STRICT_TRANSPORT_SECURITY);
        assertThat(from("127.0.0.1").send("GET", "/about").header(hsts)).as("plain http").isEmpty();
        assertThat(from("127.0.0.2").send("GET", "/about", "X-Forwarded-Proto: https").header(hsts))
                .as("claimed by a client, not the proxy").isEmpty();
    }

    @Test
    void redirectsNeverTakeTheirAddressFromTheHostHeader() throws Exception {
        for (String target : List.of("/about/", "/about.html")) {
            RawHttp.Response spoofedHost = from("127.0.0.2").sendAs("evil.example", "GET", target);
            RawHttp.Response forwardedHost = from("127.0.0.1").send("GET", target, "X-Forwarded-Host: evil.example",
                    "X-Forwarded-Proto: https");

            assertThat(spoofedHost.status()).isEqualTo(301);
            assertThat(spoofedHost.header("Location")).as(target).hasValue("/about");
            assertThat(forwardedHost.header("Location")).as(target).hasValue("/about");
        }
        assertThat(from("127.0.0.2").sendAs("evil.example", "GET", "/about").body())
                .contains("<link rel=\"canonical\" href=\"https://ketamine.example/about\"")
                .doesNotContain("evil.example");
    }
}
