// Page-side functions of the keyboard and contrast test (a11y-focus.e2e.mjs). Playwright sends a function's
// source to the page, so `inPage(fn)` builds one expression: fn applied to the colour tools defined there.
//
// Contrast follows WCAG 2.1: relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB
// channels (c ≤ 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4), contrast ratio (L1 + 0.05) / (L2 + 0.05)
// (WCAG 2.1, definitions of "relative luminance" and "contrast ratio"; SC 1.4.3 and SC 1.4.11).

/** WCAG 2.1 colour tools, defined in the page (the functions below call `tools()` first). */
function tools() {
  const probe = document.createElement('canvas').getContext('2d');
  const parse = (css) => {
    let m = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\)$/.exec(css);
    if (!m) {
      probe.fillStyle = '#000';
      probe.fillStyle = css; // the canvas normalises any CSS colour to #rrggbb or rgba()
      const n = probe.fillStyle;
      if (n.startsWith('#')) return [1, 3, 5].map((i) => Number.parseInt(n.slice(i, i + 2), 16)).concat(1);
      m = /^rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+%?))?\)$/.exec(n);
      if (!m) return [0, 0, 0, 0];
    }
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
    return [Number(m[1]), Number(m[2]), Number(m[3]), a];
  };
  const over = (top, under) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1);
  };
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  /**
   * The opaque backdrops behind `el`: its and its ancestors' background colours composited, down to the first
   * opaque one; over the 3D canvas (the `.twin` section) both a white and a black backdrop.
   */
  const backdrops = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      if (e.classList.contains('twin') && e !== el) {
        const out = [
          [255, 255, 255, 1],
          [0, 0, 0, 1],
        ];
        return out.map((base) => layers.reduceRight((acc, l) => over(l, acc), base));
      }
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) return [layers.reduceRight((acc, l) => over(l, acc), [0, 0, 0, 1])];
    }
    return [layers.reduceRight((acc, l) => over(l, acc), [255, 255, 255, 1])];
  };
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  const describe = (el) => {
    const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
    return `${el.tagName.toLowerCase()}${cls} "${label.trim().replace(/\s+/g, ' ').slice(0, 60)}"`;
  };
  const fmt = (c) => `rgb(${c.slice(0, 3).map(Math.round).join(',')})`;
  return { parse, over, ratio, backdrops, opacity, describe, fmt };
}

/** An expression for page.evaluate: `fn(tools())` in the page. */
export const inPage = (fn) => `(${fn})((${tools})())`;

/** The focused element and whether its focus indicator is visible (null when nothing is focused). */
export function focusInfo(t) {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const path = [];
  for (let e = el; e && e !== document.body; e = e.parentElement) {
    path.push(e.parentElement ? [...e.parentElement.children].indexOf(e) : 0);
  }
  const r = el.getBoundingClientRect();
  const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
  // A visually hidden control (a file input, a radio in a segmented switch) shows its focus on what is seen:
  // its label, the button before it or its parent.
  const hidden = r.width <= 2 || r.height <= 2;
  const shown = hidden
    ? [el.closest('label'), el.previousElementSibling, el.parentElement].find((e) => {
        const b = e?.getBoundingClientRect();
        return b && b.width > 2 && b.height > 2;
      })
    : el;
  let why = shown ? '' : 'hidden, and nothing beside it shows the focus';
  if (shown) {
    const cs = getComputedStyle(shown);
    const outlineW = Number.parseFloat(cs.outlineWidth) || 0;
    const color = t.parse(cs.outlineColor);
    const ring = cs.boxShadow !== 'none' && /0px 0px 0px [2-9]/.test(cs.boxShadow);
    if (cs.outlineStyle === 'none' || outlineW < 2 || color[3] === 0) {
      if (!ring)
        why = `outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}, box-shadow ${cs.boxShadow}`;
    } else {
      const bgs = t.backdrops(shown.parentElement ?? shown);
      const worst = Math.min(...bgs.map((b) => t.ratio(t.over(color, b), b)));
      if (worst < 3)
        why = `outline colour ${cs.outlineColor} has ${worst.toFixed(2)}:1 against its background`;
    }
  }
  return {
    key: path.join('/'),
    what: `${t.describe(el).replace(/^(\w+)[^ ]* /, '$1 ')}`,
    inTwin: !!el.closest('.twin'),
    onScreen,
    ok: why === '',
    why,
  };
}

/** Text (and form controls) below the WCAG 2.1 SC 1.4.3 minimum, in the panes shown. */
export function contrastAudit(t) {
  const low = [];
  const els = [...document.querySelectorAll('body *')];
  for (const el of els) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
    const control = el.matches(
      'input:not([type=checkbox]):not([type=radio]):not([type=range]):not([type=file]), select, textarea',
    );
    if (!own && !control) continue;
    if (el.closest(':disabled, [aria-disabled="true"], svg, canvas')) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'visible') continue;
    const o = t.opacity(el);
    if (o === 0) continue;
    const size = Number.parseFloat(cs.fontSize);
    const bold = Number(cs.fontWeight) >= 700;
    const need = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
    const fg = t.parse(cs.color);
    for (const bg of t.backdrops(el)) {
      const text = t.over([fg[0], fg[1], fg[2], fg[3] * o], bg);
      const ratio = t.ratio(text, bg);
      if (ratio < need) {
        low.push({ what: t.describe(el), ratio: ratio.toFixed(2), need, color: cs.color, bg: t.fmt(bg) });
        break;
      }
    }
  }
  return low;
}
