package org.ketamineinfo.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The {@code site.feedback.*} settings.
 *
 * @param retention how long comments are kept; a daily job deletes older ones (yes/no counts stay)
 * @param postsPerMinute how many feedback posts one client may send a minute, counted in memory only
 * @param crisisPhrases words in a comment that put the crisis lines first on the answer page
 */
@Validated
@ConfigurationProperties("site.feedback")
public record FeedbackProperties(
        @NotNull @DefaultValue("P12M") Period retention,
        @Min(1) @Max(100_000) @DefaultValue("10") int postsPerMinute,
        @NotEmpty List<String> crisisPhrases) {
}
