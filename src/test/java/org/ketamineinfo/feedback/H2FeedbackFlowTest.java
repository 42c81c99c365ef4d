package org.ketamineinfo.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The feedback flow on the embedded default, an H2 database file. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "site.feedback.posts-per-minute=1000")
class H2FeedbackFlowTest extends FeedbackFlowContract {

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("feedback-h2");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("feedback") + ";WRITE_DELAY=0");
    }
}
