// The playground in Debian's Chromium, measured as a user meets it: first load (bytes as sent
// compressed by scripts/serve.py, and time to interactive), time to the first analysis,
// keystroke to repaint on a lesson file and on 10,000- and 50,000-line Dockerfiles, the longest
// main-thread task while pasting each hostile input (tests/hostile/cases.json) until its
// analysis is shown, the page's memory, and the first widget of the widget demo page. Prints a
// Markdown table.
// Run by scripts/bench-browser.sh, which builds and serves www/dist.
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';

const base = process.env.BENCH_URL || 'http://127.0.0.1:8766/';
const root = new URL('../../', import.meta.url).pathname;
const cases = JSON.parse(await readFile(root + 'tests/hostile/cases.json', 'utf8'));
const build = (parts) => parts.map(([t, n]) => Array.from({ length: n }, (_, i) => t.replaceAll('{i+1}', String(i + 1)).replaceAll('{i}', String(i))).join('')).join('');

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const rows = [];
const row = (what, value) => { rows.push([what, value]); console.error(`${what}: ${value}`); };

/** A fresh page with a long-task observer, loaded. */
async function open() {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const bytes = { sent: 0, files: 0 };
  page.on('requestfinished', async (r) => {
    const sizes = await r.sizes().catch(() => null);
    if (sizes) { bytes.sent += sizes.responseBodySize; bytes.files += 1; }
  });
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const t0 = Date.now();
  await page.goto(base, { waitUntil: 'load' });
  await page.locator('#source-dockerfile').waitFor();
  const interactive = Date.now() - t0;
  await settled(page);
  const firstAnalysis = Date.now() - t0;
  return { page, bytes, interactive, firstAnalysis };
}

/** Wait until the analysis of the current text is shown. */
async function settled(page, timeout = 60000) {
  await page.locator('.side-panel[aria-busy="false"]').waitFor({ timeout });
}

/** Paste `text` over a tab's text through the clipboard (select all, Ctrl+V), as a user does;
 * ms from the key to the first frame with the text in the editor. */
async function paste(page, text, tab = 'dockerfile') {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator(`#source-${tab}`).focus();
  await page.keyboard.press('Control+A');
  await page.evaluate(() => { window.__longest = 0; });
  const t0 = Date.now();
  await page.keyboard.press('Control+V');
  // The length of the text in the editor: the textarea's, or the large-file editor's.
  await page.waitForFunction((n) => {
    const area = document.querySelector('textarea.source');
    const host = document.querySelector('.cm-host');
    const length = area ? area.value.length : host && host.dockplayEditor ? host.dockplayEditor.text().length : -1;
    return length === n;
  }, text.length, { polling: 'raf', timeout: 60000 });
  return Date.now() - t0;
}

/** Type one character at the end with the keyboard, measuring from the key event to the next
 * paint after the input (median of `n`). */
async function keystroke(page, n = 15) {
  await page.locator('#source-dockerfile').focus();
  await page.keyboard.press('Control+End');
  const times = [];
  for (let i = 0; i < n; i++) {
    // Listened for on the window: the large-file editor's input events come out of its shadow root.
    const done = page.evaluate(() => new Promise((resolve) => {
      window.addEventListener('keydown', (e) => {
        const t0 = e.timeStamp;
        window.addEventListener('input', () => {
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        }, { once: true, capture: true });
      }, { once: true, capture: true });
    }));
    await page.waitForTimeout(20);
    // Characters only: CodeMirror makes Backspace itself (no input event to time).
    await page.keyboard.press('x');
    times.push(await done);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n) => metrics.find((m) => m.name === n)?.value || 0;
  return (get('JSHeapTotalSize') / 1048576).toFixed(0);
}

// BENCH_CASE=text measures only the hostile inputs whose name contains it.
const only = process.env.BENCH_CASE;
if (!only) {
  const { page, bytes, interactive, firstAnalysis } = await open();
  row('first load (as sent, compressed; rule docs fetched after it included)', `${(bytes.sent / 1024).toFixed(0)} KiB in ${bytes.files} files`);
  row('interactive (editor ready)', `${interactive} ms (budget 1 s)`);
  row('first analysis shown', `${firstAnalysis} ms`);
  const lesson = await readFile(root + '../shared/seed-examples/003-best-practice.Dockerfile', 'utf8');
  await paste(page, lesson);
  row('keystroke to repaint, lesson file (median)', `${(await keystroke(page)).toFixed(1)} ms`);
  const big = Array.from({ length: 10000 }, (_, i) => (i === 0 ? 'FROM python:3.12-slim' : i % 3 ? `RUN echo step ${i}` : `ENV V${i}=${i}`)).join('\n') + '\n';
  row('paste 10,000-line Dockerfile, to repaint', `${(await paste(page, big)).toFixed(0)} ms`);
  await settled(page);
  row('longest main-thread task from the 10,000-line paste to its analysis (budget 200 ms)', `${(await page.evaluate(() => window.__longest)).toFixed(0)} ms`);
  row('keystroke to repaint, 10,000 lines (median, budget 50 ms)', `${(await keystroke(page, 5)).toFixed(1)} ms`);
  row('JS heap after the 10,000 lines', `${await heapMB(page)} MB`);
  const huge = Array.from({ length: 50000 }, (_, i) => (i === 0 ? 'FROM python:3.12-slim' : `RUN echo step ${i}`)).join('\n') + '\n';
  const t1 = Date.now();
  row('paste 50,000-line Dockerfile, to repaint', `${(await paste(page, huge)).toFixed(0)} ms`);
  await settled(page);
  row('paste 50,000-line Dockerfile, to its analysis shown', `${Date.now() - t1} ms`);
  row('keystroke to repaint, 50,000 lines (median)', `${(await keystroke(page, 5)).toFixed(1)} ms`);
  row('longest main-thread task from the 50,000-line paste to typing in it (budget 200 ms)', `${(await page.evaluate(() => window.__longest)).toFixed(0)} ms`);
  await page.context().close();
}

// The network picture of a 30-service compose file (three tiers on two networks, ports,
// depends_on, volumes) in the engine's wasm (pkg/, which the page's worker runs), as the
// median of 30 calls after a warm-up: loading the file, the layered layout and the SVG
// (budget for the layout alone: 20 ms; no peer draws this picture, so no ratio).
{
  const { page } = await open();
  let compose = 'services:\n';
  for (let i = 0; i < 30; i++) {
    compose += `  svc${i}:\n    image: example/svc${i}\n`;
    if (i % 3 === 0) compose += `    ports: ["127.0.0.1:${8000 + i}:80"]\n    networks: [front]\n    depends_on: [svc${i + 1}]\n`;
    else if (i % 3 === 1) compose += `    networks: [front, back]\n    depends_on: [svc${i + 1}]\n`;
    else compose += `    networks: [back]\n    volumes: ["data${i}:/var/lib/data"]\n`;
  }
  compose += 'networks:\n  front:\n  back:\n    internal: true\n';
  const result = await page.evaluate(async (text) => {
    const engine = await import('./engine.js');
    await engine.default();
    engine.networkPicture(text, {});
    const times = [];
    let size = 0;
    for (let k = 0; k < 30; k++) {
      const t = performance.now();
      size = engine.networkPicture(text, { lang: 'en' }).length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { median: times[15], max: times[29], size };
  }, compose);
  row('network picture of 30 services in wasm: load, layout and SVG (budget 20 ms)', `${result.median.toFixed(1)} ms median, ${result.max.toFixed(1)} ms max, ${result.size} bytes`);
  await page.context().close();
}

// The widget demo page (embed.html): from navigation to the first widget's editor ready and
// to its first analysis shown (budget: interactive under 1 s), and the bytes as sent until then.
if (!only) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let sent = 0;
  page.on('requestfinished', async (r) => {
    const sizes = await r.sizes().catch(() => null);
    if (sizes) sent += sizes.responseBodySize;
  });
  const t0 = Date.now();
  await page.goto(new URL('embed.html', base).href, { waitUntil: 'load' });
  const first = page.locator('#w-cache');
  await first.locator('textarea.source').waitFor();
  const interactive = Date.now() - t0;
  await first.locator('.side-panel[aria-busy="false"]').waitFor({ timeout: 60000 });
  row('widget page: first widget interactive (budget 1 s)', `${interactive} ms, its first analysis at ${Date.now() - t0} ms, ${(sent / 1024).toFixed(0)} KiB sent`);
  await context.close();
}

// BENCH_QUICK=1 skips the hostile inputs.
for (const c of process.env.BENCH_QUICK ? [] : cases.filter((c) => c.kind !== 'cache' && (!only || c.name.includes(only)))) {
  const { page } = await open();
  if (c.kind === 'compose') await page.locator('#file-tab-compose').click();
  let ms;
  try {
    ms = await Promise.race([paste(page, build(c.text), c.kind === 'compose' ? 'compose' : 'dockerfile'), new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 60000))]);
    await settled(page);
  } catch (e) {
    row(`hostile: ${c.name}`, `did not settle in 60 s`);
    await page.context().close();
    continue;
  }
  const longest = await page.evaluate(() => window.__longest);
  row(`hostile: ${c.name}`, `${ms.toFixed(0)} ms to repaint, longest task ${longest.toFixed(0)} ms, heap ${await heapMB(page)} MB`);
  await page.context().close();
}
await browser.close();

console.log('| measure | result |');
console.log('|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
