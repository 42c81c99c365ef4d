package org.ketamineinfo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** House rules that code review alone would miss, checked over src/main. */
class ConventionTest {

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
    void templatesLoadNothingFromOtherHostsAndCarryNoInlineScriptOrStyle() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                assertThat(Files.readString(file)).as(file.toString())
                        .doesNotContain("<script", " style=", "http://", "https://", "//fonts.", "//cdn");
            }
        }
    }
}
