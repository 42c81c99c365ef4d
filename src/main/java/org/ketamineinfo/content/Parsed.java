package org.ketamineinfo.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one file (or one entry of a list file) gave: the item if it is usable, and its own problems. */
record Parsed<T>(String file, @Nullable T item, List<ContentProblem> problems) {
}
