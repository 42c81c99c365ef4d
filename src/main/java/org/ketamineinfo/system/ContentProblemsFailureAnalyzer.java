package org.ketamineinfo.system;

import org.ketamineinfo.content.ContentProblemsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints bad content at start-up as a plain report, like a compiler, instead of a stack trace. */
class ContentProblemsFailureAnalyzer extends AbstractFailureAnalyzer<ContentProblemsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentProblemsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix each file and line listed above, then start again. To start anyway without the bad files, "
                        + "set site.content.skip-bad-files=true (each one is logged and left out).",
                cause);
    }
}
