package org.ketamineinfo.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.SiteContent;
import org.springframework.web.util.HtmlUtils;

/**
 * The old addresses (front matter {@code aliases}) in the static export, where no application answers
 * them with a 301: a small page at each old address that sends the reader on (as Hugo writes for its
 * aliases), and the redirects themselves for hosts that can answer them: {@value #NETLIFY} for Netlify
 * and Cloudflare Pages, and an nginx {@code map} in {@value #NGINX}.
 */
public final class ExportedRedirects {

    /** Netlify's and Cloudflare Pages' redirects file: {@code old new 301}, one line each. */
    public static final String NETLIFY = "_redirects";
    /** An nginx {@code map} from each old address to its page, for the http block (README, "Static export"). */
    public static final String NGINX = "_nginx-redirects.conf";
    /** The map's variable: empty, or where the requested address now leads. */
    public static final String NGINX_VARIABLE = "$ketamine_info_redirect";

    /**
     * What an address may be to stand in the map and in _redirects: the content checks already hold aliases
     * and slugs to less, and this keeps quotes, spaces, {@code $} and {@code ;} out of nginx's syntax anyway.
     */
    private static final Pattern PLAIN_PATH = Pattern.compile("/[A-Za-z0-9._~/-]*");

    private final SortedMap<String, String> redirects;
    private final SiteContent content;
    private final UnaryOperator<String> absolute;

    /**
     * @param content the snapshot whose redirects (every edition's) are exported, and the titles of their pages
     * @param absolute the absolute address of a site path, for canonical links ({@code site.base-url})
     */
    ExportedRedirects(SiteContent content, UnaryOperator<String> absolute) {
        this.redirects = new TreeMap<>(content.redirects());
        this.content = content;
        this.absolute = absolute;
    }

    /**
     * The file that answers an old address on a static host, in the layout of the pages: {@code /articles/old}
     * as {@code articles/old.html}, {@code /old/} as {@code old/index.html}. The page is HTML whatever the
     * old address was, so a name that does not end in {@code .html} gets it ({@code /old.php} as
     * {@code old.php.html}, which nginx's {@code try_files $uri.html} finds).
     */
    public static String fileFor(String alias) {
        String file = alias.substring(1);
        if (file.isEmpty() || file.endsWith("/")) {
            return file + "index.html";
        }
        return file.endsWith(".html") ? file : file + ".html";
    }

    /** The page for an old address, and the file it goes in (see {@link #fileFor}). */
    record Page(String alias, String file, byte[] html) {
    }

    /** Each old address's page, in address order. */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        redirects.forEach((alias, target) -> pages.add(new Page(alias, fileFor(alias), page(target))));
        return pages;
    }

    /**
     * A page that sends browsers on at once, tells search engines where the page now is and not to index
     * this one, and shows a plain link for a reader whose browser does not follow meta refresh. No script
     * or style: the site's Content-Security-Policy forbids inline ones.
     */
    byte[] page(String target) {
        Language language = Language.of(target);
        String href = escape(target);
        String title = escape(content.titleOf(target));
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="canonical" href="%s">
                <meta name="robots" content="noindex">
                <meta http-equiv="refresh" content="0; url=%s">
                </head>
                <body>
                <p>%s <a href="%s">%s</a>.</p>
                </body>
                </html>
                """.formatted(language.code(), title, escape(absolute.apply(target)), href,
                escape(language.text("content.moved")), href, title).getBytes(StandardCharsets.UTF_8);
    }

    /** {@value #NETLIFY}: each old address, where it leads and the status, one per line. */
    byte[] netlify() {
        StringBuilder file = new StringBuilder("""
                # Old addresses (front matter aliases) and where each now leads, for Netlify and Cloudflare Pages.
                # Written by --export; see README.md, "Static export".
                """);
        redirects.forEach((alias, target) -> file.append(plain(alias)).append(' ').append(plain(target))
                .append(" 301\n"));
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@value #NGINX}: a {@code map} from the request's path to where it now leads, for nginx's http block.
     * Exact matches on {@code $uri}, like the application, which redirects the old address itself and no
     * variant of it. The bucket size is raised because nginx's default (64 on most machines) only holds
     * keys of up to 46 characters, and an alias may have 200.
     */
    byte[] nginx() {
        StringBuilder file = new StringBuilder("""
                # Old addresses (front matter aliases) and where each now leads, written by --export.
                # Include this file in nginx's http block and answer it in the server block with
                #     if (%1$s) { return 301 %1$s; }
                # See README.md, "Static export".
                map_hash_bucket_size 256;
                map $uri %1$s {
                    default "";
                """.formatted(NGINX_VARIABLE));
        redirects.forEach((alias, target) -> file.append("    \"").append(plain(alias)).append("\" \"")
                .append(plain(target)).append("\";\n"));
        return file.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String plain(String path) {
        if (!PLAIN_PATH.matcher(path).matches()) {
            throw new IllegalStateException("Cannot export the redirect address '" + path + "': only letters, digits "
                    + "and . _ ~ - / may appear in it");
        }
        return path;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
