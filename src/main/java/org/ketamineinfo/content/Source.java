package org.ketamineinfo.content;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** A published source an article relies on; shown in its "Sources" list. */
public record Source(String title, String publisher, int year, @Nullable URI url) {

    /** The link target as text; templates may not reach into {@link URI}. */
    public @Nullable String href() {
        return url == null ? null : url.toString();
    }
}
