package org.ketamineinfo.publish;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * How to render one published page: either a controller's handler method (which fills the model and
 * names the view, exactly as for a live request) or a supplier of finished bytes (XML, plain text).
 *
 * @param madeOf what the page is made of besides the site's outline (titles, sections, dates, the
 *     glossary: {@link SiteOutline}): the article or page it shows, or {@link #OUTLINE} for a page
 *     made of the outline alone. After a reload with the same outline, a page whose {@code madeOf} is
 *     the very same object as before keeps its bytes without rendering. Null (the default) means
 *     "render it every time".
 */
public record PageRender(String path, int status, String contentType,
        @Nullable Function<Model, String> handler, @Nullable Supplier<byte[]> bytes, @Nullable Object madeOf) {

    public static final String HTML = "text/html;charset=UTF-8";

    /** {@link #madeOf} of a page made of the site's outline alone, such as a list of articles. */
    public static final Object OUTLINE = new Object() {
        @Override
        public String toString() {
            return "the site's outline";
        }
    };

    public static PageRender html(String path, Function<Model, String> handler) {
        return new PageRender(path, 200, HTML, handler, null, null);
    }

    public static PageRender html(String path, int status, Function<Model, String> handler) {
        return new PageRender(path, status, HTML, handler, null, null);
    }

    public static PageRender bytes(String path, String contentType, Supplier<byte[]> bytes) {
        return new PageRender(path, 200, contentType, null, bytes, null);
    }

    /** The same render, saying what the page is made of (see {@link #madeOf}). */
    public PageRender madeOf(Object source) {
        return new PageRender(path, status, contentType, handler, bytes, source);
    }
}
