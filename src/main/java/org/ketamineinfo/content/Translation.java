package org.ketamineinfo.content;

import java.time.LocalDate;

/**
 * What a translated article or page says about its original (front matter {@code translationOf} and
 * {@code translatedFrom}).
 *
 * @param original the English file's slug
 * @param from the original's {@code lastReviewed} date that was translated: when the original has been
 *     reviewed since, the translation is stale and says so
 */
public record Translation(String original, LocalDate from) {

    /** Whether the original has been reviewed again since this was translated. */
    public boolean staleAgainst(LocalDate originalReviewed) {
        return originalReviewed.isAfter(from);
    }
}
