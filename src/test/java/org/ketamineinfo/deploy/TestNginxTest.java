package org.ketamineinfo.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestNginxTest {

    @Test
    void servesWhatItsConfigurationSaysFromAPrivateFolder(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("hello.txt"), "hello");
        int port = TestNginx.freePort();
        try (TestNginx nginx = TestNginx.start("server { listen 127.0.0.1:" + port + "; root " + root + "; }")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello.txt")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(nginx.errorLog()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("hello");
        }
    }
}
