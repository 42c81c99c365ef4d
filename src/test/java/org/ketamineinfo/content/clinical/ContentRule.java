package org.ketamineinfo.content.clinical;

import java.util.List;

/** A check over all content files at once, so a rule may compare files with each other. */
interface ContentRule {

    /** A short name, used as the test's name. */
    String id();

    List<Finding> check(List<MarkdownSource> files);
}
