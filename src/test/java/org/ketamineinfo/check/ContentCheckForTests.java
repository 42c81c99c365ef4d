package org.ketamineinfo.check;

import java.io.PrintStream;
import java.time.LocalDate;
import org.ketamineinfo.content.ContentLoader;

/** {@link ContentCheck}'s report, for tests in other packages that load their own fixture. */
public final class ContentCheckForTests {

    private ContentCheckForTests() {
    }

    public static int report(ContentLoader.Result result, LocalDate today, PrintStream out) {
        return ContentCheck.report(result, today, out);
    }
}
