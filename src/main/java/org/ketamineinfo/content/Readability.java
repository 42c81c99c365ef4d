package org.ketamineinfo.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How easy prose is to read, computed over text blocks (paragraphs and list items): the Flesch-Kincaid
 * grade for English and the INFLESZ (Szigriszt-Pazos) score for Spanish. No maintained Java library
 * does either, so these are the standard formulas. English syllables use the usual heuristic (vowel
 * groups after dropping a silent final e, es or ed); Spanish ones follow the spelling rules for
 * diphthongs and hiatus ({@link #spanishSyllables}). Each block ends a sentence even without a full
 * stop, because a list item is read as one.
 */
public record Readability(int words, int sentences, int syllables, int longestParagraphSentences) {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'’-]*");
    private static final Pattern SPANISH_WORD = Pattern.compile("[\\p{L}0-9][\\p{L}0-9-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”’»)]*\\s+");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}0-9]");
    /** "EE. UU." (the United States) is one word, not the end of a sentence. */
    private static final Pattern SPANISH_ABBREVIATION = Pattern.compile("\\bEE\\. ?UU\\.");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    public static Readability of(List<String> blocks) {
        return of(blocks, Language.EN);
    }

    /** The counts for prose in a language: Spanish words and syllables are counted the Spanish way. */
    public static Readability of(List<String> blocks, Language language) {
        boolean spanish = language == Language.ES;
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        int longest = 0;
        for (String written : blocks) {
            String block = spanish ? SPANISH_ABBREVIATION.matcher(written).replaceAll("EEUU") : written;
            int blockWords = 0;
            Matcher word = (spanish ? SPANISH_WORD : WORD).matcher(block);
            while (word.find()) {
                blockWords++;
                syllables += spanish ? spanishSyllables(word.group()) : syllables(word.group());
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

    /**
     * INFLESZ (Szigriszt-Pazos perspicuity) for Spanish: 206.835 - 62.3 (syllables/words) - (words/sentences).
     * 55 or more reads as "normal" on the INFLESZ scale, the level for patient information.
     */
    public double inflesz() {
        if (words == 0) {
            return 0;
        }
        return 206.835 - 62.3 * syllables / words - (double) words / sentences;
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

    /**
     * Syllables of a Spanish word, by its vowels: a, e, o are strong; i, u (and ü, and y at the end of a
     * word or before a consonant) are weak. Two strong vowels side by side are two syllables (hiatus:
     * "po-e-ta"); a strong and a weak one, or two weak ones, are one (diphthong: "ciu-dad", "cui-da-do"),
     * unless the weak vowel carries the accent ("dí-a", "pa-ís", "o-í-do").
     */
    static int spanishSyllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int count = 0;
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == 'y') {
                boolean last = i == w.length() - 1;
                boolean beforeConsonant = !last && !isSpanishVowel(w.charAt(i + 1));
                // "y" alone, or ending a word or syllable ("muy", "hay", "Uruguay"), sounds as a weak i.
                c = w.length() == 1 || i > 0 && (last || beforeConsonant) ? 'i' : c;
            }
            if (!isSpanishVowel(c)) {
                previous = 0;
                continue;
            }
            if (previous == 0 || hiatus(previous, c)) {
                count++;
            }
            previous = c;
        }
        return Math.max(1, count);
    }

    private static boolean isSpanishVowel(char c) {
        return "aeiouáéíóúü".indexOf(c) >= 0;
    }

    /** Two strong vowels, or an accented weak vowel beside any vowel, belong to two syllables. */
    private static boolean hiatus(char a, char b) {
        return strong(a) && strong(b) || accentedWeak(a) || accentedWeak(b);
    }

    private static boolean strong(char c) {
        return "aeoáéó".indexOf(c) >= 0;
    }

    private static boolean accentedWeak(char c) {
        return c == 'í' || c == 'ú';
    }
}
