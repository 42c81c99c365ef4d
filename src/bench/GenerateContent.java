// Generates a large content set for the benchmark, in this site's format and as a Hugo site with the
// same Markdown and front matter: COUNT copies of the bundled articles under new slugs.
// Run: java src/bench/GenerateContent.java OUT_DIR COUNT
// Writes OUT_DIR/site (the bundled content plus the copies) and OUT_DIR/hugo (the copies).

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

public class GenerateContent {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path site = out.resolve("site");
        Path hugo = out.resolve("hugo");
        Files.createDirectories(site.resolve("articles"));
        Files.createDirectories(hugo.resolve("content/articles"));
        Files.createDirectories(hugo.resolve("layouts/_default"));
        copy(Path.of("content/sections.yml"), site.resolve("sections.yml"));
        copy(Path.of("content/glossary.yml"), site.resolve("glossary.yml"));
        copy(Path.of("content/prepare.yml"), site.resolve("prepare.yml"));
        // The bundled pages and articles come along, so every link in them still resolves.
        for (String folder : new String[] {"pages", "articles"}) {
            Files.createDirectories(site.resolve(folder));
            try (Stream<Path> files = Files.list(Path.of("content", folder))) {
                for (Path file : files.toList()) {
                    copy(file, site.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        // Each generated article is a bundled one under a new slug and a numbered title, with its
        // tables, lists, callouts, glossary terms, sources and links (which point to the bundled ones).
        List<Path> originals;
        try (Stream<Path> files = Files.list(Path.of("content/articles"))) {
            originals = files.sorted().toList();
        }
        for (int i = 0; i < count; i++) {
            Path original = originals.get(i % originals.size());
            String text = Files.readString(original);
            int close = text.indexOf("\n---\n", 3);
            String front = text.substring(4, close + 1);
            String body = text.substring(close + 5);
            String slug = original.getFileName().toString().replace(".md", "") + "-" + i;
            String title = fieldOf(front, "title");
            title = (title.length() > 60 ? title.substring(0, 60).strip() : title) + " " + i;
            // A copy is not the page its original used to be: its old addresses stay with the original.
            String siteFront = front.replaceFirst("(?m)^title: .*$", "title: \"" + title.replace("\"", "'") + "\"")
                    .replaceAll("(?ms)^aliases:.*?(?=^\\S)", "");
            Files.writeString(site.resolve("articles/" + slug + ".md"), "---\n" + siteFront + "---\n" + body);
            Files.writeString(hugo.resolve("content/articles/" + slug + ".md"), "---\n" + siteFront
                    + "date: " + fieldOf(front, "lastReviewed") + "\n---\n" + body);
        }
        Files.writeString(hugo.resolve("config.toml"), HUGO_CONFIG);
        for (String[] layout : HUGO_LAYOUTS) {
            Path file = hugo.resolve("layouts/" + layout[0]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, layout[1]);
        }
        System.out.println("Generated " + count + " articles in " + site + " and " + hugo);
    }

    static String fieldOf(String front, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": *\"?(.*?)\"?$").matcher(front);
        return m.find() ? m.group(1) : "";
    }

    /** Sections as a menu, a sitemap and an RSS feed, as the site publishes them. */
    static final String HUGO_CONFIG = """
            baseURL = 'http://localhost/'
            title = 'Ketamine therapy'
            languageCode = 'en-us'
            disableKinds = ['taxonomy', 'term']
            [markup.goldmark.renderer]
              unsafe = false
            [markup.tableOfContents]
              startLevel = 2
              endLevel = 3
            [[menu.main]]
              name = 'About the treatment'
              url = '/articles/'
              weight = 1
            [[menu.main]]
              name = 'Is it for me?'
              url = '/articles/'
              weight = 2
            [[menu.main]]
              name = 'Safety and results'
              url = '/articles/'
              weight = 3
            [[menu.main]]
              name = 'Having treatment'
              url = '/articles/'
              weight = 4
            """;

    /**
     * A layout doing the work the site's article template does: a header with the sections, the
     * key points, a contents list, the body, the sources, review dates, related links, previous and
     * next, and a footer; list pages for the sections; Hugo's own sitemap and RSS.
     */
    static final String[][] HUGO_LAYOUTS = {
        {"_default/baseof.html", """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} | {{ .Site.Title }}</title>
            <meta name="description" content="{{ .Description }}">
            <link rel="canonical" href="{{ .Permalink }}">
            {{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
            <link rel="stylesheet" href="/css/site.css"></head><body>
            <a class="skip" href="#main">Skip to main content</a>
            <header><a href="/">{{ .Site.Title }}</a><nav aria-label="Sections"><ul>
            {{ range .Site.Menus.main }}<li><a href="{{ .URL }}">{{ .Name }}</a></li>{{ end }}
            </ul></nav><form action="/search"><input name="q" type="search"></form></header>
            <aside class="crisis">In crisis? Call or text 988 (US). UK and Ireland: Samaritans 116 123.</aside>
            <main id="main">{{ block "main" . }}{{ end }}</main>
            <footer><p>{{ .Site.Title }}. This site does not give medical advice.</p></footer>
            </body></html>
            """},
        {"_default/single.html", """
            {{ define "main" }}<article><nav aria-label="Breadcrumb"><a href="/">Home</a> / <a href="/articles/">Articles</a></nav>
            <h1>{{ .Title }}</h1><p class="lead">{{ .Description }}</p>
            {{ with .Params.summary }}<section aria-labelledby="key-points-title"><h2 id="key-points-title">Key points</h2><ul>
            {{ range . }}<li>{{ . | markdownify }}</li>{{ end }}</ul></section>{{ end }}
            <nav aria-labelledby="contents-title"><h2 id="contents-title">On this page</h2>{{ .TableOfContents }}</nav>
            {{ .Content }}
            {{ with .Params.sources }}<section aria-labelledby="sources-title"><h2 id="sources-title">Sources</h2><ol>
            {{ range . }}<li>{{ with .url }}<a href="{{ . }}">{{ end }}{{ .title }}{{ with .url }}</a>{{ end }}. {{ .publisher }}, {{ .year }}.</li>{{ end }}
            </ol></section>{{ end }}
            <p>Page last reviewed: {{ .Date.Format "2 January 2006" }}. Next review due: {{ .Params.nextReview }}.</p>
            {{ with .Params.related }}<section aria-labelledby="related-title"><h2 id="related-title">Related</h2><ul>
            {{ range . }}{{ with site.GetPage (printf "/articles/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}
            </ul></section>{{ end }}
            <nav aria-label="Previous and next">{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
            {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            </article>{{ end }}
            """},
        {"_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>
            {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>{{ end }}
            </ul>{{ end }}
            """},
    };

    static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
