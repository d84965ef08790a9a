// <dockplay-widget> as a docs page's reader meets it (www/dist/embed.html): point at a line and
// read the explanation, edit, switch panels, open in the playground; the page's styles and the
// widget's do not reach each other; a lazy widget loads nothing until scrolled to; twenty widgets
// share one engine; and the packed npm tarball's widget works. Behind the same guard as the
// playground's tests (no outside request, no console error).
import { test, expect } from './guard.mjs';
import { luminance, parseColor } from './colors.mjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CJK = /[\u3400-\u9fff]/;

const widget = (page, id) => page.locator(`#${id}`);
const shot = (page, name, options = {}) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), ...options });

/** The widget is drawn and its analysis is of the text on screen. */
async function ready(w, timeout = 20_000) {
  await expect(w.locator('.widget')).toBeVisible({ timeout });
  await expect(w.locator('.side-panel')).toHaveAttribute('aria-busy', 'false', { timeout });
}

/** Click the start of 1-based line `n` of the widget's editor (what pointing at a line is). */
async function clickLine(page, w, n) {
  const area = w.locator('textarea.source');
  await area.scrollIntoViewIfNeeded();
  const box = await area.boundingBox();
  await page.mouse.click(box.x + 14, box.y + 8 + (n - 1) * 20 + 10);
}

const panelTab = (w, name) => w.locator('.side-pane .tab', { hasText: name });

/** The module files a page fetched: the widget's one engine, never the JS package's as well. */
function oneEngine(asked) {
  expect(asked.filter((p) => p.endsWith('.wasm'))).toEqual(['/dockplay_widget_bg.wasm']);
  expect(asked.filter((p) => /\/(engine|index|dockplay)\.js$/.test(p))).toEqual([]);
}

test('a Dockerfile lesson: its cache panel opens first, a line explains itself, the suggested order fixes the cache', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/embed.html');
  const w = widget(page, 'w-cache');
  await ready(w);
  // The panels are the author's, in the author's order, the first one open.
  await expect(w.locator('.side-pane .tab')).toHaveText([/Build cache/, /Explain/, /Problems/]);
  await expect(panelTab(w, 'Build cache')).toHaveAttribute('aria-selected', 'true');
  // app.py changed: COPY . . and the pip install after it re-run.
  const step = (line) => w.locator(`.cache .step[data-line="${line}"]`);
  await expect(step(3)).toHaveAttribute('data-status', 'rebuilt');
  await expect(step(4)).toHaveAttribute('data-status', 'rebuilt');
  await shot(page, 'widget-cache', { clip: await w.boundingBox() });

  // The analysis event and the report property carry the report.
  const reported = page.evaluate(() => new Promise((resolve) => {
    document.getElementById('w-cache').addEventListener('dockplay-analysis', (e) => resolve(e.detail), { once: true });
  }));
  // The suggested order: dependencies first. The file changes and the install is cached.
  await w.locator('.suggestion .apply').click();
  await expect.poll(() => w.evaluate((el) => el.value)).toMatch(/COPY requirements\.txt[^\n]*\nRUN pip install[^\n]*\nCOPY \. \./);
  await ready(w);
  const detail = await reported;
  expect(detail.report.files[0].path).toBe('Dockerfile');
  expect(detail.cache.stages.length).toBe(1);
  expect(detail.cache.counts.cached).toBeGreaterThan(0);
  const stepNow = (re) => w.locator('.cache .step', { hasText: re });
  await expect(stepNow(/RUN pip install/)).toHaveAttribute('data-status', 'cached');
  await expect(stepNow(/COPY \. \./)).toHaveAttribute('data-status', 'rebuilt');
  expect(await w.evaluate((el) => el.report.report.files[0].path)).toBe('Dockerfile');

  // Point at a line: the Explain panel explains it.
  await panelTab(w, 'Explain').click();
  await clickLine(page, w, 2);
  await expect(w.locator('.explain-title')).toContainText('WORKDIR', { timeout: 15_000 });
  await clickLine(page, w, 1);
  await expect(w.locator('.explain-title')).toContainText('FROM', { timeout: 15_000 });
  await expect(w.locator('.side-panel')).toContainText(/base image/i);
  await shot(page, 'widget-explain', { clip: await w.boundingBox() });
  // The explanation came from the widget's own module, with the language's catalogue.
  oneEngine(asked);
  expect(asked).toContain('/catalogue.en.json');
});

test('a compose lesson: the network picture shows who reaches whom, and follows an edit', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/embed.html');
  const w = widget(page, 'w-network');
  await w.scrollIntoViewIfNeeded();
  await ready(w);
  await expect(panelTab(w, 'Network')).toHaveAttribute('aria-selected', 'true');
  const picture = w.locator('.picture svg');
  await expect(picture).toBeVisible({ timeout: 15_000 });
  // web and db share no network: the reach table says web cannot reach db.
  await expect(w.locator('.side-panel')).toContainText('frontend');
  await expect(w.locator('.side-panel')).toContainText('backend');
  const networksOfWeb = () => w.locator('.networks li', { hasText: 'backend' }).locator('.members .chip').allInnerTexts();
  expect(await networksOfWeb()).toEqual(['db']);
  // Put web on backend too, by typing.
  const area = w.locator('textarea.source');
  await area.click();
  const text = await area.inputValue();
  const at = text.indexOf('networks: [frontend]') + 'networks: [frontend'.length;
  await area.evaluate((el, at) => el.setSelectionRange(at, at), at);
  await page.keyboard.type(', backend');
  await ready(w);
  await expect.poll(networksOfWeb).toEqual(['db', 'web']);
  await expect(picture).toBeVisible();
  // The picture is shrunk to the widget's width: nothing to scroll sideways.
  const frame = w.locator('#network-picture');
  await expect(w.locator('#picture-fit')).toHaveAttribute('aria-pressed', 'true');
  expect(await frame.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
  expect(await picture.evaluate((s) => s.getBoundingClientRect().width)).toBeLessThanOrEqual(await frame.evaluate((p) => p.clientWidth) + 1);
  await shot(page, 'widget-network', { clip: await w.boundingBox() });
  oneEngine(asked);
});

test('Open in playground lands in the same files, language and panel', async ({ page, context }) => {
  await page.goto('/embed.html');
  const w = widget(page, 'w-readonly');
  await w.scrollIntoViewIfNeeded();
  await ready(w);
  const compose = await w.evaluate((el) => el.files['compose.yaml']);
  const link = w.locator('a.open-playground');
  await expect(link).toHaveText('在练习场中打开');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/index\.html#v1\/[A-Za-z0-9_-]+$/);
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(tab.locator('.toolbar')).toBeVisible();
  await expect(tab.locator('#source-compose')).toHaveValue(compose);
  await expect(tab.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(tab.locator('#panel-tab-explain')).toHaveAttribute('aria-selected', 'true');
  await tab.close();
});

test('a read-only Chinese widget: highlighted lines, the explanation in Chinese, typing changes nothing', async ({ page }) => {
  await page.goto('/embed.html');
  const w = widget(page, 'w-readonly');
  await w.scrollIntoViewIfNeeded();
  await ready(w);
  await expect(w.locator('.widget')).toHaveAttribute('lang', 'zh-CN');
  await expect(w.locator('.gutter .ln.hl')).toHaveText(['5', '6']);
  await expect(w.locator('.side-pane .tab')).toHaveText([/解释/, /问题/]);
  const before = await w.evaluate((el) => el.value);
  await w.locator('textarea.source').click();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Enter');
  expect(await w.evaluate((el) => el.value)).toBe(before);
  await expect(w.locator('textarea.source')).toHaveValue(before);
  // Point at the port mapping: it is explained, in Chinese.
  await clickLine(page, w, 5);
  const explain = w.locator('.side-panel');
  await expect(explain).toContainText('8000', { timeout: 15_000 });
  await expect(explain).toContainText(CJK);
  await expect(explain).toContainText('5000');
  // Named for screen readers; the panel tabs work from the keyboard (arrows move and focus).
  await expect(w.locator('.widget')).toHaveAttribute('role', 'region');
  await expect(w.locator('.widget')).toHaveAttribute('aria-label', 'dockplay 实时示例：compose.yaml');
  await panelTab(w, '解释').focus();
  await page.keyboard.press('ArrowRight');
  await expect(panelTab(w, '问题')).toHaveAttribute('aria-selected', 'true');
  await expect(panelTab(w, '问题')).toBeFocused();
  // No fix is offered in a read-only widget.
  await expect(w.locator('.side-panel .fix')).toHaveCount(0);
  await shot(page, 'widget-readonly-zh', { clip: await w.boundingBox() });
});

test('a dark widget on a light page; a malformed source shows its diagnostic with line and column', async ({ page }) => {
  await page.goto('/embed.html');
  const dark = widget(page, 'w-dark');
  await dark.scrollIntoViewIfNeeded();
  await ready(dark);
  const bg = (w) => w.locator('.widget').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(luminance(parseColor(await bg(dark)))).toBeLessThan(0.05);
  expect(luminance(parseColor(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)))).toBeGreaterThan(0.8);
  await shot(page, 'widget-dark', { clip: await dark.boundingBox() });
  // The author switches the theme: the widget follows.
  await dark.evaluate((el) => el.setAttribute('theme', 'light'));
  await expect.poll(async () => luminance(parseColor(await bg(dark)))).toBeGreaterThan(0.8);

  const broken = widget(page, 'w-broken');
  await broken.scrollIntoViewIfNeeded();
  await ready(broken);
  const problem = broken.locator('.side-panel li', { hasText: 'DC0001' }).first();
  await expect(problem).toContainText('line 3, column 12');
  await expect(broken.locator('.gutter .ln.error')).toHaveText('3');
  await shot(page, 'widget-broken', { clip: await broken.boundingBox() });
});

test('attributes react: lang, panels, highlight-lines, build settings; value and files set from the page', async ({ page }) => {
  await page.goto('/embed.html');
  const w = widget(page, 'w-cache');
  await ready(w);
  await w.evaluate((el) => el.setAttribute('lang', 'zh'));
  await expect(w.locator('.side-pane .tab').first()).toHaveText(/构建缓存/);
  await expect(w.locator('.widget-foot .open-playground')).toHaveText('在练习场中打开');
  await w.evaluate((el) => el.setAttribute('panels', 'problems explain'));
  await expect(w.locator('.side-pane .tab')).toHaveText([/问题/, /解释/]);
  await expect(w.locator('.side-pane .tab').first()).toHaveAttribute('aria-selected', 'true');
  await w.evaluate((el) => el.setAttribute('highlight-lines', '2,4-5'));
  await expect(w.locator('.gutter .ln.hl')).toHaveText(['2', '4', '5']);
  // A new value from the page is analysed.
  await w.evaluate((el) => { el.value = 'FROM ubuntu:latest\nRUN apt-get install curl\n'; });
  await ready(w);
  await expect(w.locator('textarea.source')).toHaveValue('FROM ubuntu:latest\nRUN apt-get install curl\n');
  await expect(w.locator('.side-panel')).toContainText('DL3007');
  // A second file appears as a tab.
  await w.evaluate((el) => { el.files = { ...el.files, '.dockerignore': '.git\n' }; });
  await expect(w.locator('.editor-pane .tab')).toHaveText([/Dockerfile/, /\.dockerignore/]);
  // Build settings: a target stage that does not exist is reported.
  await w.evaluate((el) => { el.value = 'FROM alpine AS base\nARG V=1\nRUN echo $V\nFROM base\nRUN echo two\n'; el.setAttribute('panels', 'cache'); el.setAttribute('target', 'base'); el.setAttribute('build-args', 'V=2'); });
  await ready(w);
  await expect(w.locator('#cache-target')).toHaveValue('base');
  await expect(w.locator('.cache .step[data-line="5"]')).toHaveAttribute('data-status', 'skipped');
  // The playground link carries them.
  const href = await w.locator('a.open-playground').getAttribute('href');
  const shared = await page.evaluate(async (link) => {
    const engine = await import('/engine.js');
    await engine.default();
    return engine.decodeShareLink(link.slice(link.indexOf('#'))).state;
  }, href);
  expect(shared).toMatchObject({ target: 'base', build_args: [['V', '2']], lang: 'zh', panel: 'cache' });
});

test('sources from same-origin src= files; height and the colour properties from the page', async ({ page }) => {
  await page.route('**/lesson/Dockerfile', (route) => route.fulfill({ contentType: 'text/plain', body: 'FROM debian\nRUN apt-get update\n' }));
  await page.route('**/lesson/stack.yml', (route) => route.fulfill({ contentType: 'text/yaml', body: 'services:\n  web:\n    image: nginx\n' }));
  await page.route('**/src-page.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/widget.js"></script>
      <link rel="stylesheet" href="/src-page.css"></head><body>
      <dockplay-widget id="a" height="300"><script type="text/x-dockerfile" src="/lesson/Dockerfile"></script>
        <script type="text/x-compose" src="/lesson/stack.yml"></script></dockplay-widget>
      <dockplay-widget id="b" src="/lesson/stack.yml"></dockplay-widget>
      <dockplay-widget id="c" src="https://example.org/Dockerfile"></dockplay-widget></body></html>`,
  }));
  await page.route('**/src-page.css', (route) => route.fulfill({ contentType: 'text/css', body: '#a { --accent: rgb(200, 0, 100); }' }));
  await page.goto('/src-page.html');
  const a = widget(page, 'a');
  await ready(a);
  await expect(a.locator('.editor-pane .tab')).toHaveText([/Dockerfile/, /compose\.yaml/]);
  await expect(a.locator('textarea.source')).toHaveValue('FROM debian\nRUN apt-get update\n');
  expect(await a.locator('.editor').evaluate((el) => el.getBoundingClientRect().height)).toBe(300);
  expect(await a.locator('.open-playground').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(200, 0, 100)');
  const b = widget(page, 'b');
  await ready(b);
  await expect(b.locator('textarea.source')).toHaveValue('services:\n  web:\n    image: nginx\n');
  await expect(b.locator('.side-pane .tab')).toHaveText([/Problems/, /Explain/, /Network/]);
  // A file of another origin is not fetched: the widget says so, in its place.
  await expect(widget(page, 'c').locator('.notice.failed')).toContainText("not on this page's origin");
  await expect(widget(page, 'c').locator('.notice.failed')).toContainText('The example\'s source could not be read');
});

test('the host page\'s styles do not reach the widget, and the widget\'s do not reach the page', async ({ page }) => {
  // The page without the widget module: what its own elements look like on their own.
  const probe = '<div id="probe"><button class="tab apply">b</button><p class="line editor hint">p</p><pre class="source">x</pre></div>';
  const styleOf = () => page.evaluate(() => [...document.querySelectorAll('#probe, #probe *')].map((el) => {
    const s = getComputedStyle(el);
    return [s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.padding, s.border, s.display].join('|');
  }));
  await page.route('**/embed.html', async (route) => {
    const r = await route.fetch();
    const body = (await r.text()).replace('<script type="module" src="widget.js"></script>', '');
    await route.fulfill({ response: r, body });
  });
  await page.goto('/embed.html');
  await page.evaluate((html) => document.querySelector('main').insertAdjacentHTML('afterbegin', html), probe);
  const alone = await styleOf();
  await page.unroute('**/embed.html');
  await page.goto('/embed.html');
  const w = widget(page, 'w-cache');
  await ready(w);
  await page.evaluate((html) => document.querySelector('main').insertAdjacentHTML('afterbegin', html), probe);
  expect(await styleOf(), 'the page\'s elements with the widget\'s class names').toEqual(alone);

  // Hostile page styles: nothing inside the widget changes.
  const inside = () => w.evaluate((el) => [...el.shadowRoot.querySelectorAll('.widget, .tab, textarea, .gutter, .widget-foot a, .side-panel h3')]
    .map((n) => { const s = getComputedStyle(n); return [s.color, s.backgroundColor, s.fontFamily, s.fontSize, s.lineHeight, s.letterSpacing, s.textAlign].join('|'); }));
  const before = await inside();
  // (A style sheet of the page's origin: its CSP refuses inline styles.)
  await page.route('**/hostile.css', (route) => route.fulfill({ contentType: 'text/css', body: `
    body { font: 30px/3 cursive; letter-spacing: 4px; text-align: center; color: red; }
    button, textarea, div, pre, a, h3, section { all: revert; color: lime !important; background: black !important; font-size: 40px !important; }
    .tab, .widget, .editor, .gutter { display: none !important; }` }));
  await page.addStyleTag({ url: '/hostile.css' });
  expect(await inside()).toEqual(before);
  await expect(w.locator('.widget')).toBeVisible();
});

test('a lazy widget loads nothing until scrolled to; a click widget waits for its click', async ({ page }) => {
  // A page of lazy and click widgets only: nothing of the engine loads at first.
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.route('**/lazy-only.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="widget.js"></script></head>
      <body><p>Top</p><dockplay-widget id="c" loading="click"><script type="text/x-dockerfile">FROM alpine:3.20\n</script></dockplay-widget>
      <div style="height:3000px"></div>
      <dockplay-widget id="l" loading="lazy"><script type="text/x-dockerfile">FROM debian\nRUN apt-get update\n</script></dockplay-widget></body></html>`,
  }));
  await page.goto('/lazy-only.html');
  const click = widget(page, 'c');
  await expect(click.locator('button.load')).toHaveText('Load the live example');
  await expect(click.locator('pre.preview')).toHaveText('FROM alpine:3.20');
  await page.waitForTimeout(1000);
  expect(asked.filter((p) => /wasm|dockplay_widget|worker/.test(p))).toEqual([]);
  await expect(widget(page, 'l').locator('.widget')).toHaveCount(0);

  await widget(page, 'l').scrollIntoViewIfNeeded();
  await ready(widget(page, 'l'));
  expect(asked).toContain('/dockplay_widget_bg.wasm');
  await expect(widget(page, 'l').locator('.side-panel')).toContainText('DL3006');
  // The click widget still waits; a click starts it on the engine already loaded.
  await expect(click.locator('.widget')).toHaveCount(0);
  await click.scrollIntoViewIfNeeded();
  await click.locator('button.load').click();
  await ready(click);
  expect(asked.filter((p) => p === '/dockplay_widget_bg.wasm')).toHaveLength(1);

  // On the demo page, the lazy widget below the fold is not drawn until scrolled to.
  await page.goto('/embed.html');
  await ready(widget(page, 'w-cache'));
  await expect(widget(page, 'w-lazy').locator('.widget')).toHaveCount(0);
  await widget(page, 'w-lazy').scrollIntoViewIfNeeded();
  await ready(widget(page, 'w-lazy'));
  await expect(widget(page, 'w-lazy').locator('.editor-pane .tab')).toHaveText([/Dockerfile/, /\.dockerignore/]);
});

test('twenty widgets share one engine and one worker, and the page stays responsive', async ({ page }) => {
  test.setTimeout(60_000);
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  const many = Array.from({ length: 20 }, (_, i) =>
    `<dockplay-widget id="m${i}" panels="problems"><script type="text/x-dockerfile">FROM node:${i}\nRUN npm install pkg${i}\n</script></dockplay-widget>`).join('\n');
  await page.route('**/many.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="widget.js"></script></head><body>${many}</body></html>`,
  }));
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/many.html');
  for (let i = 0; i < 20; i++) {
    const w = widget(page, `m${i}`);
    await ready(w, 30_000);
    // Each widget's report is of its own file.
    await expect(w.locator('.side-panel')).toContainText(`pkg${i}`);
  }
  expect(asked.filter((p) => p === '/dockplay_widget_bg.wasm')).toHaveLength(1);
  expect(workers.filter((u) => u.endsWith('/widget-worker.js'))).toHaveLength(1);
  // Typing in the last widget is answered by its own analysis.
  const last = widget(page, 'm19');
  await last.locator('textarea.source').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('USER node\n');
  await ready(last);
  await expect(last.locator('textarea.source')).toHaveValue(/USER node/);
  await expect(widget(page, 'm0').locator('textarea.source')).not.toHaveValue(/USER node/);
  const longest = await page.evaluate(() => Math.max(0, ...window.__long));
  test.info().annotations.push({ type: 'longest task', description: `${longest} ms` });
  expect(longest, 'the longest main-thread task while twenty widgets start').toBeLessThan(400);
  // A widget taken off the page leaves; the others keep working.
  await page.evaluate(() => document.getElementById('m3').remove());
  await widget(page, 'm4').locator('textarea.source').click();
  await page.keyboard.type('# x\n');
  await ready(widget(page, 'm4'));
});

test('the widget from the packed npm tarball works in a page that imports it', async ({ page }) => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'dockplay-widget-pack-'));
  try {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', path.join(ROOT, 'pkg'), '--pack-destination', scratch, '--json', '--loglevel=error'], { encoding: 'utf8' }));
    execFileSync('tar', ['xzf', path.join(scratch, packed.filename), '-C', scratch]);
    const dir = path.join(scratch, 'package');
    const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json' };
    await page.route('**/packed/**', (route) => {
      const file = path.join(dir, new URL(route.request().url()).pathname.replace(/^\/packed\//, ''));
      if (!file.startsWith(dir) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not in the tarball' });
      return route.fulfill({ body: fs.readFileSync(file), contentType: types[path.extname(file)] ?? 'application/octet-stream' });
    });
    await page.route('**/packed-page.html', (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
        <script type="module" src="/packed/widget.js"></script></head>
        <body><dockplay-widget id="p" panels="problems explain"><script type="text/x-dockerfile">
          FROM python
          COPY . .
        </script></dockplay-widget></body></html>`,
    }));
    await page.goto('/packed-page.html');
    const w = widget(page, 'p');
    await ready(w);
    await expect(w.locator('textarea.source')).toHaveValue('FROM python\nCOPY . .\n');
    await expect(w.locator('.side-pane .tab').first()).toHaveText(/问题/);
    await expect(w.locator('.side-panel')).toContainText('DL3006');
    await panelTab(w, '解释').click();
    await clickLine(page, w, 2);
    await expect(w.locator('.side-panel')).toContainText('COPY', { timeout: 15_000 });
    await expect(w.locator('.side-panel')).toContainText(CJK);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
