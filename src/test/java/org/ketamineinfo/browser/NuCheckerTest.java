package org.ketamineinfo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The validator gate is only worth something if it really rejects bad markup and bad CSS. */
class NuCheckerTest {

    private final NuChecker checker = new NuChecker();

    @Test
    void acceptsAValidDocumentAndRejectsAnInvalidOne() {
        String valid = "<!DOCTYPE html><html lang=en><title>t</title><p>Fine</p>";
        String invalid = "<!DOCTYPE html><html lang=en><title>t</title><p><div>Block in a paragraph</p></div><a>";

        assertThat(checker.checkHtml("test:valid", bytes(valid))).isEmpty();
        assertThat(checker.checkHtml("test:invalid", bytes(invalid))).isNotEmpty();
    }

    @Test
    void acceptsValidCssAndRejectsAnUnknownPropertyOrValue() {
        assertThat(checker.checkCss("test:valid.css", bytes("a { color: #0057a3; padding: 0.25rem 0; }"))).isEmpty();
        assertThat(checker.checkCss("test:bad-value.css", bytes("a { color: bluish; }"))).isNotEmpty();
        assertThat(checker.checkCss("test:bad-property.css", bytes("a { colour: red; }"))).isNotEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
