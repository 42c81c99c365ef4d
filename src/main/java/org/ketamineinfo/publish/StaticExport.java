package org.ketamineinfo.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketamineinfo.content.EveryCore;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.MarkdownRenderer;
import org.ketamineinfo.content.RenderedMarkdown;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

/**
 * Writes the published site to a folder any static host or CDN can serve with the same bytes as the
 * live server: {@code /} as {@code index.html}, {@code /articles/x} as {@code articles/x.html}, the
 * "page not found" page as {@code 404.html}, assets under their content-hashed names, and a
 * {@code .gz} copy of each (the very bytes the live server sends to gzip clients). The pages come from
 * {@link SiteRenderer#forExport}, whose pages differ from the live ones in their forms only.
 *
 * <p>Old addresses (front matter {@code aliases}), which the live server answers with a 301, get a page
 * that sends the reader on, and are listed for the hosts that can redirect: {@code _redirects} and
 * {@code _nginx-redirects.conf} at the root ({@link ExportedRedirects}).
 */
public final class StaticExport {

    private static final Pattern QUERY_OR_ANCHOR = Pattern.compile("[?#].*$");

    /** The command-line option that asks for an export: {@code --export=out/}. */
    public static final String OPTION = "export";

    private StaticExport() {
    }

    /** Whether this run writes the export and exits (its beans then render for the export, not for readers). */
    public static boolean requested(Environment environment) {
        return environment.containsProperty(OPTION);
    }

    /** @return the files written, relative to {@code folder} */
    public static List<String> write(RenderedSite site, Assets assets, SiteProperties settings, Path folder)
            throws IOException {
        refuseLinksToSearch(site.content());
        // On both cores: each page is inflated from its gzip copy and written twice, which took a
        // sixth of a 10,000-article export on one (15.8 s of 97).
        List<String> written = new ArrayList<>();
        try {
            EveryCore.map(List.copyOf(site.pages().values()), page -> {
                try {
                    return write(folder, fileFor(page.path()), page.identity(), page.gzip());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).forEach(written::addAll);
        } catch (UncheckedIOException e) {
            throw e.getCause();
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
        ExportedRedirects redirects = new ExportedRedirects(site.content(), settings::url);
        written.addAll(writeRedirectPages(redirects.pages(), Set.copyOf(written), folder));
        // Read by the host, never served: no .gz copy.
        write(folder, ExportedRedirects.NETLIFY, redirects.netlify());
        write(folder, ExportedRedirects.NGINX, redirects.nginx());
        written.addAll(List.of(ExportedRedirects.NETLIFY, ExportedRedirects.NGINX));
        return written;
    }

    /**
     * A static host has no search page, whatever {@code site.export.application-origin} says (the header's form
     * can be sent there, a link cannot): a link in content to {@code /search?q=...} would lead to a 404. The
     * export stops before writing anything, naming each such link. (The content check allows them, as the live
     * server answers them.)
     */
    static void refuseLinksToSearch(SiteContent content) {
        List<String> links = new ArrayList<>();
        for (SiteContent edition : content.editions()) {
            Language language = edition.language();
            Map<String, RenderedMarkdown> bodies = new LinkedHashMap<>();
            edition.articles().forEach(article -> bodies.put(article.path(), article.body()));
            edition.pages().forEach(page -> bodies.put(page.path(), page.body()));
            bodies.forEach((path, body) -> body.links().stream()
                    .map(link -> MarkdownRenderer.sitePath(link.url().strip(), language))
                    .filter(url -> QUERY_OR_ANCHOR.matcher(url).replaceFirst("").equals(language.search()))
                    .forEach(url -> links.add(path + " links to " + url)));
        }
        if (!links.isEmpty()) {
            throw new IllegalStateException("The export has no search page, so a reader would meet a 404 where "
                    + String.join(", ", links) + "; link to the pages themselves instead");
        }
    }

    /**
     * An old address's page never replaces a page of the site (the content check refuses the site's own
     * addresses, such as {@code /articles.html}; this holds for any other page the export writes); two old
     * addresses may share a file only to lead to the same page ({@code /old} and {@code /old.html}). All are
     * checked before any is written.
     */
    private static List<String> writeRedirectPages(List<ExportedRedirects.Page> pages, Set<String> taken,
            Path folder) throws IOException {
        Map<String, byte[]> byFile = new LinkedHashMap<>();
        for (ExportedRedirects.Page page : pages) {
            byte[] before = byFile.putIfAbsent(page.file(), page.html());
            if (taken.contains(page.file()) || before != null && !Arrays.equals(before, page.html())) {
                throw new IllegalStateException("The old address " + page.alias() + " (front matter aliases) would "
                        + "be exported as " + page.file() + ", which holds another page; remove that alias");
            }
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> page : byFile.entrySet()) {
            written.addAll(write(folder, page.getKey(), page.getValue(), PublishedPage.gzip(page.getValue())));
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
        Path target = write(folder, file, identity);
        Files.write(Path.of(target + ".gz"), gzip);
        return List.of(file, file + ".gz");
    }

    private static Path write(Path folder, String file, byte[] bytes) throws IOException {
        Path target = folder.resolve(file).normalize();
        if (!target.startsWith(folder.normalize())) {
            throw new IllegalStateException("Refusing to write outside the export folder: " + file);
        }
        // Asked first: for a folder that exists, createDirectories throws and catches an exception inside.
        if (!Files.isDirectory(target.getParent())) {
            Files.createDirectories(target.getParent());
        }
        Files.write(target, bytes);
        return target;
    }
}
