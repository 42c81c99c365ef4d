package org.ketamineinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rules that code review alone would miss, checked over src/main. */
class ConventionTest {

    /** A script element of type application/ld+json without a src: data, not code. */
    private static final Pattern JSON_LD = Pattern.compile(
            "<script(?![^>]*\\ssrc=)(?=[^>]*\\stype=\"application/ld\\+json\")[^>]*>");

    private static List<Path> sources(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void theContentPipelineHasNoWebImports() throws IOException {
        for (Path file : sources("src/main/java/org/ketamineinfo/content")) {
            assertThat(Files.readString(file)).as(file.toString())
                    .doesNotContain("import org.springframework.web", "import jakarta.servlet",
                            "import org.springframework.http", "import org.thymeleaf");
        }
    }

    @Test
    void noFieldInjectionAndNoLombok() throws IOException {
        for (Path file : sources("src/main/java")) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain("@Autowired", "lombok");
        }
    }

    @Test
    void theOnlyScriptAllowedIsAJsonLdDataBlock() {
        assertThat(JSON_LD.matcher("<script type=\"application/ld+json\" th:utext=\"${x}\">").matches()).isTrue();
        assertThat(JSON_LD.matcher("<script>").matches()).isFalse();
        assertThat(JSON_LD.matcher("<script type=\"module\">").matches()).isFalse();
        assertThat(JSON_LD.matcher("<script src=\"/x.js\" type=\"application/ld+json\">").matches()).isFalse();
    }

    /** The one script element allowed is a JSON-LD data block, which browsers never run. */
    @Test
    void templatesLoadNothingFromOtherHostsAndCarryNoInlineScriptOrStyle() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String template = JSON_LD.matcher(Files.readString(file)).replaceAll("");
                assertThat(template).as(file.toString())
                        .doesNotContain("<script", " style=", "http://", "https://", "//fonts.", "//cdn");
            }
        }
    }
}
