// Generates a large synthetic content set for the benchmark, in this site's format and as a Hugo site
// with the same Markdown bodies. Run: java src/bench/GenerateContent.java OUT_DIR COUNT
// Writes OUT_DIR/site (the bundled content plus COUNT synthetic articles) and OUT_DIR/hugo (the synthetic ones).

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

public class GenerateContent {

    static final String[] SECTIONS = {"about-the-treatment", "is-it-for-me", "safety-and-results", "having-treatment",
            "questions-and-answers"};
    static final String[] WORDS = ("ketamine treatment may help some people with depression that has not improved "
            + "after other medicines your clinician will check your blood pressure before and after each dose "
            + "side effects often fade within two hours most people feel detached or dizzy for a short time "
            + "studies show benefits can fade after days or weeks without more sessions ask about costs and "
            + "insurance before you start tell your care team about other medicines alcohol and pregnancy plans")
            .split(" ");

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
        // The bundled pages and articles come along, so every link in them still resolves.
        for (String folder : new String[] {"pages", "articles"}) {
            Files.createDirectories(site.resolve(folder));
            try (Stream<Path> files = Files.list(Path.of("content", folder))) {
                for (Path file : files.toList()) {
                    copy(file, site.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        Random random = new Random(42);
        for (int i = 0; i < count; i++) {
            String slug = "synthetic-article-" + i;
            String title = "Synthetic article number " + i;
            String description = "A generated article of realistic length that the benchmark uses, number " + i + ".";
            String body = body(random, i, count);
            Files.writeString(site.resolve("articles/" + slug + ".md"), "---\n"
                    + "title: " + title + "\n"
                    + "description: " + description + "\n"
                    + "summary:\n  - " + sentence(random) + "\n  - " + sentence(random) + "\n  - " + sentence(random) + "\n"
                    + "section: " + SECTIONS[i % SECTIONS.length] + "\n"
                    + "order: " + i + "\n"
                    + "lastReviewed: 2026-" + String.format("%02d", 1 + i % 10) + "-" + String.format("%02d", 1 + i % 28) + "\n"
                    + "sources:\n"
                    + "  - {title: A randomized trial of a synthetic treatment, publisher: Journal of Benchmarks, year: 2021}\n"
                    + "  - {title: Prescribing information, publisher: A Maker, year: 2025, url: \"https://example.org/label\"}\n"
                    + "  - {title: A systematic review, publisher: Review Journal, year: 2018}\n"
                    + "related: [synthetic-article-" + ((i + 1) % count) + "]\n"
                    + "---\n" + body);
            Files.writeString(hugo.resolve("content/articles/" + slug + ".md"), "---\n"
                    + "title: \"" + title + "\"\ndescription: \"" + description + "\"\ndate: 2026-01-01\n---\n"
                    + body.replace("(/articles/", "(/articles/").replace("> [!NOTE]\n", ""));
        }
        Files.writeString(hugo.resolve("config.toml"), "baseURL = 'http://localhost/'\ntitle = 'Bench'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']\n");
        Files.writeString(hugo.resolve("layouts/_default/baseof.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<title>{{ .Title }}</title><meta name=\"description\" content=\"{{ .Description }}\"></head><body>"
                + "<main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        Files.writeString(hugo.resolve("layouts/_default/single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>"
                + "<nav>{{ .TableOfContents }}</nav>{{ .Content }}{{ end }}\n");
        Files.writeString(hugo.resolve("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>"
                + "{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        System.out.println("Generated " + count + " articles in " + site + " and " + hugo);
    }

    static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int words = 8 + random.nextInt(8);
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w < words - 1 ? " " : ".");
        }
        return s.toString();
    }

    static String paragraph(Random random) {
        return sentence(random) + " " + sentence(random) + " " + sentence(random) + "\n\n";
    }

    /** About 900 words: headings, paragraphs, a list, a table, a callout and links, like a real article. */
    static String body(Random random, int i, int count) {
        StringBuilder body = new StringBuilder(paragraph(random));
        for (int part = 1; part <= 6; part++) {
            body.append("## Part ").append(part).append(" of this article\n\n").append(paragraph(random)).append(paragraph(random));
            if (part == 2) {
                body.append("- ").append(sentence(random)).append("\n- ").append(sentence(random)).append("\n- ")
                        .append(sentence(random)).append("\n\n");
            }
            if (part == 3) {
                body.append("| Form | Status | Notes |\n|---|---|---|\n| IV infusion | Off-label | ").append(sentence(random))
                        .append(" |\n| Nasal spray | Approved | ").append(sentence(random)).append(" |\n\n");
            }
            if (part == 4) {
                body.append("### A detail\n\n").append(paragraph(random)).append("See [the next article](/articles/synthetic-article-")
                        .append((i + 1) % count).append(").\n\n");
            }
        }
        body.append("> [!NOTE]\n> ").append(sentence(random)).append("\n");
        return body.toString();
    }
}
