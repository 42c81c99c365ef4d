package org.ketamineinfo.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.ketamineinfo.browser.Findings.Check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Visits every page once per viewport in the one shared browser and runs every check during that
 * visit, so the suite stays fast however many pages the site grows. The served bytes (status, HTML,
 * CSS, weight) are fetched once per page over plain HTTP, as a browser would receive them.
 */
final class SiteSurvey {

    /** WCAG 1.4.10 Reflow: content must fit 320 CSS px without scrolling sideways. */
    private static final int NARROWEST_WIDTH = 320;
    /** Issue 11: on a phone, an article's title starts within this many CSS px of the top of the page. */
    static final int H1_WITHIN = 250;
    /** More Tab stops than this on one page means focus is going round in a loop. */
    private static final int MAX_TAB_STOPS = 500;
    private static final Set<String> NETWORK_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");

    private final ChromeDriver driver;
    private final URI site;
    private final Path screenshots;
    private final HttpClient http = HttpClient.newHttpClient();
    private final NuChecker nu = new NuChecker();
    private final Axe axe;
    private final Json json = new Json();

    private final Findings findings = new Findings();
    private final Map<String, Served> served = new HashMap<>();
    private final Map<SitePage, PageWeight> weights = new LinkedHashMap<>();
    private final List<Path> screenshotsTaken = new ArrayList<>();
    private final Set<String> stylesheetsChecked = new LinkedHashSet<>();
    private final Map<SitePage.Kind, Long> lowestH1 = new java.util.EnumMap<>(SitePage.Kind.class);

    /** What the survey saw. Weights are per page, in bytes as sent on the wire. */
    /** @param lowestH1 on the phone, for each kind of page, the furthest down an h1 started (CSS px) */
    record Result(List<SitePage> pages, Findings findings, Map<SitePage, PageWeight> weights,
            Set<String> stylesheets, List<Path> screenshots, Map<SitePage.Kind, Long> lowestH1, Duration took) {
    }

    /** A page's transfer size: every file it needs, as encoded on the wire (gzip when the site sends it). */
    record PageWeight(Map<String, Integer> bytesByUrl) {
        int total() {
            return bytesByUrl.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private record Served(int status, byte[] onTheWire, boolean gzipped) {
        byte[] body() {
            if (!gzipped) {
                return onTheWire;
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(onTheWire))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    SiteSurvey(Chromium chromium, URI site, Path screenshots) {
        this.driver = chromium.driver();
        this.site = site;
        this.screenshots = screenshots;
        this.axe = chromium.axe();
    }

    Result visit(List<SitePage> pages) {
        long start = System.nanoTime();
        // A cold cache on every load: each page's requests are then all seen, and attributed to that page.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        requestsSinceLastLook(); // the browser's own start-up page, before any page of ours
        for (SitePage page : pages) {
            checkServedFiles(page);
        }
        for (Viewport viewport : Viewport.values()) {
            viewport.applyTo(driver);
            Set<SitePage.Kind> photographed = EnumSet.noneOf(SitePage.Kind.class);
            for (SitePage page : pages) {
                boolean firstOfItsKind = photographed.add(page.kind());
                if (viewport == Viewport.PHONE) {
                    visitOnPhone(page, firstOfItsKind);
                } else {
                    visitOnDesktop(page, firstOfItsKind);
                }
            }
        }
        return new Result(pages, findings, weights, stylesheetsChecked, screenshotsTaken, lowestH1,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void checkServedFiles(SitePage page) {
        String url = url(page);
        Served html = fetch(page);
        if (html.status() != page.expectedStatus()) {
            findings.add(Check.STATUS, page.path(),
                    "answered " + html.status() + ", expected " + page.expectedStatus());
        }
        nu.checkHtml(url, html.body()).forEach(error -> findings.add(Check.HTML, page.path(), error));
        Document document = Jsoup.parse(new String(html.body(), UTF_8), url);
        for (Element link : document.select("link[rel=stylesheet]")) {
            String stylesheet = link.absUrl("href");
            if (stylesheetsChecked.add(stylesheet)) {
                Served css = fetch(stylesheet);
                if (css.status() != 200) {
                    findings.add(Check.STATUS, stylesheet, "answered " + css.status());
                }
                nu.checkCss(stylesheet, css.body()).forEach(error -> findings.add(Check.CSS, stylesheet, error));
            }
        }
    }

    private void visitOnPhone(SitePage page, boolean firstOfItsKind) {
        String where = page.path() + " [" + Viewport.PHONE + "]";
        String withoutJavaScript = mainTextWithJavaScriptOff(page);
        open(page);
        Set<String> requested = requestsSinceLastLook();
        checkHosts(where, requested);
        weigh(page, requested);
        if (firstOfItsKind) {
            screenshot(page, Viewport.PHONE);
        }
        checkSameMainText(where, withoutJavaScript);
        checkStructure(where);
        checkAccessibility(where);
        smallTapTargets().forEach(target -> findings.add(Check.TAP_TARGETS, where, target));
        checkReflow(page, where);
        checkFirstScreen(page, where);
        if (firstOfItsKind) {
            checkDisclosures(where);
        }
    }

    private void visitOnDesktop(SitePage page, boolean firstOfItsKind) {
        String where = page.path() + " [" + Viewport.DESKTOP + "]";
        open(page);
        checkHosts(where, requestsSinceLastLook());
        if (firstOfItsKind) {
            screenshot(page, Viewport.DESKTOP);
        }
        checkStructure(where);
        checkAccessibility(where);
        // Tabbing through a whole page costs two round trips per link, so the full walk is done on one
        // page of each kind (they share their templates); the skip link is checked on every page.
        checkKeyboard(where, firstOfItsKind);
        if (page.kind() == SitePage.Kind.ARTICLE) {
            Object problem = driver.executeScript(InPage.CONTENTS_BESIDE_TEXT);
            if (problem != null) {
                findings.add(Check.CONTENTS_BESIDE_TEXT, where, problem.toString());
            }
        }
    }

    /**
     * Loads a page as a reader reaches it: by its address, or for a posted page by choosing the answers
     * on the form and pressing its button (which works with JavaScript off too).
     */
    private void open(SitePage page) {
        // Extra headers (an editor's login) go with every request of this page's visit, and only of it.
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", page.headers()));
        if (page.journey().isEmpty()) {
            driver.get(url(page));
            return;
        }
        // Scrolled to with the mouse wheel, not a script: the page may be open with JavaScript off.
        Actions mouse = new Actions(driver);
        for (SitePage.Step step : page.journey()) {
            if (step instanceof SitePage.Step.Open open) {
                driver.get(site.resolve(open.path()).toString());
            } else if (step instanceof SitePage.Step.Type type) {
                WebElement field = driver.findElement(By.cssSelector(type.selector()));
                mouse.scrollToElement(field).perform();
                field.sendKeys(type.text());
            } else if (step instanceof SitePage.Step.Click click) {
                WebElement target = driver.findElement(By.cssSelector(click.selector()));
                mouse.scrollToElement(target).perform();
                target.click();
                if (click.leaves()) {
                    // Mid-navigation Chrome may answer "node does not belong to the document" instead of
                    // "stale"; that is the page going away too, so ask again until it says stale.
                    new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                            .until(ExpectedConditions.stalenessOf(target));
                }
            }
        }
    }

    /** Issue 11: the title of the page and the way to crisis help are on a phone's first screen. */
    private void checkFirstScreen(SitePage page, String where) {
        Map<?, ?> at = (Map<?, ?>) driver.executeScript(InPage.FIRST_SCREEN);
        long h1 = number(at.get("h1"));
        long help = number(at.get("help"));
        lowestH1.merge(page.kind(), h1, Math::max);
        // Answers to a reader who may be in crisis put the crisis help above their title, on purpose.
        boolean crisisFirst = page.kind() == SitePage.Kind.PREPARE_LIST || page.kind() == SitePage.Kind.FEEDBACK_DONE;
        if (!crisisFirst && (h1 < 0 || h1 > H1_WITHIN)) {
            findings.add(Check.FIRST_SCREEN, where, "the h1 starts " + h1 + "px down; the limit is " + H1_WITHIN);
        }
        if (help < 0 || help > number(at.get("screen"))) {
            findings.add(Check.FIRST_SCREEN, where, "the crisis help link is not on the first screen (ends at "
                    + help + "px)");
        }
    }

    /** The Menu and Search disclosures open with Enter and close with Space, from the keyboard alone. */
    private void checkDisclosures(String where) {
        List<WebElement> summaries = driver.findElements(By.cssSelector("header details > summary"));
        if (summaries.size() != 2) {
            findings.add(Check.DISCLOSURES, where, summaries.size() + " disclosures in the header, expected Menu and Search");
        }
        Actions keyboard = new Actions(driver);
        for (WebElement summary : summaries) {
            driver.executeScript("arguments[0].focus();", summary);
            keyboard.sendKeys(Keys.ENTER).perform();
            if (!Boolean.TRUE.equals(driver.executeScript(InPage.DISCLOSURE_OPEN, summary))) {
                findings.add(Check.DISCLOSURES, where, "\"" + summary.getText() + "\" did not open with Enter");
            }
            String open = where + " with \"" + summary.getText() + "\" open";
            smallTapTargets().forEach(target -> findings.add(Check.TAP_TARGETS, open, target));
            keyboard.sendKeys(Keys.SPACE).perform();
            if (!Boolean.FALSE.equals(driver.executeScript(InPage.DISCLOSURE_OPEN, summary))) {
                findings.add(Check.DISCLOSURES, where, "\"" + summary.getText() + "\" did not close with Space");
            }
        }
    }

    private String mainTextWithJavaScriptOff(SitePage page) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            open(page);
            return mainText();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    private void checkSameMainText(String where, String withoutJavaScript) {
        String withJavaScript = mainText();
        if (withJavaScript.isBlank()) {
            findings.add(Check.SAME_TEXT_WITHOUT_JAVASCRIPT, where, "main shows no text at all");
        } else if (!withoutJavaScript.equals(withJavaScript)) {
            int at = firstDifference(withoutJavaScript, withJavaScript);
            findings.add(Check.SAME_TEXT_WITHOUT_JAVASCRIPT, where, "main text differs from character " + at
                    + ": without JavaScript \"" + excerpt(withoutJavaScript, at) + "\", with it \""
                    + excerpt(withJavaScript, at) + "\"");
        }
    }

    /** WCAG 1.4.10 at 320 CSS px, and 1.4.4 (text resized to 200%) on the phone, without scrolling sideways. */
    private void checkReflow(SitePage page, String where) {
        driver.executeScript(InPage.DOUBLE_TEXT_SIZE);
        String overflow = (String) driver.executeScript(InPage.HORIZONTAL_OVERFLOW);
        if (overflow != null) {
            findings.add(Check.REFLOW_DOUBLE_TEXT, where + " with text at 200%", overflow);
        }
        driver.executeScript(InPage.RESET_TEXT_SIZE);

        Viewport.PHONE.applyTo(driver, NARROWEST_WIDTH);
        overflow = (String) driver.executeScript(InPage.HORIZONTAL_OVERFLOW);
        if (overflow != null) {
            findings.add(Check.REFLOW_320, page.path() + " [" + NARROWEST_WIDTH + "px wide]", overflow);
        }
        Viewport.PHONE.applyTo(driver);
    }

    private void checkStructure(String where) {
        Map<?, ?> counts = (Map<?, ?>) driver.executeScript(InPage.STRUCTURE);
        long h1 = number(counts.get("h1"));
        if (h1 != 1) {
            findings.add(Check.STRUCTURE, where, h1 + " h1 elements, expected exactly one");
        }
        for (String landmark : List.of("banner", "main", "contentinfo")) {
            long found = number(counts.get(landmark));
            if (found != 1) {
                findings.add(Check.STRUCTURE, where, found + " " + landmark + " landmarks, expected exactly one");
            }
        }
        if (number(counts.get("navigation")) < 1) {
            findings.add(Check.STRUCTURE, where, "no navigation landmark");
        }
    }

    private void checkAccessibility(String where) {
        try {
            axe.violations().forEach(violation -> findings.add(Check.AXE, where, violation));
        } catch (IllegalStateException couldNotRun) {
            findings.add(Check.AXE, where, couldNotRun.getMessage());
        }
    }

    private void checkKeyboard(String where, boolean walkTheWholePage) {
        driver.executeScript(InPage.REMEMBER_UNFOCUSED_LOOK);
        Actions keyboard = new Actions(driver);
        int stops = 0;
        while (stops < MAX_TAB_STOPS) {
            keyboard.sendKeys(Keys.TAB).perform();
            Map<?, ?> step = (Map<?, ?>) driver.executeScript(InPage.FOCUS_STEP);
            if (Boolean.TRUE.equals(step.get("done"))) {
                break;
            }
            if (stops++ == 0 && !Boolean.TRUE.equals(step.get("skipLink"))) {
                findings.add(Check.SKIP_LINK, where,
                        "the first Tab stop is " + step.get("element") + ", not the skip link");
            }
            if (!Boolean.TRUE.equals(step.get("visible"))) {
                findings.add(Check.FOCUS_STYLE, where,
                        step.get("element") + " looks the same focused and unfocused");
            }
            if (!walkTheWholePage) {
                break;
            }
        }
        if (stops == 0) {
            findings.add(Check.SKIP_LINK, where, "pressing Tab focused nothing");
        }
        if (walkTheWholePage) {
            for (Object missed : (List<?>) driver.executeScript(InPage.NOT_REACHED_BY_TAB)) {
                findings.add(Check.FOCUS_STYLE, where, missed + " is in the Tab order but Tab never reached it");
            }
        }
        if (Boolean.TRUE.equals(driver.executeScript(InPage.FOCUS_SKIP_LINK))) {
            keyboard.sendKeys(Keys.ENTER).perform();
            if (!Boolean.TRUE.equals(driver.executeScript(InPage.MAIN_HAS_FOCUS))) {
                findings.add(Check.SKIP_LINK, where, "activating the skip link left focus on "
                        + driver.executeScript(InPage.FOCUSED_ELEMENT) + ", not main#main");
            }
        } else {
            findings.add(Check.SKIP_LINK, where, "no a.skip-link on the page");
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> smallTapTargets() {
        return (List<String>) driver.executeScript(InPage.SMALL_TAP_TARGETS);
    }

    private String mainText() {
        // innerText is the text as rendered (hidden elements left out); spacing differences are not content.
        return Objects.toString(driver.executeScript(InPage.MAIN_TEXT), "").replaceAll("\\s+", " ").trim();
    }

    /** Every URL the browser asked for since the last call, from the DevTools Network events it logged. */
    private Set<String> requestsSinceLastLook() {
        Set<String> urls = new LinkedHashSet<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<?, ?> logged = json.toType(entry.getMessage(), Map.class);
            Map<?, ?> message = (Map<?, ?>) logged.get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                Map<?, ?> request = (Map<?, ?>) ((Map<?, ?>) message.get("params")).get("request");
                urls.add(withoutFragment((String) request.get("url")));
            }
        }
        return urls;
    }

    private void checkHosts(String where, Set<String> requested) {
        for (String url : requested) {
            String scheme = url.substring(0, Math.max(0, url.indexOf(':'))).toLowerCase(Locale.ROOT);
            if (!NETWORK_SCHEMES.contains(scheme)) {
                continue; // data:, blob:, about: and the like never leave the browser
            }
            URI uri = URI.create(url);
            if (!Objects.equals(uri.getHost(), site.getHost()) || uri.getPort() != site.getPort()) {
                findings.add(Check.OTHER_HOSTS, where, "requested " + url);
            }
        }
    }

    /** HTML, CSS, scripts, images and the favicon (which a headless browser may not ask for), as sent. */
    private void weigh(SitePage page, Set<String> requested) {
        Set<String> files = new LinkedHashSet<>();
        requested.stream().filter(url -> url.startsWith(site.toString())).forEach(files::add);
        files.remove(url(page)); // a posted page's address also serves the form, fetched on the way
        Document document = Jsoup.parse(new String(fetch(page).body(), UTF_8), url(page));
        document.select("link[rel~=(?i)icon]").forEach(icon -> files.add(icon.absUrl("href")));
        Map<String, Integer> bytes = new LinkedHashMap<>();
        bytes.put(page.path(), fetch(page).onTheWire().length);
        files.forEach(file -> bytes.put("/" + site.relativize(URI.create(file)), fetch(file).onTheWire().length));
        weights.put(page, new PageWeight(bytes));
    }

    private void screenshot(SitePage page, Viewport viewport) {
        // The whole page, not just the first screenful, at the emulated width.
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        String name = page.kind().label() + "-" + viewport.name().toLowerCase(Locale.ROOT) + ".png";
        Path file = screenshots.resolve(name);
        try {
            Files.createDirectories(screenshots);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        screenshotsTaken.add(file);
    }

    private Served fetch(String url) {
        return served.computeIfAbsent(url, this::download);
    }

    private Served fetch(SitePage page) {
        SitePage.Fetch fetch = page.fetch();
        if (fetch.method().equals("GET") && fetch.headers().isEmpty()) {
            return fetch(url(page));
        }
        return served.computeIfAbsent(fetch.toString(), key -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(site.resolve(fetch.path())).header("Accept-Encoding",
                    "gzip").method(fetch.method(), fetch.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(fetch.body()));
            fetch.headers().forEach(request::header);
            return send(request.build());
        });
    }

    private Served download(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build());
    }

    private Served send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            boolean gzipped = response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase)
                    .isPresent();
            return new Served(response.statusCode(), response.body(), gzipped);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String url(SitePage page) {
        return site.resolve(page.path()).toString();
    }

    private static int firstDifference(String a, String b) {
        int at = 0;
        while (at < a.length() && at < b.length() && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        return at;
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + 40));
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
