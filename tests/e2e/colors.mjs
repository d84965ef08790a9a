// Colours and WCAG contrast, read from computed styles in the browser tests.
export function parseColor(s) {
  const m = s.match(/^rgba?\(([^)]+)\)$/);
  if (!m) throw new Error(`unexpected colour ${s}`);
  const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a };
}
export const over = (top, bottom) => ({
  r: top.r * top.a + bottom.r * (1 - top.a),
  g: top.g * top.a + bottom.g * (1 - top.a),
  b: top.b * top.a + bottom.b * (1 - top.a),
  a: 1,
});
export function luminance({ r, g, b }) {
  const lin = (c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The text colour of the first element matching `selector` and the background behind it. */
export async function colorsOf(page, selector) {
  const raw = await page.locator(selector).first().evaluate((el) => {
    const chain = [];
    for (let n = el; n; n = n.parentElement) chain.push(getComputedStyle(n).backgroundColor);
    return { color: getComputedStyle(el).color, chain };
  });
  let bg = { r: 255, g: 255, b: 255, a: 1 };
  for (const c of [...raw.chain].reverse()) bg = over(parseColor(c), bg);
  return { fg: over(parseColor(raw.color), bg), bg, raw };
}

