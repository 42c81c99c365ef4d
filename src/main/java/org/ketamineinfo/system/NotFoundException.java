package org.ketamineinfo.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No published page has that address; answered with the friendly 404 page. */
public class NotFoundException extends ResponseStatusException {

    public NotFoundException() {
        super(HttpStatus.NOT_FOUND);
    }
}
