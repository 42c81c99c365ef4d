package org.ketamineinfo.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.resource.ContentVersionStrategy;

/**
 * Content-hashed addresses of the static assets, such as {@code /css/site-<md5>.css}. Computed with
 * the same strategy the resource chain uses to resolve them, so the two always agree, and available
 * before any request (pre-rendering has no request to ask the resource URL encoder).
 */
public record Assets(String css, String favicon) {

    public static final String STATIC = "static";

    public static Assets fromClasspath() {
        return new Assets(versioned("/css/site.css"), versioned("/favicon.svg"));
    }

    /** {@code /css/site.css} becomes {@code /css/site-<md5 of its bytes>.css}. */
    public static String versioned(String path) {
        ContentVersionStrategy strategy = new ContentVersionStrategy();
        try {
            String version = strategy.getResourceVersion(new ClassPathResource(STATIC + path));
            return strategy.addVersion(path, version);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new IllegalStateException("Asset " + path + " is missing from the classpath", e);
        }
    }

    static byte[] bytesOf(String path) {
        try (var in = new ClassPathResource(STATIC + path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
