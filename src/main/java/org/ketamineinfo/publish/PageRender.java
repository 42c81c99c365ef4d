package org.ketamineinfo.publish;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * How to render one published page: either a controller's handler method (which fills the model and
 * names the view, exactly as for a live request) or a supplier of finished bytes (XML, plain text).
 */
public record PageRender(String path, int status, String contentType,
        @Nullable Function<Model, String> handler, @Nullable Supplier<byte[]> bytes) {

    public static final String HTML = "text/html;charset=UTF-8";

    public static PageRender html(String path, Function<Model, String> handler) {
        return new PageRender(path, 200, HTML, handler, null);
    }

    public static PageRender html(String path, int status, Function<Model, String> handler) {
        return new PageRender(path, status, HTML, handler, null);
    }

    public static PageRender bytes(String path, String contentType, Supplier<byte[]> bytes) {
        return new PageRender(path, 200, contentType, null, bytes);
    }
}
