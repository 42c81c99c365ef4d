package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.content.SiteOutline;
import org.ketamineinfo.content.TestFiles;
import org.ketamineinfo.system.SiteProperties;

/**
 * The old addresses in the static export: a page at each that sends the reader on, and the same
 * redirects for Netlify (_redirects) and nginx (a map), on the fixture site with aliases in both editions.
 */
class ExportedRedirectsTest {

    private static final Map<String, String> EXPECTED = Map.of(
            "/articles/next-steps", "/articles/second-steps",
            "/old/second.html", "/articles/second-steps",
            "/about-us", "/about",
            Fixtures.LONG_ALIAS, "/articles/first-steps",
            "/es/articulos/comenzar", "/es/articulos/primeros-pasos",
            "/es/viejo/pasos/", "/es/articulos/primeros-pasos",
            "/es/quienes-somos", "/es/acerca-de");

    private static ExportedRedirects redirects;

    @BeforeAll
    static void load(@TempDir Path temp) throws IOException {
        SiteContent content = Fixtures.loader().load(Fixtures.withAliases(temp.resolve("site"))).siteOrThrow();
        assertThat(content.redirects()).as("the fixture's aliases").isEqualTo(EXPECTED);
        redirects = new ExportedRedirects(content, path -> "https://clinic.example" + path);
    }

    @Test
    void oldAddressesGoInTheFilesThatStaticHostsServeAtThoseAddresses() {
        assertThat(ExportedRedirects.fileFor("/articles/next-steps")).isEqualTo("articles/next-steps.html");
        assertThat(ExportedRedirects.fileFor("/old/second.html")).isEqualTo("old/second.html");
        assertThat(ExportedRedirects.fileFor("/es/viejo/pasos/")).isEqualTo("es/viejo/pasos/index.html");
        assertThat(ExportedRedirects.fileFor("/old/page.php")).isEqualTo("old/page.php.html");
        assertThat(redirects.pages()).extracting(ExportedRedirects.Page::file).containsExactlyInAnyOrder(
                "articles/next-steps.html", "old/second.html", "about-us.html", Fixtures.LONG_ALIAS.substring(1)
                        + ".html", "es/articulos/comenzar.html", "es/viejo/pasos/index.html", "es/quienes-somos.html");
    }

    @Test
    void eachOldAddressesPageLeadsToItsPageByRefreshCanonicalAndAVisibleLink() {
        for (ExportedRedirects.Page page : redirects.pages()) {
            String target = EXPECTED.get(page.alias());
            String html = new String(page.html(), StandardCharsets.UTF_8);
            Document document = Jsoup.parse(html);

            assertThat(html).as(page.alias()).startsWith("<!DOCTYPE html>\n<html lang=");
            assertThat(document.selectFirst("link[rel=canonical]").attr("href")).as(page.alias())
                    .isEqualTo("https://clinic.example" + target);
            assertThat(document.selectFirst("meta[http-equiv=refresh]").attr("content")).as(page.alias())
                    .isEqualTo("0; url=" + target);
            assertThat(document.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(document.select("body a")).as(page.alias()).hasSize(1)
                    .allSatisfy(link -> assertThat(link.attr("href")).isEqualTo(target));
            assertThat(document.select("script, style, [style]")).as("the site's CSP forbids inline script and style")
                    .isEmpty();
        }
    }

    @Test
    void theOldAddressesPageIsInItsPagesLanguageAndNamesItsTitle() {
        Document english = page("/about-us");
        Document spanish = page("/es/quienes-somos");

        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.title()).isEqualTo("About this site");
        assertThat(english.selectFirst("body p").text()).isEqualTo("This page has moved to About this site.");
        assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.title()).isEqualTo("Acerca de este sitio");
        assertThat(spanish.selectFirst("body p").text())
                .isEqualTo("Esta página se ha trasladado a Acerca de este sitio.");
    }

    @Test
    void netlifysRedirectsFileListsEveryOldAddressOnceWithAPermanentStatus() {
        List<String> rules = lines(redirects.netlify()).stream().filter(line -> !line.startsWith("#")).toList();

        assertThat(rules).hasSize(EXPECTED.size());
        EXPECTED.forEach((alias, target) -> assertThat(rules).containsOnlyOnce(alias + " " + target + " 301"));
    }

    @Test
    void theNginxMapListsEveryOldAddressOnceQuotedWithAnEmptyDefault() {
        String map = new String(redirects.nginx(), StandardCharsets.UTF_8);
        List<String> entries = lines(redirects.nginx()).stream().map(String::strip)
                .filter(line -> line.startsWith("\"/")).toList();

        assertThat(map).contains("map $uri $ketamine_info_redirect {\n    default \"\";\n").endsWith("}\n")
                .contains("map_hash_bucket_size 256;");
        assertThat(entries).hasSize(EXPECTED.size());
        EXPECTED.forEach((alias, target) -> assertThat(entries)
                .containsOnlyOnce("\"" + alias + "\" \"" + target + "\";"));
    }

    @Test
    void anAliasWhosePageWouldReplaceAPageOfTheSiteStopsTheExport(@TempDir Path temp) throws IOException {
        Path out = temp.resolve("out");

        // The content check refuses the site's own addresses (/articles.html); a rendered page the content
        // does not know of stands for any other page the export writes.
        assertThatIllegalStateException().isThrownBy(() -> export(temp, "/old/first, /old/taken.html"))
                .withMessageContaining("The old address /old/taken.html")
                .withMessageContaining("old/taken.html, which holds another page");
        assertThat(Files.readString(out.resolve("old/taken.html"))).isEqualTo("A to Z");
        assertThat(out.resolve("old/first.html")).as("no old address's page is written").doesNotExist();
    }

    @Test
    void twoOldAddressesOfOnePageMayShareTheirFile(@TempDir Path temp) throws IOException {
        Path out = export(temp, "/old/first, /old/first.html");

        assertThat(Jsoup.parse(Files.readString(out.resolve("old/first.html"))).selectFirst("body a").attr("href"))
                .isEqualTo("/articles/first-steps");
    }

    /**
     * GOOD with these aliases on its first article, exported with one page at /old/taken standing for the
     * rendered pages (the redirect pages need only the content).
     */
    private static Path export(Path temp, String aliases) throws IOException {
        Path site = TestFiles.copy(Fixtures.GOOD, temp.resolve("site"));
        Path article = site.resolve("articles/first-steps.md");
        Files.writeString(article, Files.readString(article).replace("section: basics\n",
                "section: basics\naliases: [" + aliases + "]\n"));
        SiteContent content = Fixtures.loader().load(site).siteOrThrow();
        PublishedPage index = PublishedPage.of("/old/taken", 200, PageRender.HTML, "A to Z".getBytes(), Instant.EPOCH,
                "no-store");
        RenderedSite rendered = new RenderedSite(content, Map.of("/old/taken", index), index, Map.of(), Map.of(),
                SiteOutline.of(content), Map.of(), Map.of());
        SiteProperties settings = new SiteProperties("Test", URI.create("https://clinic.example"),
                new SiteProperties.Content("content", false, false),
                List.of(new SiteProperties.CrisisLine("US", "988", "988", "Call", true, null)), null,
                new SiteProperties.Cache("public", "public"), false, false, new SiteProperties.Export(null));
        Path out = temp.resolve("out");
        StaticExport.write(rendered, Assets.fromClasspath(), settings, out);
        return out;
    }

    private static Document page(String alias) {
        return Jsoup.parse(new String(redirects.pages().stream().filter(p -> p.alias().equals(alias)).findFirst()
                .orElseThrow().html(), StandardCharsets.UTF_8));
    }

    private static List<String> lines(byte[] file) {
        return Pattern.compile("\n").splitAsStream(new String(file, StandardCharsets.UTF_8)).toList();
    }
}
