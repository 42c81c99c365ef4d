package org.ketamineinfo.content;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The sources read in one load, each kept once however many articles cite it: articles cite the same
 * labels, guidelines and trials (the bundled English articles: 184 citations of 77 sources), and each
 * citation kept apart cost its title, publisher and address again. Safe to share from parallel parses.
 */
final class SharedSources {

    private final ConcurrentMap<Source, Source> seen = new ConcurrentHashMap<>();

    /** @return the first equal source this load read, or {@code source} when it is the first */
    Source share(Source source) {
        Source first = seen.putIfAbsent(source, source);
        return first == null ? source : first;
    }
}
