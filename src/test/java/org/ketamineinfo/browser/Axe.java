package org.ketamineinfo.browser;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.naming.OperationNotSupportedException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (the script Deque bundles in its Selenium jar) run straight in the page, WCAG 2.2 A and AA.
 * Deque's {@code AxeBuilder} sent the 560 KB script over WebDriver before every analysis, made a dozen
 * more round trips, and by default opened a new tab to merge the results: 2.0 s a page here, two thirds
 * of the browser survey (1.0 s in its legacy mode). Here Chromium evaluates the script itself in each
 * new document, and only the violations come back: 0.4 s.
 */
final class Axe {

    private static final List<String> WCAG_A_AND_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Each violation as one line per element: rule (impact) at selector: what to fix. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            if (typeof axe === 'undefined') { done({error: 'axe-core is not in the page'}); return; }
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(results => done({violations: results.violations.flatMap(rule => rule.nodes.map(node =>
                rule.id + ' (' + rule.impact + ') at ' + JSON.stringify(node.target) + ': ' + rule.help))}))
              .catch(error => done({error: String(error)}));
            """;

    private final ChromeDriver driver;

    private Axe(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * From now on every document the browser opens has axe-core, without a request the page could see.
     * Once per browser (see {@link Chromium#axe()}).
     */
    static Axe installIn(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source()));
        return new Axe(driver);
    }

    /** The violations on the page now open; throws when axe-core could not run (a check that ran nothing). */
    List<String> violations() {
        Map<?, ?> outcome = (Map<?, ?>) driver.executeAsyncScript(RUN, WCAG_A_AND_AA);
        if (outcome.get("error") != null) {
            throw new IllegalStateException("axe-core could not run: " + outcome.get("error"));
        }
        List<String> violations = new ArrayList<>();
        ((List<?>) outcome.get("violations")).forEach(violation -> violations.add(violation.toString()));
        return violations;
    }

    private static String source() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OperationNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
