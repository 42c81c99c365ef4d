package org.ketamineinfo.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * Writes the published site to a folder any static host or CDN can serve with the same bytes as the
 * live server: {@code /} as {@code index.html}, {@code /articles/x} as {@code articles/x.html}, the
 * "page not found" page as {@code 404.html}, assets under their content-hashed names, and a
 * {@code .gz} copy of each (the very bytes the live server sends to gzip clients).
 */
public final class StaticExport {

    private StaticExport() {
    }

    /** @return the files written, relative to {@code folder} */
    public static List<String> write(RenderedSite site, Assets assets, Path folder) throws IOException {
        List<String> written = new ArrayList<>();
        for (PublishedPage page : site.pages().values()) {
            written.addAll(write(folder, fileFor(page.path()), page.identity(), page.gzip()));
        }
        PublishedPage notFound = java.util.Objects.requireNonNull(site.notFound(), "export a rendered site");
        written.addAll(write(folder, "404.html", notFound.identity(), notFound.gzip()));
        for (var translated : site.translatedNotFound().entrySet()) {
            written.addAll(write(folder, SiteRenderer.notFoundPath(translated.getKey()).substring(1),
                    translated.getValue().identity(), translated.getValue().gzip()));
        }
        for (String[] asset : new String[][] {{"/css/site.css", assets.css()}, {"/favicon.svg", assets.favicon()}}) {
            byte[] bytes = Assets.bytesOf(asset[0]);
            ClassPathResource gz = new ClassPathResource(Assets.STATIC + asset[0] + ".gz");
            byte[] gzip = gz.exists() ? gz.getContentAsByteArray() : PublishedPage.gzip(bytes);
            written.addAll(write(folder, asset[1].substring(1), bytes, gzip));
            written.addAll(write(folder, asset[0].substring(1), bytes, gzip));
        }
        return written;
    }

    /** The file that holds a site path, in the layout static hosts map back to the same URL. */
    public static String fileFor(String path) {
        if (path.equals("/")) {
            return "index.html";
        }
        String file = path.substring(1);
        String last = file.substring(file.lastIndexOf('/') + 1);
        return last.contains(".") ? file : file + ".html";
    }

    private static List<String> write(Path folder, String file, byte[] identity, byte[] gzip) throws IOException {
        Path target = folder.resolve(file).normalize();
        if (!target.startsWith(folder.normalize())) {
            throw new IllegalStateException("Refusing to write outside the export folder: " + file);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, identity);
        Files.write(Path.of(target + ".gz"), gzip);
        return List.of(file, file + ".gz");
    }
}
