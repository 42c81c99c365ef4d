package org.ketamineinfo.system;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Permanent redirects from address variants (trailing slash, .html) to the one canonical address. */
public final class Redirects {

    private Redirects() {
    }

    public static ResponseEntity<Void> permanent(String path) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
    }
}
