package org.ketamineinfo.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

    private static final double EXACT = 1e-9;

    @ParameterizedTest(name = "{0} has {1} syllable(s)")
    @CsvSource({
            "cat, 1",
            "the, 1",
            "table, 2", // the final 'le' is a syllable, so it is not dropped as a silent e
            "ketamine, 3", // silent final e dropped: ke-ta-min
            "medicine, 3",
            "used, 1", // silent 'ed'
            "yellow, 2", // a leading y is a consonant
            "depression, 3",
            "Ketamine's, 3" // case and apostrophes do not change the count
    })
    void countsSyllablesOfCommonWordsAsReadersSayThem(String word, int expected) {
        assertEquals(expected, Readability.syllables(word));
    }

    // The heuristic counts vowel groups, so 'ia' and 'io' are one syllable each. Real speech has
    // five in dis-so-ci-a-tion; pinning the undercount keeps a change to the heuristic visible.
    @Test
    void undercountsWordsWhereTwoVowelsAreSpokenSeparately() {
        assertEquals(4, Readability.syllables("dissociation"));
        assertEquals(4, Readability.syllables("anesthesia"));
    }

    @Test
    void countsNoSyllablesInSomethingThatIsNotAWord() {
        assertEquals(0, Readability.syllables("988"));
        assertEquals(0, Readability.syllables("—"));
    }

    // Worked by hand: 8 words, 2 sentences, 13 syllables (Ketamine 3, is 1, a 1, medicine 3,
    // The 1, table 2, is 1, big 1). Grade = 0.39 * 8/2 + 11.8 * 13/8 - 15.59 = 5.145.
    @Test
    void appliesTheStandardFleschKincaidFormula() {
        Readability readability = Readability.of(List.of("Ketamine is a medicine. The table is big."));

        assertEquals(8, readability.words());
        assertEquals(2, readability.sentences());
        assertEquals(13, readability.syllables());
        assertEquals(5.145, readability.grade(), EXACT);
        assertEquals(4.0, readability.wordsPerSentence(), EXACT);
    }

    @Test
    void longWordsAndLongSentencesRaiseTheGrade() {
        double plain = Readability.of(List.of("You may feel sleepy. Ask the nurse.")).grade();
        double dense = Readability.of(List.of(
                "Esketamine administration necessitates observation by healthcare professionals "
                        + "throughout the monitoring interval following administration.")).grade();

        assertTrue(dense > plain + 10, "dense " + dense + " vs plain " + plain);
    }

    @Test
    void splitsSentencesAtFullStopsQuestionMarksAndExclamationMarks() {
        Readability readability = Readability.of(List.of("Is it safe? Ask first! Then decide. Really."));

        assertEquals(4, readability.sentences());
        assertEquals(4, readability.longestParagraphSentences());
    }

    @Test
    void doesNotSplitInsideADecimalNumber() {
        Readability readability = Readability.of(List.of("The dose is 0.5 mg per kg over 40 minutes."));

        assertEquals(1, readability.sentences());
    }

    @Test
    void endsASentenceAfterAClosingQuoteOrBracket() {
        Readability readability = Readability.of(List.of("They call it \u201ca trip.\u201d It fades (in an hour.) Then rest."));

        assertEquals(3, readability.sentences());
    }

    @Test
    void countsEachListItemAsASentenceEvenWithoutAFullStop() {
        Readability readability = Readability.of(List.of("dizziness", "nausea", "a headache"));

        assertEquals(3, readability.sentences());
        assertEquals(4, readability.words());
        assertEquals(1, readability.longestParagraphSentences());
    }

    @Test
    void reportsTheParagraphWithTheMostSentences() {
        Readability readability = Readability.of(List.of("One. Two.", "One. Two. Three.", "One."));

        assertEquals(6, readability.sentences());
        assertEquals(3, readability.longestParagraphSentences());
    }

    @Test
    void skipsBlocksWithNoWords() {
        Readability readability = Readability.of(List.of("", "—", "...", "Rest."));

        assertEquals(1, readability.words());
        assertEquals(1, readability.sentences());
    }

    @Test
    void scoresEmptyTextAsZeroInsteadOfDividingByZero() {
        Readability readability = Readability.of(List.of());

        assertEquals(0, readability.words());
        assertEquals(0, readability.sentences());
        assertEquals(0, readability.syllables());
        assertEquals(0, readability.longestParagraphSentences());
        assertEquals(0.0, readability.grade(), EXACT);
        assertEquals(0.0, readability.wordsPerSentence(), EXACT);
    }

    @ParameterizedTest(name = "{0} has {1} Spanish syllable(s)")
    @CsvSource({
            "ketamina, 4", // ke-ta-mi-na
            "tratamiento, 4", // tra-ta-mien-to: ie is a diphthong
            "ciudad, 2", // ciu-dad: two weak vowels are one syllable
            "cuidado, 3", // cui-da-do
            "secundarios, 4", // se-cun-da-rios
            "poeta, 3", // po-e-ta: two strong vowels are a hiatus
            "leer, 2", // le-er
            "aéreo, 4", // a-é-re-o
            "día, 2", // dí-a: the accent on the weak vowel breaks the diphthong
            "país, 2", // pa-ís
            "oído, 3", // o-í-do
            "continúa, 4", // con-ti-nú-a
            "reír, 2", // re-ír
            "muy, 1", // a final y is a weak vowel in the same syllable
            "hay, 1",
            "Uruguay, 3", // U-ru-guay: a triphthong is one syllable
            "y, 1",
            "ayuda, 3", // a-yu-da: y before a vowel is a consonant
            "Sedación, 3" // se-da-ción: case does not matter
    })
    void countsSpanishSyllablesByDiphthongsAndHiatus(String word, int expected) {
        assertEquals(expected, Readability.spanishSyllables(word));
    }

    @Test
    void appliesTheInfleszFormulaAndReadsEeUuAsOneWord() {
        Readability readability = Readability.of(List.of("Vive en EE. UU. con su familia. Come bien."), Language.ES);

        assertEquals(2, readability.sentences());
        assertEquals(8, readability.words());
        // vi-ve 2, en 1, EEUU 2 (e-e is a hiatus; e-u-u one nucleus), con 1, su 1, fa-mi-lia 3, co-me 2, bien 1
        assertEquals(13, readability.syllables());
        assertEquals(206.835 - 62.3 * 13 / 8 - 8 / 2.0, readability.inflesz(), EXACT);
    }
}
