package org.ketamineinfo.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of prose, computed over text blocks (paragraphs and list items).
 * No maintained Java library does this, so this is the standard formula with the usual syllable
 * heuristic: count vowel groups after dropping a silent final e, es or ed. Each block ends a sentence
 * even without a full stop, because a list item is read as one.
 */
public record Readability(int words, int sentences, int syllables, int longestParagraphSentences) {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”’)]*\\s+");
    private static final Pattern HAS_WORD = Pattern.compile("[A-Za-z0-9]");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    public static Readability of(List<String> blocks) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        int longest = 0;
        for (String block : blocks) {
            int blockWords = 0;
            Matcher word = WORD.matcher(block);
            while (word.find()) {
                blockWords++;
                syllables += syllables(word.group());
            }
            if (blockWords == 0) {
                continue;
            }
            int blockSentences = 0;
            for (String part : SENTENCE_END.split(block)) {
                if (HAS_WORD.matcher(part).find()) {
                    blockSentences++;
                }
            }
            blockSentences = Math.max(1, blockSentences);
            words += blockWords;
            sentences += blockSentences;
            longest = Math.max(longest, blockSentences);
        }
        return new Readability(words, sentences, syllables, longest);
    }

    /** Flesch-Kincaid grade: 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59. */
    public double grade() {
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    public double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    static int syllables(String word) {
        String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return 0;
        }
        if (letters.length() <= 3) {
            return 1;
        }
        Matcher ending = SILENT_ENDING.matcher(letters);
        if (ending.find()) {
            letters = letters.substring(0, ending.start() + 1);
        }
        if (letters.startsWith("y")) {
            letters = letters.substring(1);
        }
        int groups = 0;
        Matcher vowels = VOWEL_GROUP.matcher(letters);
        while (vowels.find()) {
            groups++;
        }
        return Math.max(1, groups);
    }
}
