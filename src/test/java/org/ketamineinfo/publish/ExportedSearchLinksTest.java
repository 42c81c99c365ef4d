package org.ketamineinfo.publish;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineinfo.content.Fixtures;
import org.ketamineinfo.content.SiteContent;

/**
 * A link in content to the search page, which the live server answers and a static host cannot: the
 * export refuses it, in either edition, rather than leave a reader a link to a 404.
 */
class ExportedSearchLinksTest {

    @Test
    void aLinkInContentToTheSearchPageStopsTheExportNamingEachPage(@TempDir Path temp) throws IOException {
        Path site = Fixtures.bilingual(temp.resolve("site"));
        append(site.resolve("articles/first-steps.md"), "See [every page about doses](/search?q=dose).");
        append(site.resolve("es/pages/acerca-de.md"), "Vea [todo sobre la dosis](/es/buscar?q=dosis).");
        SiteContent content = Fixtures.loader().load(site).siteOrThrow();

        assertThatIllegalStateException().isThrownBy(() -> StaticExport.refuseLinksToSearch(content))
                .withMessageContainingAll("/articles/first-steps links to /search?q=dose",
                        "/es/acerca-de links to /es/buscar?q=dosis", "link to the pages themselves instead");
    }

    @Test
    void contentWithoutSuchLinksExports(@TempDir Path temp) throws IOException {
        SiteContent content = Fixtures.loader().load(Fixtures.bilingual(temp.resolve("site"))).siteOrThrow();

        assertThatNoException().isThrownBy(() -> StaticExport.refuseLinksToSearch(content));
    }

    private static void append(Path file, String paragraph) throws IOException {
        Files.writeString(file, Files.readString(file) + "\n" + paragraph + "\n");
    }
}
