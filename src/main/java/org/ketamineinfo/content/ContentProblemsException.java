package org.ketamineinfo.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when content has problems and the operator has not chosen to skip bad files. */
public class ContentProblemsException extends RuntimeException {

    private final List<ContentProblem> problems;

    public ContentProblemsException(List<ContentProblem> problems) {
        super(report(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }

    public static String report(List<ContentProblem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in content:\n"
                + problems.stream().sorted().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
