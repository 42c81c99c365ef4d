package org.ketamineinfo.browser;

/**
 * The small scripts the checks run inside the page (through WebDriver, not shipped by the site). Each
 * returns plain data or readable problems; every element is named as tag#id.class "text".
 */
final class InPage {

    private static final String DESCRIBE = """
            const describe = e => {
              let name = e.tagName.toLowerCase();
              if (e.id) name += '#' + e.id;
              if (e.classList.length) name += '.' + [...e.classList].join('.');
              const text = (e.innerText || e.textContent || '').replace(/\\s+/g, ' ').trim();
              return text ? name + ' "' + text.slice(0, 40) + '"' : name;
            };
            // What a closed <details> holds (all but its summary) cannot be focused or tapped until opened.
            const inClosedDisclosure = e => {
              const details = e.closest('details:not([open])');
              return details !== null && !e.closest('summary');
            };
            """;

    static final String MAIN_TEXT = "const main = document.querySelector('main'); return main ? main.innerText : '';";

    /** Counts of h1 and of each landmark. A header or footer inside sectioning content is not a landmark. */
    static final String STRUCTURE = """
            const pageLevel = e => !e.parentElement.closest('article, aside, main, nav, section');
            const count = selector => document.querySelectorAll(selector).length;
            return {
              h1: count('h1'),
              banner: [...document.querySelectorAll('header')].filter(pageLevel).length + count('[role=banner]'),
              navigation: count('nav, [role=navigation]'),
              main: count('main, [role=main]'),
              contentinfo: [...document.querySelectorAll('footer')].filter(pageLevel).length
                + count('[role=contentinfo]')
            };
            """;

    /** Null when the page fits the viewport's width; otherwise how wide it is and the elements that stick out. */
    static final String HORIZONTAL_OVERFLOW = DESCRIBE + """
            const root = document.documentElement, width = root.clientWidth;
            if (root.scrollWidth <= width) return null;
            const sticksOut = e => e.getBoundingClientRect().right > width + 1;
            const scrollsInside = e => {
              for (let box = e.parentElement; box && box !== document.body; box = box.parentElement) {
                if (getComputedStyle(box).overflowX !== 'visible') return true;
              }
              return false;
            };
            // Whatever sticks out past its parent, unless a scrolling box (such as a wide table's) holds it.
            const culprits = [...document.body.querySelectorAll('*')]
              .filter(e => sticksOut(e) && !sticksOut(e.parentElement) && !scrollsInside(e)).slice(0, 5).map(describe);
            return 'the page is ' + root.scrollWidth + 'px wide in a ' + width + 'px viewport; sticking out: '
              + (culprits.join(', ') || 'nothing found, look for negative margins or pseudo-elements');
            """;

    static final String DOUBLE_TEXT_SIZE = "document.documentElement.style.fontSize = '200%';";

    static final String RESET_TEXT_SIZE = "document.documentElement.style.fontSize = '';";

    /**
     * Tap targets under 24x24 CSS px (WCAG 2.2, 2.5.8 Target Size (Minimum)). A link that is part of a
     * sentence is exempt, as 2.5.8's "inline" exception allows: its height is set by the line of text it
     * sits in. We count a target as inline in a sentence when it is displayed inline and the nearest
     * block around it has other text besides the link's own (a link alone in a list item is not exempt).
     */
    static final String SMALL_TAP_TARGETS = DESCRIBE + """
            const words = e => e.textContent.replace(/\\s+/g, ' ').trim();
            const inSentence = e => {
              if (getComputedStyle(e).display !== 'inline') return false;
              let block = e.parentElement;
              while (['inline', 'contents'].includes(getComputedStyle(block).display)) block = block.parentElement;
              return words(block).length > words(e).length;
            };
            const targets = 'a[href], button, input:not([type=hidden]), select, textarea, summary';
            return [...document.querySelectorAll(targets)]
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden'
                && !inClosedDisclosure(e))
              .map(e => ({ e, box: e.getBoundingClientRect() }))
              .filter(({ e, box }) => (box.width < 24 || box.height < 24) && !inSentence(e))
              .map(({ e, box }) => describe(e) + ' is ' + box.width.toFixed(1) + 'x' + box.height.toFixed(1) + ' px');
            """;

    private static final String LOOK = """
            const look = e => {
              const s = getComputedStyle(e);
              const outline = s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0
                ? 'none' : s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;
              return { outline, shadow: s.boxShadow, background: s.backgroundColor };
            };
            """;

    /**
     * Remembers how every focusable element looks unfocused, for {@link #FOCUS_STEP} to compare with.
     * An element with tabindex="-1" is never a Tab stop, so it is never judged: that is main#main, which
     * the skip link focuses and which, as on GOV.UK, deliberately shows no ring around the whole page.
     */
    static final String REMEMBER_UNFOCUSED_LOOK = LOOK + """
            window.__unfocused = new Map();
            window.__reached = new Set();
            const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
            for (const e of document.querySelectorAll(focusable)) {
              window.__unfocused.set(e, JSON.stringify(look(e)));
            }
            """;

    /**
     * After one press of Tab: the focused element, whether its look changed visibly (a new outline, box
     * shadow or background), and whether it is the skip link. {@code done} once focus leaves the page
     * or comes back round to an element already reached.
     */
    static final String FOCUS_STEP = DESCRIBE + LOOK + """
            const e = document.activeElement;
            const left = !e || e === document.body || e === document.documentElement;
            if (left || window.__reached.has(e)) return { done: true };
            window.__reached.add(e);
            const was = window.__unfocused.has(e) ? JSON.parse(window.__unfocused.get(e)) : null;
            const now = look(e);
            const visible = was !== null && (
              (now.outline !== 'none' && now.outline !== was.outline)
              || (now.shadow !== 'none' && now.shadow !== was.shadow)
              || now.background !== was.background);
            return { done: false, element: describe(e), visible, skipLink: e.matches('a.skip-link[href="#main"]') };
            """;

    /** Elements in the Tab order (tabindex 0 or more, shown) that pressing Tab never reached. */
    static final String NOT_REACHED_BY_TAB = DESCRIBE + """
            // A group of radio buttons is one Tab stop; the arrow keys move within it.
            const groupReached = e => e.matches('input[type=radio]') && [...window.__reached]
              .some(r => r.matches('input[type=radio]') && r.name === e.name && r.form === e.form);
            return [...window.__unfocused.keys()]
              .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0
                && getComputedStyle(e).visibility !== 'hidden' && !inClosedDisclosure(e) && !window.__reached.has(e)
                && !groupReached(e))
              .map(describe);
            """;

    /** Where the page's h1 starts and where the crisis link ends, in CSS px from the top of the page. */
    static final String FIRST_SCREEN = """
            const top = e => e ? e.getBoundingClientRect().top + window.scrollY : -1;
            const bottom = e => e ? e.getBoundingClientRect().bottom + window.scrollY : -1;
            return { h1: top(document.querySelector('h1')),
              help: bottom(document.querySelector('.crisis-bar a.crisis-more')),
              screen: window.innerHeight };
            """;

    /** Whether a disclosure is open and its panel shown. */
    static final String DISCLOSURE_OPEN = """
            const summary = arguments[0], details = summary.parentElement;
            return details.open && [...details.children].some(e => e !== summary && e.getClientRects().length > 0);
            """;

    /**
     * On a wide screen, "On this page" must sit to the right of the article's text and, once the reader
     * has scrolled halfway down the text, still be in view.
     */
    static final String CONTENTS_BESIDE_TEXT = """
            const contents = document.querySelector('.article > .contents');
            const prose = document.querySelector('.article > .prose');
            if (!contents || !prose) return null;
            const problems = [];
            if (contents.getBoundingClientRect().left < prose.getBoundingClientRect().right) {
              problems.push('"On this page" is not beside the text');
            }
            // 'instant': the site scrolls smoothly when motion is allowed, and the box is read at once.
            window.scrollTo({ top: prose.offsetTop + prose.offsetHeight / 2, behavior: 'instant' });
            const box = contents.getBoundingClientRect();
            if (box.top < 0 || box.top > window.innerHeight / 2) {
              problems.push('"On this page" is out of view halfway down the text (top ' + Math.round(box.top) + 'px)');
            }
            window.scrollTo({ top: 0, behavior: 'instant' });
            return problems.join('; ') || null;
            """;

    static final String FOCUS_SKIP_LINK =
            "const link = document.querySelector('a.skip-link'); if (link) link.focus(); return link !== null;";

    static final String FOCUSED_ELEMENT = DESCRIBE + "return describe(document.activeElement);";

    static final String MAIN_HAS_FOCUS = "return document.activeElement === document.querySelector('main#main');";

    private InPage() {
    }
}
