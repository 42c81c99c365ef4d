package org.ketamineinfo.feedback;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a comment suggests the reader may harm themselves, so the answer page can lead with the
 * crisis lines. A phrase matches as whole words, whatever the case, accents, apostrophes or spacing,
 * so "I want to END my life" and "i dont want to live" are found and "endless" is not.
 */
final class CrisisPhrases {

    private final List<Pattern> phrases;

    CrisisPhrases(List<String> phrases) {
        this.phrases = phrases.stream().map(CrisisPhrases::pattern).toList();
    }

    boolean foundIn(String text) {
        String plain = plain(text);
        return phrases.stream().anyMatch(p -> p.matcher(plain).find());
    }

    private static Pattern pattern(String phrase) {
        String[] words = plain(phrase).split(" ");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : " ").append(Pattern.quote(words[i]));
        }
        return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
    }

    /** Lower case, accents and apostrophes removed, every run of other punctuation or space one space. */
    private static String plain(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("['\u2019]", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
