package org.ketamineinfo.content;

import java.util.Comparator;

/**
 * One thing wrong in {@code content/}, told the way a compiler would: {@code path:line: message}.
 * A line of 0 means the problem belongs to the whole file.
 */
public record ContentProblem(String file, int line, String message) implements Comparable<ContentProblem> {

    private static final Comparator<ContentProblem> ORDER = Comparator.comparing(ContentProblem::file)
            .thenComparingInt(ContentProblem::line)
            .thenComparing(ContentProblem::message);

    @Override
    public int compareTo(ContentProblem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
