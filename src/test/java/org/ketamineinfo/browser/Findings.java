package org.ketamineinfo.browser;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the survey found: for each check, the problems, each naming the page (and viewport) it was seen on. */
final class Findings {

    enum Check {
        STATUS, AXE, HTML, CSS, SKIP_LINK, FOCUS_STYLE, STRUCTURE, REFLOW_320, REFLOW_DOUBLE_TEXT, TAP_TARGETS,
        SAME_TEXT_WITHOUT_JAVASCRIPT, OTHER_HOSTS, FIRST_SCREEN, DISCLOSURES, CONTENTS_BESIDE_TEXT
    }

    private final Map<Check, List<String>> problems = new EnumMap<>(Check.class);

    void add(Check check, String where, String problem) {
        problems.computeIfAbsent(check, c -> new ArrayList<>()).add(where + ": " + problem);
    }

    List<String> of(Check check) {
        return List.copyOf(problems.getOrDefault(check, List.of()));
    }

    int count(Check check) {
        return problems.getOrDefault(check, List.of()).size();
    }
}
