package org.ketamineinfo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accessibility gate is only worth something if it really reports what axe-core finds. */
@ExtendWith(ChromiumExtension.class)
class AxeTest {

    @Test
    void reportsAnImageWithoutAlternativeTextAndPassesTheSamePageWithIt(Chromium chromium) {
        Axe axe = chromium.axe();

        open(chromium, "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' width=40 height=40>");
        assertThat(axe.violations()).singleElement().asString()
                .startsWith("image-alt (critical) at [\"img\"]: Images must have alternative text");

        open(chromium, "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' width=40 height=40 alt='A dot'>");
        assertThat(axe.violations()).isEmpty();
    }

    private static void open(Chromium chromium, String body) {
        String html = "<!DOCTYPE html><html lang=en><title>t</title><main><h1>Test</h1>" + body + "</main></html>";
        chromium.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
