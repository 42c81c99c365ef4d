package org.ketamineinfo.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrisisPhrasesTest {

    private final CrisisPhrases phrases = new CrisisPhrases(List.of("kill myself", "end my life", "don't want to live",
            "suicide", "hurt myself"));

    @ParameterizedTest
    @ValueSource(strings = {"I want to END my life", "i dont want to live any more", "I don’t want to live",
            "thinking about suicide", "I might hurt   myself", "Suicide."})
    void findsAPhraseWhateverItsCaseApostropheOrSpacing(String comment) {
        assertThat(phrases.foundIn(comment)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The page is endless", "Typo in the suicides section heading? no: suicidal",
            "my life is busy but the page helped", "The numbers are out of date"})
    void doesNotFireOnOtherWordsThatShareLetters(String comment) {
        assertThat(phrases.foundIn(comment)).isFalse();
    }
}
