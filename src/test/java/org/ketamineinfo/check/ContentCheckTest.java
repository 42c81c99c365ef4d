package org.ketamineinfo.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.TestFiles;

/** {@code --check}: what a content repository's CI sees, and the exit code it acts on. */
class ContentCheckTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bundledContentPassesWithATableRowForEveryArticleAndPage() {
        int exit = ContentCheck.run(new String[] {"--check"}, out);

        assertThat(exit).isZero();
        assertThat(output()).contains("No problems: ")
                .containsPattern("(?m)^page +words +reading level +sources +review due$")
                .containsPattern("(?m)^/articles/side-effects-and-risks +\\d+ +grade \\d+\\.\\d +\\d+  \\d{4}-\\d{2}-\\d{2}")
                .containsPattern("(?m)^/es/articulos/efectos-secundarios-y-riesgos +\\d+ +INFLESZ \\d+\\.\\d +\\d+  \\d{4}-")
                .containsPattern("(?m)^/get-help-now +\\d+");
    }

    @Test
    void brokenContentIsReportedAsFileLineMessageAndExitsOne() {
        int exit = ContentCheck.run(new String[] {"--check", "--site.content.location=" + Fixtures.BROKEN}, out);

        assertThat(exit).isEqualTo(1);
        assertThat(output()).containsPattern("(?m)^broken/articles/malformed-yaml\\.md:3: YAML could not be read: .+")
                .containsPattern("(?m)^\\d+ problems in \\d+ files; fix each at the line shown\\.$");
    }

    @Test
    void aMissingFolderIsOneProblemNamingTheSetting(@TempDir Path temp) {
        int exit = ContentCheck.run(new String[] {"--check", "--site.content.location=" + temp.resolve("nowhere")},
                out);

        assertThat(exit).isEqualTo(1);
        assertThat(output()).contains("content folder not found").contains("site.content.location");
    }

    @Test
    void anOverdueReviewIsMarkedInTheTable(@TempDir Path temp) throws Exception {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        Path article = site.resolve("articles/first-steps.md");
        Files.writeString(article, Files.readString(article)
                .replaceFirst("(?m)^lastReviewed: .*$", "lastReviewed: 2019-06-01\nnextReview: 2020-01-01"));

        int exit = ContentCheck.run(new String[] {"--check", "--site.content.location=" + site}, out);

        assertThat(output()).containsPattern("(?m)^/articles/first-steps .+  2020-01-01 \\(overdue\\)$");
        assertThat(exit).isZero();
    }
}
