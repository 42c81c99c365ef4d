package org.ketamineinfo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketamineinfo.KetamineInfoApplication;
import org.ketamineinfo.content.ContentProblemsException;
import org.ketamineinfo.content.ContentStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/** What an operator sees when the content folder has problems. */
class StartupTest {

    private static final String BROKEN = "--site.content.location=src/test/resources/fixtures/broken";

    @Test
    void badContentStopsStartUpWithTheWholeReport() {
        Throwable failure = catchThrowable(() -> SpringApplication.run(KetamineInfoApplication.class, "--server.port=0",
                BROKEN).close());

        assertThat(failure).rootCause().isInstanceOf(ContentProblemsException.class)
                .hasMessageContaining("35 problems in content:")
                .hasMessageContaining("broken/articles/typo-field.md:8: unknown field 'lastReveiwed'; did you mean "
                        + "'lastReviewed'?");
    }

    @Test
    void theStartUpFailureIsExplainedWithTheFixAndTheSkipSetting() {
        var problems = new ContentProblemsException(List.of(new org.ketamineinfo.content.ContentProblem(
                "content/articles/a.md", 3, "missing required field 'title'")));

        FailureAnalysis analysis = new ContentProblemsFailureAnalyzer().analyze(new IllegalStateException(problems));

        assertThat(analysis.getDescription())
                .isEqualTo("1 problem in content:\n  content/articles/a.md:3: missing required field 'title'");
        assertThat(analysis.getAction()).contains("site.content.skip-bad-files=true");
    }

    @Test
    void skippingBadFilesStartsWithTheGoodOnes() {
        try (ConfigurableApplicationContext context = SpringApplication.run(KetamineInfoApplication.class,
                "--server.port=0", BROKEN, "--site.content.skip-bad-files=true")) {
            assertThat(context.getBean(ContentStore.class).current().articles()).extracting(a -> a.slug())
                    .containsExactly("good-article");
        }
    }
}
