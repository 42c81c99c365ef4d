package org.ketamineinfo.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Email me at jo.bloggs+nhs@example.co.uk please | Email me at [email removed] please",
            "Call 07700 900123 after 6 | Call [number removed] after 6",
            "US: (555) 014-2771 | US: [number removed]",
            "+44 (0)20 7946 0958 is my number | [number removed] is my number",
            "My record number is 123456789 | My record number is [number removed]",
            "Card 4111-1111-1111-1111 | Card [number removed]",
            "NHS number 485 777 3456 | NHS number [number removed]"})
    void masksEmailAddressesPhoneNumbersAndLongDigitRuns(String typed, String stored) {
        assertThat(CommentText.masked(typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The 2019 approval date is wrong | The 2019 approval date is wrong",
            "It says 84 mg twice a week for 4 weeks | It says 84 mg twice a week for 4 weeks",
            "Call 988 is right | Call 988 is right",
            "About 6 to 8 in 10 people | About 6 to 8 in 10 people"})
    void keepsShortNumbersThatAreAboutThePage(String typed, String stored) {
        assertThat(CommentText.masked(typed)).isEqualTo(stored);
    }

    @Test
    void dropsControlCharactersTrimsAndCutsToTheLimit() {
        assertThat(CommentText.masked("  bad\u0000 \u202Etext\u0007  ")).isEqualTo("bad text");
        assertThat(CommentText.masked("line one\nline two")).isEqualTo("line one\nline two");
        assertThat(CommentText.masked("a".repeat(1500))).hasSize(CommentText.MAX_LENGTH);
        assertThat(CommentText.masked("   ")).isEmpty();
    }
}
