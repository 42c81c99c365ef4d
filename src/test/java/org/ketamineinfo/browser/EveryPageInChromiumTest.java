package org.ketamineinfo.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ketamineinfo.browser.Findings.Check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketamineinfo.browser.SitePage.SearchSample;
import org.ketamineinfo.content.ContentStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page the site serves, checked in a real Chromium at a phone and a desktop size: WCAG 2.2 AA
 * with axe-core, valid HTML and CSS, keyboard use, structure, reflow, tap targets, no JavaScript
 * needed, no third-party requests and the page weight budget. The pages come from the site's own
 * catalog, never from a hand-kept list, so a new article is checked the day it is published. The
 * search page, rendered per request and in no catalog, is checked with one sample query per state.
 *
 * <p>The survey visits each page once per viewport before the tests run; each test then asserts one
 * behaviour over everything seen, and lists every page where it failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "site.feedback.posts-per-minute=1000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ChromiumExtension.class)
class EveryPageInChromiumTest {

    /** The editors' report is checked too, logged in as the one editor. */
    private static final String EDITOR_PASSWORD = "browser-checks-editor";

    @org.springframework.test.context.DynamicPropertySource
    static void editorAccount(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("site.editors.password", () -> "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(EDITOR_PASSWORD));
    }

    /**
     * An article, with everything it loads, compressed as served. Only articles have a budget: the
     * search page is not article-like (a form and a list of links to articles, like a section page),
     * so its weight is reported with the other kinds but not held to this figure.
     */
    private static final int ARTICLE_BUDGET_BYTES = 30 * 1024;

    @LocalServerPort
    private int port;

    @Autowired
    private ContentStore store;

    private SiteSurvey.Result survey;

    @BeforeAll
    void visitEveryPage(Chromium chromium) {
        List<SitePage> pages = SitePage.allOf(store.current(), "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("editor:" + EDITOR_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        survey = new SiteSurvey(chromium, URI.create("http://localhost:" + port + "/"),
                Path.of("target", "screenshots")).visit(pages);
        System.out.println(report());
    }

    @Test
    void everyPublishedPathEverySearchSampleAndTheNotFoundPageWereVisited() {
        List<SitePage> pages = survey.pages();
        assertThat(pages).extracting(SitePage::path).containsAll(store.current().publishedPaths())
                .containsAll(Stream.of(SearchSample.values()).map(sample -> sample.path).toList());
        assertThat(pages).extracting(SitePage::kind).contains(SitePage.Kind.values());
    }

    /** A sample that no longer shows its state would leave that state unchecked without anyone noticing. */
    @Test
    void eachSearchSampleShowsTheStateItWasChosenFor() throws IOException {
        List<String> missing = new ArrayList<>();
        for (SearchSample sample : SearchSample.values()) {
            Document page = Jsoup.connect("http://localhost:" + port + sample.path).get();
            if (page.select(sample.shows).isEmpty()) {
                missing.add(sample + ": " + sample.path + " has nothing matching " + sample.shows);
            }
        }
        assertThat(missing).withFailMessage(() -> String.join("\n  ", missing)).isEmpty();
    }

    @Test
    void everyPageAnswersWithItsStatusAndTheUnknownOneWith404() {
        assertNoProblems(Check.STATUS);
    }

    @Test
    void axeFindsNoWcagAOrAAViolationOnAnyPageAtPhoneOrDesktopSize() {
        assertNoProblems(Check.AXE);
    }

    @Test
    void everyServedPageIsValidHtml() {
        assertNoProblems(Check.HTML);
    }

    @Test
    void theStylesheetIsValidCss() {
        assertThat(survey.stylesheets()).isNotEmpty();
        assertNoProblems(Check.CSS);
    }

    @Test
    void theFirstTabStopIsTheSkipLinkAndItMovesFocusToMain() {
        assertNoProblems(Check.SKIP_LINK);
    }

    @Test
    void tabReachesEveryFocusableElementAndEachShowsAVisibleFocusStyle() {
        assertNoProblems(Check.FOCUS_STYLE);
    }

    @Test
    void everyPageHasOneH1AndTheBannerNavigationMainAndContentinfoLandmarks() {
        assertNoProblems(Check.STRUCTURE);
    }

    @Test
    void noPageScrollsSidewaysAt320Pixels() {
        assertNoProblems(Check.REFLOW_320);
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneWithTextAtTwiceTheSize() {
        assertNoProblems(Check.REFLOW_DOUBLE_TEXT);
    }

    @Test
    void tapTargetsOutsideSentencesAreAtLeast24PixelsSquare() {
        assertNoProblems(Check.TAP_TARGETS);
    }

    @Test
    void everyPageShowsTheSameMainTextWithJavaScriptTurnedOff() {
        assertNoProblems(Check.SAME_TEXT_WITHOUT_JAVASCRIPT);
    }

    @Test
    void onAPhoneEveryTitleStartsWithin250PixelsAndTheCrisisLinkIsOnTheFirstScreen() {
        assertNoProblems(Check.FIRST_SCREEN);
    }

    @Test
    void theMenuAndSearchDisclosuresOpenAndCloseFromTheKeyboard() {
        assertNoProblems(Check.DISCLOSURES);
    }

    @Test
    void onAWideScreenOnThisPageSitsBesideTheTextAndStaysInView() {
        assertNoProblems(Check.CONTENTS_BESIDE_TEXT);
    }

    @Test
    void noPageMakesTheBrowserContactAnotherHost() {
        assertNoProblems(Check.OTHER_HOSTS);
    }

    @Test
    void everyArticleWithAllItLoadsIsAtMost30KilobytesOnTheWire() {
        List<String> over = survey.weights().entrySet().stream()
                .filter(entry -> entry.getKey().kind() == SitePage.Kind.ARTICLE)
                .filter(entry -> entry.getValue().total() > ARTICLE_BUDGET_BYTES)
                .map(entry -> entry.getKey().path() + " weighs " + entry.getValue().total() + " bytes "
                        + entry.getValue().bytesByUrl())
                .toList();
        assertThat(survey.weights().keySet()).extracting(SitePage::kind).contains(SitePage.Kind.ARTICLE);
        assertThat(over).withFailMessage(() -> "Over the " + ARTICLE_BUDGET_BYTES + "-byte budget:\n  "
                + String.join("\n  ", over)).isEmpty();
    }

    @Test
    void aPhoneAndADesktopScreenshotOfEveryPageKindIsSaved() {
        assertThat(survey.screenshots()).hasSize(SitePage.Kind.values().length * Viewport.values().length)
                .allMatch(file -> file.toFile().length() > 0);
    }

    private void assertNoProblems(Check check) {
        List<String> problems = survey.findings().of(check);
        assertThat(problems).withFailMessage(() -> problems.size() + " problem(s):\n  " + String.join("\n  ", problems))
                .isEmpty();
    }

    private String report() {
        Findings findings = survey.findings();
        StringBuilder out = new StringBuilder("\n== Browser checks ==\n");
        out.append(String.format(Locale.ROOT, "%d pages x %d viewports (%s) in %.1f s%n", survey.pages().size(),
                Viewport.values().length, List.of(Viewport.values()), survey.took().toMillis() / 1000.0));
        for (Check check : Check.values()) {
            out.append(String.format(Locale.ROOT, "  %-30s %d problem(s)%n", check, findings.count(check)));
        }
        out.append("Page weight on the wire (heaviest page of each kind):\n");
        Map<SitePage.Kind, Map.Entry<SitePage, SiteSurvey.PageWeight>> heaviest = survey.weights().entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().kind(), entry -> entry, (a, b) ->
                        a.getValue().total() >= b.getValue().total() ? a : b));
        heaviest.entrySet().stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach(entry -> out.append(
                String.format(Locale.ROOT, "  %-10s %6.1f KB  %s %s%n", entry.getKey().label(),
                        entry.getValue().getValue().total() / 1024.0, entry.getValue().getKey().path(),
                        entry.getValue().getValue().bytesByUrl())));
        out.append("Search samples (no budget: not article-like):\n");
        survey.weights().entrySet().stream().filter(entry -> entry.getKey().kind() == SitePage.Kind.SEARCH)
                .forEach(entry -> out.append(String.format(Locale.ROOT, "  %6.1f KB  %s%n",
                        entry.getValue().total() / 1024.0, entry.getKey().path())));
        out.append("Where the h1 starts on a phone (lowest of each kind; limit ").append(SiteSurvey.H1_WITHIN)
                .append("px): ").append(survey.lowestH1()).append('\n');
        out.append("Screenshots: ").append(survey.screenshots().get(0).getParent().toAbsolutePath()).append('\n');
        return out.toString();
    }
}
