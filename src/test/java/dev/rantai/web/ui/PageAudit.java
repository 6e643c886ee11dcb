package dev.rantai.web.ui;

import java.util.List;
import java.util.Map;

/**
 * Checks of the page open in a {@link Browser}, computed by the browser itself from the rendered page:
 * what a reader with a small screen, low vision, a screen reader or only a keyboard meets. Each check
 * returns what it found wrong (empty when all is well), described so that a failing test says where.
 */
final class PageAudit {
    /** How a problem names an element: tag, id, classes and the start of its text. */
    private static final String DESCRIBE = """
            const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
              + (e.classList.length ? '.' + [...e.classList].join('.') : '')
              + ' "' + (e.innerText || e.value || e.getAttribute('placeholder') || '').trim().slice(0, 40) + '"';
            """;

    /**
     * WCAG 2.x contrast of every piece of visible text (text nodes, field values and placeholders) against
     * its effective background: the background colours of the element and its ancestors, composited up to
     * the first opaque one. Large text (24px, or 18.66px bold) needs 3:1, all other text 4.5:1.
     */
    private static final String CONTRAST = DESCRIBE + """
            const parse = (c) => {
              let m = c.match(/^rgba?\\(([\\d.]+),\\s*([\\d.]+),\\s*([\\d.]+)(?:,\\s*([\\d.]+))?\\)$/);
              if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
              m = c.match(/^color\\(srgb ([\\d.e-]+) ([\\d.e-]+) ([\\d.e-]+)(?: \\/ ([\\d.e-]+))?\\)$/);
              if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]];
              return null;
            };
            const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
            const lum = (c) => {
              const [r, g, b] = c.slice(0, 3)
                .map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const ratio = (a, b) => {
              const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
              return (x + 0.05) / (y + 0.05);
            };
            const failures = [];
            const background = (el) => {
              const layers = [];
              for (let n = el; n; n = n.parentElement) {
                const s = getComputedStyle(n);
                if (s.backgroundImage !== 'none') {
                  failures.push(describe(el) + ': background image on ' + describe(n) + ', contrast not computable');
                }
                const c = parse(s.backgroundColor);
                if (!c) { failures.push(describe(n) + ': unreadable background ' + s.backgroundColor); return null; }
                if (c[3] > 0) layers.push(c);
                if (c[3] >= 1) break;
              }
              // Below the first opaque layer (the body has one) lies the white canvas.
              return layers.reverse().reduce((bg, layer) => over(layer, bg), [255, 255, 255, 1]);
            };
            const shown = (el) => {
              for (let n = el; n; n = n.parentElement) {
                const s = getComputedStyle(n);
                if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
                const r = n.getBoundingClientRect();
                // Visually hidden (1px, clipped): for screen readers only.
                if ((r.width <= 1 || r.height <= 1) && s.overflow !== 'visible') return false;
              }
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && r.right + scrollX > 0 && r.bottom + scrollY > 0;
            };
            const check = (el, colour, what) => {
              if (!shown(el) || el.closest(':disabled')) return 0;
              const s = getComputedStyle(el);
              const bg = background(el);
              const fg = parse(colour);
              if (!bg) return 1;
              if (!fg) { failures.push(describe(el) + ': unreadable colour ' + colour); return 1; }
              const size = parseFloat(s.fontSize);
              const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
              const needed = large ? 3 : 4.5;
              const r = ratio(over(fg, bg), bg);
              if (r < needed) failures.push(describe(el) + (what ? ' (' + what + ')' : '') + ': ' + r.toFixed(2)
                + ':1, needs ' + needed + ':1 (' + colour + ' on rgb(' + bg.slice(0, 3).map(Math.round) + '))');
              return 1;
            };
            const withText = new Set();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let t = walker.nextNode(); t; t = walker.nextNode()) {
              if (t.textContent.trim() && !t.parentElement.closest('script, style, noscript')) {
                withText.add(t.parentElement);
              }
            }
            let checked = 0;
            withText.forEach(el => { checked += check(el, getComputedStyle(el).color, ''); });
            document.querySelectorAll('input:not([type=hidden]), textarea').forEach(el => {
              if (el.value) checked += check(el, getComputedStyle(el).color, 'value');
              else if (el.placeholder) checked += check(el, getComputedStyle(el, '::placeholder').color, 'placeholder');
            });
            return { checked: checked, failures: failures };
            """;

    /** Form controls without an accessible name from a label, aria-label, aria-labelledby or a button's text. */
    private static final String UNNAMED_CONTROLS = DESCRIBE + """
            const text = (e) => (e && e.textContent || '').trim();
            return [...document.querySelectorAll('input, textarea, select, button')]
              .filter(e => e.type !== 'hidden')
              .filter(e => !(e.id && text(document.querySelector('label[for="' + CSS.escape(e.id) + '"]')))
                && !text(e.closest('label'))
                && !(e.getAttribute('aria-label') || '').trim()
                && !(e.getAttribute('aria-labelledby') && e.getAttribute('aria-labelledby').trim().split(/\\s+/)
                       .every(id => text(document.getElementById(id))))
                && !(e.tagName === 'BUTTON' && text(e)))
              .map(describe);
            """;

    /** The document's outline: language, headings, landmarks, images without alt, what the first Tab reaches. */
    private static final String STRUCTURE = DESCRIBE + """
            const focusable = 'a[href], button, input:not([type=hidden]), textarea, select, summary, '
              + '[tabindex]:not([tabindex="-1"])';
            const first = document.querySelector(focusable);
            const target = first && first.hash ? document.getElementById(first.hash.slice(1)) : null;
            return {
              lang: document.documentElement.lang || '',
              h1: document.querySelectorAll('h1').length,
              banners: document.querySelectorAll('body > header, [role=banner]').length,
              navigation: document.querySelectorAll('nav, [role=navigation]').length,
              mains: document.querySelectorAll('main, [role=main]').length,
              imagesWithoutAlt: [...document.querySelectorAll(
                'img:not([alt]), input[type=image]:not([alt]), svg[role=img]:not([aria-label])')].map(describe),
              firstFocusable: first ? describe(first) : '',
              skipsToMain: !!(target && (target.matches('main') || target.querySelector('main'))),
            };
            """;

    /**
     * Whether the page is wider than the screen ({@code arguments[0]} CSS px), and, to say why, the elements
     * that reach past its right edge outside a box that scrolls or clips them (absolute ones escape such boxes).
     */
    private static final String OVERFLOW = DESCRIBE + """
            const screen = arguments[0];
            const contained = (e) => {
              if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false;
              for (let n = e.parentElement; n && n !== document.body; n = n.parentElement) {
                if (getComputedStyle(n).overflowX !== 'visible') return true;
              }
              return false;
            };
            return {
              innerWidth: innerWidth,
              scrollWidth: document.documentElement.scrollWidth,
              sticking: [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > screen + 0.5 && !contained(e))
                .map(e => describe(e) + ' ends at ' + Math.round(e.getBoundingClientRect().right) + 'px'),
            };
            """;

    /** Size and place of an element, in CSS pixels, and the width of the page without its scroll bar. */
    private static final String BOX = """
            const e = document.querySelector(arguments[0]);
            if (!e) return null;
            const r = e.getBoundingClientRect(), s = getComputedStyle(e);
            return { left: r.left, right: r.right, top: r.top, width: r.width, height: r.height,
                     pageWidth: document.documentElement.clientWidth,
                     shown: s.display !== 'none' && s.visibility !== 'hidden' && r.width > 0 && r.height > 0 };
            """;

    /** The widest line of running text in main, in characters of the paragraph's font ("0" widths). */
    private static final String WIDEST_LINE = DESCRIBE + """
            let widest = { ch: 0, element: '' };
            document.querySelectorAll('main p').forEach(p => {
              const probe = document.createElement('span');
              probe.textContent = '0'.repeat(10);
              p.append(probe);
              const ch = probe.getBoundingClientRect().width / 10;
              probe.remove();
              const range = document.createRange();
              range.selectNodeContents(p);
              // One rectangle per line box of each inline; merge those on the same line.
              const lines = new Map();
              [...range.getClientRects()].forEach(r => {
                const key = Math.round(r.bottom);
                const l = lines.get(key) || { left: r.left, right: r.right };
                lines.set(key, { left: Math.min(l.left, r.left), right: Math.max(l.right, r.right) });
              });
              lines.forEach(l => {
                const w = (l.right - l.left) / ch;
                if (w > widest.ch) widest = { ch: w, element: describe(p) };
              });
            });
            return widest;
            """;

    /** How the focused element shows its focus: outline and box shadow. */
    private static final String FOCUS = DESCRIBE + """
            const e = document.activeElement;
            const s = getComputedStyle(e);
            return { element: describe(e), id: e.id || '', insideMain: !!e.closest('main'),
                     outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), boxShadow: s.boxShadow };
            """;

    private final Browser browser;

    PageAudit(Browser browser) {
        this.browser = browser;
    }

    record Contrast(long checked, List<String> failures) {
    }

    @SuppressWarnings("unchecked")
    Contrast contrast() {
        Map<String, Object> result = (Map<String, Object>) browser.script(CONTRAST);
        return new Contrast(((Number) result.get("checked")).longValue(), (List<String>) result.get("failures"));
    }

    @SuppressWarnings("unchecked")
    List<String> unnamedControls() {
        return (List<String>) browser.script(UNNAMED_CONTROLS);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> structure() {
        return (Map<String, Object>) browser.script(STRUCTURE);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> overflow(int screenWidth) {
        return (Map<String, Object>) browser.script(OVERFLOW, screenWidth);
    }

    /** The box of the first element matching {@code selector}, or null if there is none. */
    @SuppressWarnings("unchecked")
    Map<String, Object> box(String selector) {
        return (Map<String, Object>) browser.script(BOX, selector);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> widestLine() {
        return (Map<String, Object>) browser.script(WIDEST_LINE);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> focus() {
        return (Map<String, Object>) browser.script(FOCUS);
    }

    /** In how many columns (different left edges) the cards of a grid stand. */
    int cardColumns() {
        return ((Number) browser.script("return new Set([...document.querySelectorAll('.grid .card')]"
                + ".map(c => Math.round(c.getBoundingClientRect().left))).size;")).intValue();
    }

    /** Whether the focused element draws a focus indicator (an outline or a box shadow). */
    static boolean showsFocus(Map<String, Object> focus) {
        boolean outline = !"none".equals(focus.get("outlineStyle"))
                && ((Number) focus.get("outlineWidth")).doubleValue() > 0;
        return outline || !"none".equals(focus.get("boxShadow"));
    }
}
