package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The static export holds the very bytes the live server sends, for every page and asset. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticExportTest {

    @LocalServerPort
    int port;

    @Autowired
    PublishedSite published;

    @Autowired
    Assets assets;

    @Autowired
    SiteProperties site;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void everyExportedFileEqualsTheLiveResponseByteForByte(@TempDir Path out) throws Exception {
        StaticExport.write(published.current(), assets, site, out);

        int compared = 0;
        for (String path : published.current().pages().keySet()) {
            Path file = out.resolve(StaticExport.fileFor(path));
            assertThat(Files.readAllBytes(file)).as(path).isEqualTo(get(path, false).body());
            assertThat(Files.readAllBytes(Path.of(file + ".gz"))).as(path + " gzip").isEqualTo(get(path, true).body());
            compared++;
        }
        HttpResponse<byte[]> missing = get("/no-such-page", false);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Files.readAllBytes(out.resolve("404.html"))).isEqualTo(missing.body());
        for (String asset : new String[] {assets.css(), assets.favicon()}) {
            assertThat(Files.readAllBytes(out.resolve(asset.substring(1)))).as(asset).isEqualTo(get(asset, false).body());
            assertThat(Files.readAllBytes(out.resolve(asset.substring(1) + ".gz"))).as(asset + " gzip")
                    .isEqualTo(get(asset, true).body());
        }
        assertThat(compared).isEqualTo(published.current().pages().size()).isGreaterThan(20);
    }

    @Test
    void sitePathsMapToFilesThatStaticHostsServeAtTheSameAddress() {
        assertThat(StaticExport.fileFor("/")).isEqualTo("index.html");
        assertThat(StaticExport.fileFor("/articles/what-to-expect")).isEqualTo("articles/what-to-expect.html");
        assertThat(StaticExport.fileFor("/about")).isEqualTo("about.html");
        assertThat(StaticExport.fileFor("/sitemap.xml")).isEqualTo("sitemap.xml");
    }
}
