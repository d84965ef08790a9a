// The playground as a person uses it: open the page, type, click, hover, paste, share, in both
// languages. Every test runs behind a network guard (no request may leave 127.0.0.1) and fails
// on any page error, console error or dialog (see the `guard` fixture).
//
// Run against a stable copy of the build:
//   rm -rf /tmp/e2e-dist && cp -r www/dist /tmp/e2e-dist
//   E2E_DIST=/tmp/e2e-dist npx playwright test --config tests/e2e/playwright.config.mjs
import { test, expect } from './guard.mjs';
import { colorsOf, contrast, luminance, parseColor } from './colors.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WWW = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../www');
const CJK = /[\u3400-\u9fff]/;

// ---------------------------------------------------------------------------------------------
// The lessons, read from the app's own source (www/src/examples.rs and www/examples/<id>/).

const RUST_STRING = String.raw`"(?:[^"\\]|\\.)*"`;

function readLessons() {
  const src = fs.readFileSync(path.join(WWW, 'src/examples.rs'), 'utf8');
  const list = src.slice(src.indexOf('pub const EXAMPLES'), src.indexOf('#[cfg(test)]'));
  return list.split(/\n    Example \{/).slice(1).map((block) => {
    const pair = (field) => {
      const m = block.match(new RegExp(`${field}: Text::of\\(\\s*(${RUST_STRING}),\\s*(${RUST_STRING}),?\\s*\\)`));
      if (!m) throw new Error(`examples.rs: no ${field} in ${block.slice(0, 80)}`);
      return { en: JSON.parse(m[1]), zh: JSON.parse(m[2]) };
    };
    const file = (field) => {
      const m = block.match(new RegExp(`\\n        ${field}: include_str!\\("\\.\\./(examples/[^"]+)"\\)`));
      return m ? fs.readFileSync(path.join(WWW, m[1]), 'utf8') : '';
    };
    return {
      id: block.match(/id: "([^"]+)"/)[1],
      title: pair('title'),
      summary: pair('summary'),
      dockerfile: file('dockerfile'),
      compose: file('compose'),
      opens: block.match(/opens: Opens::(\w+)/)[1] === 'Compose' ? 'compose' : 'dockerfile',
      changed: /changed: &\[\s*\]/.test(block) ? [] : ['(some)'],
      explains: ((m) => (m ? JSON.parse(m[1]) : null))(block.match(new RegExp(`explains: Some\\((${RUST_STRING})\\)`))),
    };
  });
}

const LESSONS = readLessons();
const lesson = (id) => LESSONS.find((l) => l.id === id);
const DEFAULT = LESSONS[0];

// ---------------------------------------------------------------------------------------------
// Helpers.

const editorOf = (page, tab = 'dockerfile') => page.locator(`#source-${tab}`);
const sidePanel = (page) => page.locator('.side-panel');
const shot = (page, name) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

/** The analysis is of the text on screen (the side panel is not busy). */
async function settled(page, timeout = 15_000) {
  await expect(sidePanel(page)).toHaveAttribute('aria-busy', 'false', { timeout });
}

/** Open the page and wait for the first analysis. */
async function open(page, url = '/') {
  const response = await page.goto(url);
  await expect(page.locator('.toolbar')).toBeVisible();
  await settled(page);
  return response;
}

async function selectTab(page, id) {
  await page.locator(`#file-tab-${id}`).click();
  await expect(page.locator(`#file-tab-${id}`)).toHaveAttribute('aria-selected', 'true');
}

async function selectPanel(page, id) {
  await page.locator(`#panel-tab-${id}`).click();
  await expect(page.locator(`#panel-tab-${id}`)).toHaveAttribute('aria-selected', 'true');
}

async function setLang(page, lang) {
  await page.getByRole('button', { name: lang === 'zh' ? '中文' : 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
}

/** Replace a tab's text the way typing does: select all, then type it (short texts). */
async function typeInto(page, tab, text) {
  const ed = editorOf(page, tab);
  await ed.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await ed.pressSequentially(text);
  await expect(ed).toHaveValue(text);
}

/** Replace a tab's text in one input event (what an IME commit does). Short texts only:
 *  Chromium takes about 13 ms per line feed this way (2,000 lines: 26 s). */
async function insertInto(page, tab, text) {
  const ed = editorOf(page, tab);
  await ed.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await expect.poll(() => ed.evaluate((el) => el.value.length)).toBe(text.length);
}

/** Paste `text` over the whole editor through the real clipboard: select all, paste. With
 *  `clearFirst`, the selection is deleted before the paste: Chromium's paste over a selection of
 *  several lines slows down with the size of the paste (10,000 lines: 3.7 s, 50,000: over 90 s),
 *  while a paste into the empty textarea takes 2.4 s for 50,000 lines. */
async function pasteInto(page, tab, text, { clearFirst = false } = {}) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const ed = editorOf(page, tab);
  await ed.click();
  await page.keyboard.press('Control+A');
  if (clearFirst) {
    await page.keyboard.press('Delete');
    await expect(ed).toHaveValue('');
  }
  const started = Date.now();
  await page.keyboard.press('Control+V');
  await expect.poll(async () => (await textOf(page, tab))?.length).toBe(text.length);
  test.info().annotations.push({ type: 'paste', description: `${text.length} chars, ${text.split('\n').length - 1} line feeds: ${Date.now() - started} ms` });
}

/** The whole text of a tab's editor: the textarea's value, or the large-file editor's text. */
const textOf = (page, tab = 'dockerfile') =>
  page.evaluate((id) => {
    const el = document.getElementById(`source-${id}`);
    if (el) return el.value;
    // The large-file editor lives in the shadow root of its host.
    const host = document.querySelector('.cm-host');
    return host && host.dockplayEditor ? host.dockplayEditor.text() : null;
  }, tab);

const selectedText = (ed) => ed.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
const readClipboard = (page) => page.evaluate(() => navigator.clipboard.readText());
const domSize = (page) => page.evaluate(() => document.getElementsByTagName('*').length);

/** A seeded pseudo-random generator (mulberry32), so a failing input can be reproduced. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bodyLuminance = (page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor).then((c) => luminance(parseColor(c)));

// ---------------------------------------------------------------------------------------------
// 1. First load.

test('first load: the default lesson, its problems, a strict CSP and no inline script', async ({ page }) => {
  const response = await open(page);
  expect(response.status()).toBe(200);
  const csp = response.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);

  await expect(page.locator('#examples')).toHaveValue(DEFAULT.id);
  await expect(page.locator('#examples option')).toHaveCount(LESSONS.length + 1);
  await expect(editorOf(page)).toHaveValue(DEFAULT.dockerfile);
  await expect(page.locator('#lesson')).toHaveText(DEFAULT.summary.en);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The lesson opens on the build cache; its problems are counted on the Problems tab.
  await expect(page.locator('#panel-tab-cache')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#panel-tab-problems .badge')).toHaveText(/^\d+$/);
  await selectPanel(page, 'problems');
  await expect(page.locator('.problems li.diagnostic').first()).toBeVisible();
  const n = await page.locator('.problems li.diagnostic').count();
  await expect(page.locator('#problem-summary').first()).toHaveText(`${n} problem${n === 1 ? '' : 's'}`);
  await expect(page.locator('#panel-tab-problems .badge')).toHaveText(String(n));
  await expect(page.locator('#counts')).toHaveText(/^\d+ instructions?, \d+ stages?$/);
  await shot(page, 'first-load-en');

  await setLang(page, 'zh');
  await expect(page.locator('#lesson')).toHaveText(DEFAULT.summary.zh);
  await expect(page.locator('#problem-summary').first()).toHaveText(`${n} 个问题`);
  await expect(page.locator('#panel-tab-problems')).toContainText('问题');
  await expect(page.locator('#counts')).toHaveText(/^\d+ 条指令，\d+ 个构建阶段$/);
  await expect(page).toHaveTitle(/练习场/);
  await settled(page);
  await shot(page, 'first-load-zh');
});

// 1b. The problem count for screen readers.

test('the problem count is announced by one live region, in the interface language', async ({ page }) => {
  // Once a bug, kept fixed here: the page holds two <p id="problem-summary" role="status" aria-live="polite"> (view.rs,
  // announcements(): the paragraph is written twice), so a screen reader announces every count
  // twice and the id is not unique. Reproduce: open the page, count '#problem-summary'.
  await open(page);
  await selectPanel(page, 'problems');
  await expect(page.locator('.problems li.diagnostic').first()).toBeVisible();
  const n = await page.locator('.problems li.diagnostic').count();
  expect(await page.locator('[id="problem-summary"]').count(), 'elements with id problem-summary').toBe(1);
  await expect(page.locator('#problem-summary')).toHaveAttribute('aria-live', 'polite');
  await expect(page.locator('#problem-summary')).toHaveText(`${n} problem${n === 1 ? '' : 's'}`);
  await setLang(page, 'zh');
  await expect(page.locator('#problem-summary')).toHaveText(`${n} 个问题`);
});

// 2. A syntax error as it is typed.

test('a syntax error typed on line 3 is listed with its position, marked in the gutter and underlined', async ({ page }) => {
  await open(page);
  await selectPanel(page, 'problems');
  const ed = editorOf(page);
  await typeInto(page, 'dockerfile', 'FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r1\nENV DEBUG\n');

  const problem = page.locator('.problems li.diagnostic.error').first();
  await expect(problem).toHaveAttribute('data-line', '3');
  await expect(problem.locator('.msg')).toContainText('ENV must have two arguments');
  await expect(problem.locator('.pos')).toHaveText('line 3, column 5');
  await expect(page.locator('#counts')).toHaveText('2 instructions, 1 stage');
  await expect(page.locator('.problem-group[data-file="Dockerfile"]')).toBeVisible();

  // The gutter marks line 3 (and only line 3) as an error; the underline covers DEBUG.
  await expect(page.locator('.gutter .ln').nth(2)).toHaveText('3');
  await expect(page.locator('.gutter .ln').nth(2)).toHaveClass(/\berror\b/);
  await expect(page.locator('.gutter .ln.error')).toHaveText(['3']);
  await expect(page.locator('.overlay .line').nth(2).locator('.mark.error')).toHaveText('DEBUG');

  // Clicking the problem selects exactly the offending text in the editor.
  await problem.locator('.pick').click();
  await expect(ed).toBeFocused();
  expect(await selectedText(ed)).toBe('DEBUG');

  // The same problem in Chinese.
  await setLang(page, 'zh');
  await expect(problem.locator('.pos')).toHaveText('第 3 行，第 5 列');
  await expect(problem.locator('.sev')).toHaveText('错误');
  await expect(problem.locator('.msg')).toHaveText(CJK);
});

// 3. The problem card: by pointer, by caret, Escape.

test('hovering an underline shows the problem card with its rule docs; the caret shows it too; Escape hides it', async ({ page }) => {
  await open(page);
  const ed = editorOf(page);
  const card = page.locator('#card-dockerfile');
  const mark = page.locator('.overlay .line').nth(7).locator('.mark.warning'); // "RUN pip install" line 8
  await expect(mark).toHaveText('pip');

  const hover = async (loc) => {
    const box = await loc.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  };
  await hover(mark);
  await expect(card).toBeVisible();
  await expect(card).toHaveClass(/problem-card warning/);
  await expect(card.locator('.rule')).toHaveText('DP1001');
  await expect(card.locator('.sev')).toHaveText('warning');
  await expect(card.locator('.msg')).toContainText('pip install');
  await expect(card.locator('.help')).toContainText('requirements.txt');
  await expect(card.locator('.fix')).toBeVisible();
  // The rule docs (rules.en.json) arrive lazily.
  await expect(card.locator('.rule-doc-toggle')).toHaveText(/^DP1001 · \S.+/);
  await card.locator('.rule-doc-toggle').click();
  await expect(card.locator('.rule-doc-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(card.locator('.rule-doc')).toContainText('Why: ');
  await expect(card.locator('.rule-doc')).toContainText('How to fix: ');
  await shot(page, 'problem-card-en');
  await card.locator('.close').click();
  await expect(card).toBeHidden();

  // By keyboard: the caret walks into "pip" on line 8.
  await ed.focus();
  await page.keyboard.press('Control+Home');
  await expect(ed).not.toHaveAttribute('aria-describedby', /./);
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await expect(card).toBeHidden();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(card).toBeVisible();
  await expect(card.locator('.rule')).toHaveText('DP1001');
  await expect(ed).toHaveAttribute('aria-describedby', 'card-dockerfile');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(ed).not.toHaveAttribute('aria-describedby', /./);
  await expect(ed).toBeFocused();

  // In Chinese, the card and its docs (rules.zh.json) are Chinese.
  await setLang(page, 'zh');
  await hover(mark);
  await expect(card).toBeVisible();
  await expect(card.locator('.sev')).toHaveText('警告');
  await expect(card.locator('.msg')).toHaveText(CJK);
  await expect(card.locator('.rule-doc-toggle')).toHaveText(/^DP1001 · .*[\u3400-\u9fff]/);
  await shot(page, 'problem-card-zh');
});

// 3b. The card is not clipped.

test('the problem card with its rule docs open is not cut off by the editor', async ({ page }) => {
  // Once a bug, kept fixed here: the card is positioned inside .editor, which has overflow: hidden, so whatever of the
  // card lies below the editor's bottom edge is cut off and cannot be scrolled to. Reproduce
  // (1280×720): hover "pip" on line 8 of the default lesson, open "DP1001 · …" in the card: the
  // "How to fix" paragraph and the link to the upstream docs are cut at the editor's edge
  // (screenshot problem-card-en.png).
  await open(page);
  const mark = page.locator('.overlay .line').nth(7).locator('.mark.warning');
  const box = await mark.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = page.locator('#card-dockerfile');
  await card.locator('.rule-doc-toggle').click();
  await expect(card.locator('.rule-doc-toggle')).toHaveAttribute('aria-expanded', 'true');
// Every paragraph of the card, the last one included, can be scrolled to and is not covered
  // or clipped: the element at its centre belongs to the card.
  const last = card.locator('.rule-doc p').last();
  await last.scrollIntoViewIfNeeded();
  const onTop = await last.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!hit && el.closest('.problem-card').contains(hit);
  });
  expect(onTop, 'the last paragraph of the card is visible, not clipped').toBe(true);
});

// 4. Fixes and undo.

test('a fix from the card changes the text; Ctrl+Z and the toast Undo each restore exactly the text before', async ({ page }) => {
  await open(page);
  await selectPanel(page, 'problems');
  const ed = editorOf(page);
  const before = 'FROM alpine:3.20\nMAINTAINER me\n';
  await typeInto(page, 'dockerfile', before);
  const item = page.locator('.problems li.diagnostic[data-rule="DL4000"]');
  await expect(item.locator('.fix')).toBeVisible();

  const card = page.locator('#card-dockerfile');
  const showCard = async () => {
    const mark = page.locator('.overlay .line').nth(1).locator('.mark').first();
    await expect(mark).toBeVisible();
    const box = await mark.boundingBox();
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await expect(card.locator('.rule')).toHaveText('DL4000');
  };

  // The card's fix button, then Ctrl+Z.
  await showCard();
  await expect(card.locator('.fix')).toHaveText(/^Fix: replace with LABEL/);
  await card.locator('.fix').click();
  await expect(ed).not.toHaveValue(before);
  await expect(ed).toHaveValue(/LABEL org\.opencontainers\.image\.authors/);
  expect(await ed.inputValue()).not.toContain('MAINTAINER');
  await expect(page.locator('#toast')).toContainText('Fix applied.');
  await expect(card).toBeHidden();
  await expect(ed).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(ed).toHaveValue(before);
  await expect(item.locator('.fix')).toBeVisible(); // analysed again: DL4000 is back

  // In Chinese: Ctrl+. from the card, then the toast's Undo button.
  await setLang(page, 'zh');
  await showCard();
  await ed.focus();
  await page.keyboard.press('Control+.');
  await expect(ed).toHaveValue(/LABEL org\.opencontainers\.image\.authors/);
  const toast = page.locator('#toast');
  await expect(toast).toContainText('已应用修复。');
  await toast.getByRole('button', { name: '撤销' }).click();
  await expect(ed).toHaveValue(before);

  // The list's own fix button works as well, and undoes the same way.
  await expect(item.locator('.fix')).toBeVisible();
  await item.locator('.fix').click();
  await expect(ed).toHaveValue(/LABEL org\.opencontainers\.image\.authors/);
  await page.keyboard.press('Control+z');
  await expect(ed).toHaveValue(before);
});

// 5. "Apply this order".

test('"Apply this order" reorders the Dockerfile and Ctrl+Z restores exactly the original', async ({ page }) => {
  await open(page);
  await page.locator('#examples').selectOption('cache-order');
  await expect(page.locator('#panel-tab-cache')).toHaveAttribute('aria-selected', 'true');
  const ed = editorOf(page);
  const original = lesson('cache-order').dockerfile;
  await expect(ed).toHaveValue(original);
  await expect(page.locator('.cache .step[data-line="8"]')).toHaveAttribute('data-status', 'rebuilt');
  await shot(page, 'cache-panel-en');

  await page.getByRole('button', { name: 'Apply this order to the Dockerfile' }).click();
  await expect(ed).not.toHaveValue(original);
  const reordered = await ed.inputValue();
  expect(reordered.indexOf('COPY requirements.txt')).toBeGreaterThan(-1);
  expect(reordered.indexOf('COPY requirements.txt')).toBeLessThan(reordered.indexOf('RUN pip install'));
  expect(reordered.indexOf('RUN pip install')).toBeLessThan(reordered.indexOf('COPY . .'));
  expect(reordered.match(/^FROM /gm)).toHaveLength(1); // not appended to the old text
  await settled(page);
  await expect(page.locator('.cache .suggestion')).toHaveCount(0);
  const install = reordered.split('\n').findIndex((l) => l.startsWith('RUN pip install')) + 1;
  await expect(page.locator(`.cache .step[data-line="${install}"]`)).toHaveAttribute('data-status', 'cached');

  await expect(ed).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(ed).toHaveValue(original);
  await settled(page);
  await expect(page.locator('.cache .suggestion')).toBeVisible();
  await expect(page.locator('.cache .step[data-line="8"]')).toHaveAttribute('data-status', 'rebuilt');

  await setLang(page, 'zh');
  await expect(page.locator('.cache .suggestion .apply')).toHaveText('把 Dockerfile 改成这个顺序');
  await expect(page.locator('.cache .step[data-line="8"] .status')).toHaveText('重新执行');
  await shot(page, 'cache-panel-zh');
});

// 6. Changed files.

test('an unticked changed file stays listed; pasting a new Dockerfile clears the old changed files', async ({ page }) => {
  await open(page);
  const cache = page.locator('.cache');
  const app = cache.locator('input[data-file="app.py"]');
  await expect(app).toBeChecked();
  await expect(cache.locator('.step[data-line="7"]')).toHaveAttribute('data-status', 'rebuilt');

  await app.uncheck();
  await settled(page);
  await expect(app).toHaveCount(1);
  await expect(app).not.toBeChecked();
  await expect(cache.locator('.step[data-line="7"]')).toHaveAttribute('data-status', 'cached');

  // A file added in the panel is ticked; unticked, it stays too.
  await cache.locator('.add-file input').pressSequentially('src/extra.py');
  await page.keyboard.press('Enter');
  const extra = cache.locator('input[data-file="src/extra.py"]');
  await expect(extra).toBeChecked();
  await extra.uncheck();
  await settled(page);
  await expect(extra).toHaveCount(1);
  await expect(extra).not.toBeChecked();
  await app.check();
  await settled(page);
  await expect(cache.locator('.step[data-line="7"] .reason')).toContainText('app.py');

  // The build context tab lists the same files.
  await selectTab(page, 'context');
  await expect(page.locator('.context-list li[data-file="app.py"]')).toHaveClass(/changed/);
  await expect(page.locator('.context-list li[data-file="src/extra.py"]')).not.toHaveClass(/changed/);
  await shot(page, 'context-tab-en');

  // Another project pasted over the whole Dockerfile: the old files mean nothing to it.
  await selectTab(page, 'dockerfile');
  const node = 'FROM node:22-alpine\nWORKDIR /srv\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY server.js ./\nUSER node\nCMD ["node", "server.js"]\n';
  await pasteInto(page, 'dockerfile', node);
  await expect(editorOf(page)).toHaveValue(node);
  await settled(page);
  await expect(cache.locator('.step').first()).toBeVisible();
  await expect(cache.locator('input[data-file="app.py"]')).toHaveCount(0);
  await expect(cache.locator('input[data-file="src/extra.py"]')).toHaveCount(0);
  await expect(cache.locator('input[type=checkbox]:checked')).toHaveCount(0);
  await expect(cache.locator('.steps')).not.toContainText('app.py');
  await expect(cache.locator('.steps')).not.toContainText('extra.py');
  await selectTab(page, 'context');
  await expect(page.locator('.context-list li')).toHaveCount(0);
});

// 7. Every lesson.

test('every lesson of the menu loads with its file, its summary and its panel', async ({ page }) => {
  test.setTimeout(60_000);
  await open(page);
  const ids = await page.locator('#examples option:not([value=""])').evaluateAll((o) => o.map((x) => x.value));
  expect(ids).toEqual(LESSONS.map((l) => l.id));
  for (const l of LESSONS) {
    await page.locator('#examples').selectOption(l.id);
    await expect(page.locator('#examples')).toHaveValue(l.id);
    await expect(page.locator(`#file-tab-${l.opens}`)).toHaveAttribute('aria-selected', 'true');
    await expect(editorOf(page, l.opens)).toHaveValue(l.opens === 'compose' ? l.compose : l.dockerfile);
    await expect(page.locator('#lesson')).toHaveText(l.summary.en);
    const panel = l.explains ? 'explain' : l.changed.length ? 'cache' : l.opens === 'compose' ? 'network' : 'problems';
    await expect(page.locator(`#panel-tab-${panel}`)).toHaveAttribute('aria-selected', 'true');
    await settled(page);
    if (panel === 'network') await expect(page.locator('#reach-matrix')).toBeVisible();
    if (panel === 'cache') await expect(page.locator('.cache .step').first()).toBeVisible();
    if (panel === 'explain') {
      // The lesson's line is explained, and the caret is on it.
      await expect(page.locator('#explain-item .explain-title')).toHaveText(l.explains.split(' ')[0]);
      const ed = editorOf(page, l.opens);
      const caretLine = await ed.evaluate((el) => el.value.slice(0, el.selectionStart).split('\n').length);
      const want = (await ed.inputValue()).split('\n').findIndex((x) => x.startsWith(l.explains)) + 1;
      expect(caretLine).toBe(want);
      await expect(page.locator('#explain-item h2 .explain-lines')).toHaveText(`line ${want}`);
    }
    if (l.id === 'two-networks') {
      const cell = (from, to) => page.locator(`#reach-matrix td[data-from="${from}"][data-to="${to}"]`);
      await expect(cell('nginx', 'db')).toHaveClass(/\bno\b/);
      await expect(cell('nginx', 'app')).toHaveClass(/\byes\b/);
      await expect(cell('app', 'db')).toHaveClass(/\byes\b/);
      await expect(page.locator('.reach-list')).not.toContainText(/nginx\s*→\s*db/);
      await shot(page, 'network-panel-en');
    }
    await shot(page, `lesson-${l.id}-en`);
  }

  await setLang(page, 'zh');
  for (const id of ['cache-order', 'two-networks', 'multi-stage']) {
    const l = lesson(id);
    await page.locator('#examples').selectOption(id);
    await expect(page.locator('#examples option:checked')).toHaveText(l.title.zh);
    await expect(page.locator('#lesson')).toHaveText(l.summary.zh);
    await settled(page);
    await shot(page, `lesson-${id}-zh`);
  }
});

// 8. Share links and Markdown.

test('a share link (Ctrl+S) reopens the same Dockerfile, language and panel; Markdown is fenced', async ({ page, context, guard }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  const ed = editorOf(page);
  await ed.click();
  await page.keyboard.press('Control+End');
  await ed.pressSequentially('LABEL org.example.shared="yes"\n');
  const text = await ed.inputValue();
  expect(text).toBe(`${DEFAULT.dockerfile}LABEL org.example.shared="yes"\n`);
  await setLang(page, 'zh');
  await selectPanel(page, 'network');
  await settled(page);

  await page.keyboard.press('Control+s');
  await expect(page.locator('#toast')).toContainText('链接已复制');
  const url = await readClipboard(page);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#v1\/[A-Za-z0-9_-]+$/);
  expect(page.url()).toBe(url);

  const fresh = await guard.newContext();
  await fresh.grantPermissions(['clipboard-read', 'clipboard-write']);
  const other = await fresh.newPage();
  await open(other, url);
  await expect(editorOf(other)).toHaveValue(text);
  await expect(other.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(other.locator('#panel-tab-network')).toHaveAttribute('aria-selected', 'true');
  await expect(other.locator('.side-panel')).toContainText('没有 compose 文件');
  await expect(other.locator('#link-error')).toHaveCount(0);

  // Copy as Markdown: the Dockerfile in a fence, its problems listed.
  await page.locator('#markdown').click();
  await expect(page.locator('#toast')).toContainText('已复制为 Markdown');
  const md = await readClipboard(page);
  expect(md).toContain(`**Dockerfile**\n\n\`\`\`dockerfile\n${text}\`\`\`\n`);
  expect(md).toMatch(/- 8:5 \*\*警告\*\* `DP1001`/);
});

// 9. Broken links.

test('a malformed, an oversize and an unknown-version link each show the link error and the default lesson', async ({ page, context }) => {
  const expectDefault = async (p) => {
    await expect(p.locator('#link-error')).toBeVisible();
    await expect(p.locator('#link-error')).toHaveAttribute('role', 'alert');
    await expect(editorOf(p)).toHaveValue(DEFAULT.dockerfile);
    await expect(p.locator('#lesson')).toHaveText(DEFAULT.summary.en);
    await expect(p.locator('.toolbar')).toBeVisible();
    await settled(p);
  };
  // Chromium refuses to navigate to a longer URL (net::ERR_ABORTED), so the 2.2 MB hash is set
  // from within a fresh page, as a hash edited in the address bar is.
  await open(page);
  await page.evaluate(() => { location.hash = `v1/${'A'.repeat(2_200_000)}`; });
  await expectDefault(page);
  await expect(page.locator('#link-error')).toContainText('2200003 bytes long; at most 2097152 are read');
  await setLang(page, 'zh');
  await expect(page.locator('#link-error h2')).toHaveText('无法打开这个分享链接');
  await expect(page.locator('#link-error')).toContainText('最多只读取 2097152 字节');
  await shot(page, 'link-error-zh');
  await page.locator('#link-error button').click();
  await expect(page.locator('#link-error')).toHaveCount(0);
  await setLang(page, 'en');

  // Fresh loads (the tests' context starts without storage).
  const cases = [
    ['#v1/!!!notbase64', 'not base64url'],
    ['#v9/abc', 'version v9'],
  ];
  for (const [hash, why] of cases) {
    const p = await context.newPage();
    await p.goto(`/${hash}`);
    await expectDefault(p);
    await expect(p.locator('#link-error h2')).toHaveText('This share link could not be opened');
    await expect(p.locator('#link-error')).toContainText(why);
    if (hash.startsWith('#v1')) await shot(p, 'link-error-en');
    await p.close();
  }

  // The longest URL Chromium opens (2 MiB) loads and is refused by the app.
  const base = test.info().project.use.baseURL;
  const longest = `${base}#v1/${'A'.repeat(2 * 1024 * 1024 - `${base}#v1/`.length)}`;
  const p = await context.newPage();
  await p.goto(longest);
  await expectDefault(p);
  await expect(p.locator('#link-error')).toContainText('damaged or too large');
  await p.close();

});

// 9b. A broken link and the saved work.

test('opening a broken share link keeps the work saved from the last visit', async ({ page, context }) => {
  // Once a bug, kept fixed here: the saved work is lost. A page opened on a link that cannot be read (#v1/!!!notbase64)
  // shows the default lesson, as it should, but once the worker answers it saves that lesson
  // under localStorage "dockplay.state" over the learner's own files: the next visit to / opens
  // the default lesson, and what was typed before is gone. (app.rs saves every analysed state,
  // and initial_state() starts from the default lesson when the hash does not decode.)
  await open(page);
  const ed = editorOf(page);
  await ed.click();
  await page.keyboard.press('Control+End');
  await ed.pressSequentially('LABEL mine="my own work"\n');
  const text = await ed.inputValue();
  await settled(page);
  const stored = (p) => p.evaluate(() => localStorage.getItem('dockplay.state'));
  await expect.poll(() => stored(page)).toMatch(/^v1\//);
  const mine = await stored(page);
  await page.reload();
  await expect(editorOf(page)).toHaveValue(text); // saved indeed
  await page.close();

  const broken = await context.newPage();
  await broken.goto('/#v1/!!!notbase64');
  await expect(broken.locator('#link-error')).toBeVisible();
  await expect(editorOf(broken)).toHaveValue(DEFAULT.dockerfile);
  await settled(broken);
  await expect.poll(() => stored(broken), { timeout: 2_000 }).toBe(mine);
  await broken.close();

  const again = await context.newPage();
  await open(again, '/');
  await expect(editorOf(again)).toHaveValue(text);
});

// 10. Persistence.

test('the text and the language persist across a reload; a zh-CN browser starts in Chinese', async ({ page, guard }) => {
  await open(page);
  const ed = editorOf(page);
  await ed.click();
  await page.keyboard.press('Control+End');
  await ed.pressSequentially('HEALTHCHECK CMD curl -f http://localhost:5000/ || exit 1\n');
  const text = await ed.inputValue();
  await settled(page);
  const stored = () => page.evaluate(() => localStorage.getItem('dockplay.state'));
  await expect.poll(stored).toMatch(/^v1\//);
  const english = await stored();
  await setLang(page, 'zh');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('dockplay.lang'))).toBe('zh');
  // The saved state carries the language too; it is saved again once the worker answers.
  await expect.poll(stored).not.toBe(english);

  await page.reload();
  await settled(page);
  await expect(editorOf(page)).toHaveValue(text);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '中文', exact: true })).toHaveAttribute('aria-pressed', 'true');

  const zh = await guard.newContext({ locale: 'zh-CN' });
  const p = await zh.newPage();
  await open(p);
  await expect(p.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(p.locator('#lesson')).toHaveText(DEFAULT.summary.zh);
  await expect(editorOf(p)).toHaveValue(DEFAULT.dockerfile);

  const en = await guard.newContext({ locale: 'en-GB' });
  const q = await en.newPage();
  await open(q);
  await expect(q.locator('html')).toHaveAttribute('lang', 'en');
});

// 11. Colours.

test('a dark system scheme gives a dark page; the theme toggle cycles and data-theme follows', async ({ page, guard }) => {
  const dark = await guard.newContext({ colorScheme: 'dark' });
  const p = await dark.newPage();
  await open(p);
  const html = p.locator('html');
  await expect(html).not.toHaveAttribute('data-theme', /./);
  expect(await bodyLuminance(p)).toBeLessThan(0.05);
  await expect(p.locator('#theme')).toHaveText('Colours: system');
  await shot(p, 'dark-en');

  await p.locator('#theme').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(p.locator('#theme')).toHaveText('Colours: light');
  await expect.poll(() => bodyLuminance(p)).toBeGreaterThan(0.8);
  await p.locator('#theme').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(p.locator('#theme')).toHaveText('Colours: dark');
  await expect.poll(() => bodyLuminance(p)).toBeLessThan(0.05);
  await p.locator('#theme').click();
  await expect(html).not.toHaveAttribute('data-theme', /./);
  await expect(p.locator('#theme')).toHaveText('Colours: system');
  await expect.poll(() => bodyLuminance(p)).toBeLessThan(0.05);

  // In a light system: dark on demand, remembered over a reload, named in Chinese too.
  await open(page);
  expect(await bodyLuminance(page)).toBeGreaterThan(0.8);
  await page.locator('#theme').click();
  await page.locator('#theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => bodyLuminance(page)).toBeLessThan(0.05);
  await page.reload();
  await settled(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bodyLuminance(page)).toBeLessThan(0.05);
  await setLang(page, 'zh');
  await expect(page.locator('#theme')).toHaveText('配色：深色');
  await selectPanel(page, 'problems');
  await shot(page, 'dark-zh');
});

// 12. Narrow and wide screens.

test('no horizontal overflow at 360 px; the reachability matrix stays inside its panel at 1400 px', async ({ page }) => {
  const overflow = () => page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  expect((await overflow()).scrollWidth).toBeLessThanOrEqual(360);
  await shot(page, 'mobile-cache-en');
  await selectPanel(page, 'problems');
  expect((await overflow()).scrollWidth).toBeLessThanOrEqual(360);
  await setLang(page, 'zh');
  expect((await overflow()).scrollWidth).toBeLessThanOrEqual(360);
  await setLang(page, 'en');

  await page.locator('#examples').selectOption('two-networks');
  await expect(page.locator('#panel-tab-network')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#reach-matrix')).toBeVisible();
  expect((await overflow()).scrollWidth).toBeLessThanOrEqual(360);
  await shot(page, 'mobile-network-en');

  await page.setViewportSize({ width: 1400, height: 900 });
  await expect(page.locator('#reach-matrix')).toBeVisible();
  const o = await overflow();
  expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
  const m = await page.evaluate(() => {
    const panel = document.querySelector('.side-panel');
    const p = panel.getBoundingClientRect();
    const t = document.querySelector('#reach-matrix').getBoundingClientRect();
    return { panelLeft: p.left, panelRight: p.right, left: t.left, right: t.right,
      scrollWidth: panel.scrollWidth, clientWidth: panel.clientWidth, innerWidth: window.innerWidth };
  });
  expect(m.scrollWidth, 'the side panel scrolls sideways').toBeLessThanOrEqual(m.clientWidth);
  expect(m.panelRight).toBeLessThanOrEqual(m.innerWidth);
  expect(m.left).toBeGreaterThanOrEqual(m.panelLeft);
  expect(m.right).toBeLessThanOrEqual(m.panelRight);
});

// 13. IME.

test('composing Chinese with an IME commits the text once and the analysis follows', async ({ page }) => {
  await open(page);
  await setLang(page, 'zh');
  await selectPanel(page, 'problems');
  const ed = editorOf(page);
  await typeInto(page, 'dockerfile', 'FROM ');
  await expect(page.locator('.problems li.diagnostic[data-rule="DP0004"]')).toBeVisible();

  await ed.focus();
  await page.keyboard.press('Control+End');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '镜', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '镜像', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '镜像' });
  await expect(ed).toHaveValue('FROM 镜像');
  expect((await ed.inputValue()).split('镜像')).toHaveLength(2);

  const tagless = page.locator('.problems li.diagnostic[data-rule="DL3006"]');
  await expect(tagless).toBeVisible();
  await expect(tagless.locator('.msg')).toContainText('镜像');
  await expect(page.locator('.problems li.diagnostic[data-rule="DP0004"]')).toHaveCount(0);
  // The underline covers the two wide characters exactly.
  await expect(page.locator('.overlay .line').first().locator('.mark', { hasText: '镜像' })).toHaveText('镜像');
  await tagless.locator('.pick').click();
  expect(await selectedText(ed)).toBe('镜像');
  await ed.press('End');
  await ed.pressSequentially(':1');
  await expect(ed).toHaveValue('FROM 镜像:1');
  await expect(tagless).toHaveCount(0);
});

// 14. Large input.

/** Record the page's long tasks (over 50 ms) from now on; `longest` reads the longest so far. */
const watchLongTasks = (page) =>
  page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
const longest = (page) => page.evaluate(() => Math.max(0, ...window.__long));

/** Press a key in the focused editor: ms from keydown to the frame after the input event. */
async function keystroke(page, key = 'a') {
  await page.evaluate(() => {
    const host = document.querySelector('.cm-host');
    const el = document.querySelector('#source-dockerfile') || host.shadowRoot.querySelector('#source-dockerfile');
    window.__key = {};
    window.addEventListener('keydown', () => { window.__key.down = performance.now(); }, { capture: true, once: true });
    el.addEventListener('input', () => {
      window.__key.input = performance.now();
      requestAnimationFrame(() => { window.__key.frame = performance.now(); });
    }, { once: true });
  });
  await page.keyboard.press(key);
  await expect.poll(() => page.evaluate(() => window.__key.frame)).toBeGreaterThan(0);
  return page.evaluate(() => window.__key.frame - window.__key.down);
}

test('a 50,000-line paste switches to the large-file editor: no task over 200 ms, typing fast, undo', async ({ page, guard }) => {
  test.setTimeout(180_000);
  await open(page);
  await selectPanel(page, 'problems');
  const lesson = await textOf(page);
  const lines = ['FROM alpine:3.22', 'USER 1000'];
  for (let i = 3; i <= 50_000; i++) {
    lines.push(i % 10 === 0 ? `RUN echo step ${i}` : i % 10 === 5 ? `ENV VAR_${i}=value${i}` : `# note ${i}`);
  }
  const big = `${lines.join('\n')}\n`;
  await watchLongTasks(page);
  await pasteInto(page, 'dockerfile', big);
  await expect(page.locator('.editor.large .cm-editor')).toBeVisible();
  await settled(page, 60_000);
  await expect(page.locator('#counts')).toHaveText(/^\d{4,} instructions, 1 stage$/);
  expect(await domSize(page)).toBeLessThan(6000);
  const pasteTask = await longest(page);
  test.info().annotations.push({ type: 'longest task, 50,000-line paste', description: `${pasteTask.toFixed(0)} ms` });
  expect(pasteTask, 'longest main-thread task of the paste and its analysis (ms)').toBeLessThan(200);

  // The editor is named and focusable like the textarea; typing at the end is fast.
  const ed = editorOf(page);
  await expect(ed).toHaveAttribute('aria-label', /Dockerfile/);
  await ed.focus();
  await page.keyboard.press('Control+End');
  await watchLongTasks(page);
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await keystroke(page));
  test.info().annotations.push({ type: 'keystrokes (50k lines)', description: times.map((t) => `${t.toFixed(0)} ms`).join(', ') });
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  expect(median(times), 'median key → frame (ms)').toBeLessThan(50);
  for (const t of times) expect(t, 'key → frame (ms)').toBeLessThan(200);
  await expect.poll(async () => (await textOf(page)).endsWith('\naaaaa')).toBe(true);
  await settled(page, 60_000);
  expect(await longest(page), 'longest task while typing and analysing (ms)').toBeLessThan(200);

  // A problem in the large file is underlined, marked in the gutter and has its card.
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('RUN cd /tmp');
  await settled(page, 60_000);
  const mark = page.locator('.cm-content .mark.warning', { hasText: /^cd$/ }).last();
  await expect(mark).toBeVisible();
  await expect(page.locator('.cm-gutterElement.warning').last()).toHaveText('50002');
  await mark.hover();
  await expect(page.locator('.problem-card')).toContainText(/DL3003|SC2164/);
  await shot(page, 'large-editor');

  // Ctrl+Z undoes back through the typing to the pasted text, and then to the lesson before it.
  await page.keyboard.press('Escape');
  await ed.focus();
  const steps = [];
  for (let i = 0; i < 12 && steps.at(-1) !== 'lesson'; i++) {
    await page.keyboard.press('Control+Z');
    const now = await textOf(page);
    steps.push(now === big ? 'pasted' : now === lesson ? 'lesson' : 'typed');
  }
  expect(steps.slice(-2), `texts after each Ctrl+Z: ${steps.join(', ')}`).toEqual(['pasted', 'lesson']);

  // 1 MB of random printable ASCII (with line feeds among the symbols), in a fresh page.
  const fresh = await guard.newContext();
  page = await fresh.newPage();
  await open(page);
  await selectPanel(page, 'problems');
  const rand = rng(20261201);
  const alphabet = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '\n';
  let noise = '';
  for (let i = 0; i < 1_000_000; i++) noise += alphabet[Math.floor(rand() * alphabet.length)];
  await watchLongTasks(page);
  await pasteInto(page, 'dockerfile', noise);
  await settled(page, 60_000);
  expect(await domSize(page)).toBeLessThan(6000);
  const noiseTask = await longest(page);
  test.info().annotations.push({ type: 'longest task, 1 MB noise paste', description: `${noiseTask.toFixed(0)} ms` });
  expect(noiseTask).toBeLessThan(200);
  await editorOf(page).focus();
  await page.keyboard.press('Control+End');
  const noiseTimes = [];
  for (let i = 0; i < 5; i++) noiseTimes.push(await keystroke(page));
  test.info().annotations.push({ type: 'keystrokes (1 MB noise)', description: noiseTimes.map((t) => `${t.toFixed(0)} ms`).join(', ') });
  expect(median(noiseTimes), 'median key → frame (ms)').toBeLessThan(50);
  for (const t of noiseTimes) expect(t, 'key → frame (ms)').toBeLessThan(200);
  await page.keyboard.type('xyz');
  await expect.poll(async () => (await textOf(page)).length).toBe(noise.length + 8);
  expect((await textOf(page)).endsWith('aaaaaxyz')).toBe(true);
  await settled(page, 60_000);
  expect(await domSize(page)).toBeLessThan(6000);
});

test('the large-file editor: a picked problem scrolls into view, Ctrl+. fixes, Ctrl+Z undoes, F8 moves, an IME composes', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page);
  await setLang(page, 'zh');
  await selectPanel(page, 'problems');
  const lines = ['FROM alpine:3.20'];
  for (let i = 2; i < 3000; i++) lines.push(`# note ${i}`);
  lines.push('MAINTAINER me');
  const text = `${lines.join('\n')}\n`;
  await pasteInto(page, 'dockerfile', text);
  await expect(page.locator('.editor.large .cm-editor')).toBeVisible();
  await expect(page.getByText('这是一个大文件')).toBeVisible();
  await settled(page);

  // Picking the problem of line 3,000 scrolls the editor there and shows its card.
  const item = page.locator('.problems li.diagnostic[data-rule="DL4000"]');
  await item.locator('.pick').click();
  const line = page.locator('.cm-line', { hasText: 'MAINTAINER me' });
  await expect(line).toBeInViewport();
  const card = page.locator('#card-dockerfile');
  await expect(card.locator('.rule')).toHaveText('DL4000');
  await shot(page, 'large-editor-zh');

  // Ctrl+. applies the fix as one edit; Ctrl+Z restores exactly the text before.
  await page.keyboard.press('Control+.');
  await expect.poll(async () => (await textOf(page)).includes('LABEL org.opencontainers.image.authors')).toBe(true);
  expect(await textOf(page)).not.toContain('MAINTAINER');
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(page)).toBe(text);
  await settled(page);

  // F8 from line 2 (a comment) goes to the next problem and shows its card.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await expect(card).toBeHidden();
  await page.keyboard.press('F8');
  await expect(card.locator('.rule')).toHaveText('DL4000');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();

  // Chinese through an IME: composed, then committed once.
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('FROM ');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '镜', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '镜像', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '镜像' });
  await expect.poll(() => textOf(page)).toBe(`${text}FROM 镜像`);
  await settled(page);
  const tagless = page.locator('.problems li.diagnostic[data-rule="DL3006"]');
  await expect(tagless.locator('.msg')).toContainText('镜像');
  await expect(page.locator('.cm-content .mark', { hasText: '镜像' }).first()).toHaveText('镜像');
});

// 14b. Selecting a large text.

test('select all in a 10,000-line Dockerfile (the large-file editor) takes under a second', async ({ page }) => {
  // No <details> anywhere: a closed one is what makes Chromium's selection slow.
  await open(page);
  expect(await page.locator('details').count()).toBe(0);
  // Once a bug, kept fixed here: any closed <details> on the page (the shortcuts, then the
  // rule docs of the problem card) made Chromium's selection sync (Editor::SyncSelection)
  // take seconds. The page has no <details> now. Earlier notes: Ctrl+A in the editor holding 10,000 short lines blocks the tab for about 16 s (Chromium
  // 156, headless); deleting or pasting over that selection takes as long again (a 50,000-line
  // paste over a selection: minutes). The cause is the closed <details class="shortcuts"> of the
  // toolbar: with it removed from the page, the same Ctrl+A takes about 50 ms, and a bare
  // textarea on a page without it takes 0.1-0.2 s (most likely Chromium's handling of the closed
  // <details>, whose content is a display-locked, find-in-page-matchable subtree, on selection
  // changes). A 1 s budget is generous. Reproduce: paste 10,000 lines "# note N" into the Dockerfile tab, press Ctrl+A.
  await open(page);
  await selectPanel(page, 'problems');
  const lines = Array.from({ length: 10_000 }, (_, i) => (i === 0 ? 'FROM alpine:3.22' : `# note ${i + 1}`));
  await pasteInto(page, 'dockerfile', `${lines.join('\n')}\n`, { clearFirst: true });
  await settled(page);
  const ed = editorOf(page);
  await ed.focus();
  await page.keyboard.press('Control+Home');
  // 10,000 lines open in the large-file editor; its selection is read through its handle.
  await expect(page.locator('.editor.large .cm-editor')).toBeVisible();
  const selected = () => page.evaluate(() => {
    const h = document.querySelector('.cm-host').dockplayEditor;
    const [from, to] = h.selection();
    return to - from === h.text().length;
  });
  const selectAll = async () => {
    const started = Date.now();
    await page.keyboard.press('Control+A');
    const ms = Date.now() - started;
    await expect.poll(selected).toBe(true);
    return ms;
  };
  const withDetails = await selectAll();
  test.info().annotations.push({ type: 'Ctrl+A, 10,000 lines', description: `${withDetails} ms` });
  expect(withDetails, 'Ctrl+A over 10,000 lines (ms)').toBeLessThan(1000);
});

// 15. Markup in the input.

test('markup typed into every editor and file name shows literally and never runs', async ({ page }) => {
  const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await open(page);
  const noMarkup = async () => {
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
  };

  // The cache panel's add form (while the Dockerfile still builds).
  const cache = page.locator('.cache');
  await cache.locator('.add-file input').pressSequentially(payload);
  await page.keyboard.press('Enter');
  await expect(cache.locator('.context-files code', { hasText: payload })).toHaveText(payload);
  await settled(page);
  await noMarkup();

  // The build context's add form.
  await selectTab(page, 'context');
  const other = '<img src=x onerror=alert(3)>.txt';
  await page.locator('.context-editor .add-file input').pressSequentially(other);
  await page.keyboard.press('Enter');
  const paths = await page.locator('.context-list li .path').evaluateAll((els) => els.map((e) => e.value));
  expect(paths).toContain(payload);
  expect(paths).toContain(other);
  await noMarkup();

  // Every editor.
  for (const tab of ['dockerfile', 'compose', 'dockerignore', 'env']) {
    await selectTab(page, tab);
    await typeInto(page, tab, payload);
    await expect(page.locator('.overlay .line').first()).toHaveText(new RegExp(payload.replace(/[()[\]]/g, '\\$&')));
    await noMarkup();
  }
  await selectPanel(page, 'problems');
  await settled(page);
  await expect(page.locator('.problems')).toContainText('<IMG comes before the first FROM');
  await setLang(page, 'zh');
  await expect(page.locator('.problems')).toContainText('<IMG 出现在第一个 FROM 之前');
  await noMarkup();
  await selectTab(page, 'context');
  await expect(page.locator(`.context-list li[data-file="${other.replace(/"/g, '\\"')}"]`)).toHaveCount(1);
  await noMarkup();
});

// 16. A problem far down.

test('picking a problem near line 1,900 of 2,000 scrolls the editor to it', async ({ page }) => {
  await open(page);
  await selectPanel(page, 'problems');
  const lines = Array.from({ length: 2000 }, (_, i) => `# filler line ${i + 1}`);
  lines[0] = 'FROM alpine:3.22';
  lines[1] = 'USER 1000';
  lines[1899] = 'ENV DEBUG';
  await pasteInto(page, 'dockerfile', `${lines.join('\n')}\n`, { clearFirst: true });
  const ed = editorOf(page);
  const item = page.locator('.problems li.diagnostic[data-line="1900"]');
  await expect(item).toBeVisible();
  await page.keyboard.press('Control+Home');
  await expect(page.locator('.gutter .ln').first()).toHaveText('1');

  const visible = (line) => ed.evaluate((el, line) => {
    const y = (line - 1) * 20;
    return { ok: el.scrollTop <= y && y <= el.scrollTop + el.clientHeight, scrollTop: el.scrollTop, clientHeight: el.clientHeight, y };
  }, line);
  expect((await visible(1900)).ok, 'line 1900 starts out of view').toBe(false);
  await item.locator('.pick').click();
  expect(await selectedText(ed)).toBe('DEBUG');
  await expect.poll(async () => (await visible(1900)).ok).toBe(true);
  // The gutter and the underline follow the scroll.
  await expect(page.locator('.gutter .ln.error')).toHaveText(['1900']);
  const mark = page.locator('.overlay .mark.error', { hasText: 'DEBUG' });
  await expect(mark).toBeVisible();
  const [mb, eb] = [await mark.boundingBox(), await ed.boundingBox()];
  expect(mb.y).toBeGreaterThanOrEqual(eb.y);
  expect(mb.y + mb.height).toBeLessThanOrEqual(eb.y + eb.height);

  // F8 / Shift+F8 walk the problems from the caret.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  await expect.poll(() => ed.evaluate((el) => el.selectionStart)).toBeGreaterThan(0);
  await page.keyboard.press('Shift+F8');
  await page.keyboard.press('Shift+F8');
  await expect.poll(async () => selectedText(ed)).toBe('DEBUG');
  await expect.poll(async () => (await visible(1900)).ok).toBe(true);
});

// 17. Tabs.

test('the tabs follow the WAI-ARIA pattern: arrows, Home and End move focus and selection', async ({ page }) => {
  await open(page);
  const tab = (id) => page.locator(`#file-tab-${id}`);
  for (const id of ['dockerfile', 'compose', 'dockerignore', 'env', 'context']) {
    await expect(tab(id)).toHaveAttribute('role', 'tab');
    await expect(tab(id)).toHaveAttribute('aria-controls', `file-panel-${id}`);
  }
  await expect(page.locator('[role=tablist]').first()).toHaveAttribute('aria-label', 'Files');
  await tab('dockerfile').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('compose')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('compose')).toBeFocused();
  await expect(tab('dockerfile')).toHaveAttribute('aria-selected', 'false');
  await expect(tab('compose')).toHaveAttribute('tabindex', '0');
  await expect(tab('dockerfile')).toHaveAttribute('tabindex', '-1');
  await expect(page.locator('#file-panel-compose')).toHaveAttribute('aria-labelledby', 'file-tab-compose');
  await expect(editorOf(page, 'compose')).toBeVisible();
  await page.keyboard.press('End');
  await expect(tab('context')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('context')).toBeFocused();
  await expect(page.locator('#file-panel-context .context-editor')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(tab('dockerfile')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('dockerfile')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tab('context')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('context')).toBeFocused();

  // The side panel's tabs too, in Chinese.
  await setLang(page, 'zh');
  const panel = (id) => page.locator(`#panel-tab-${id}`);
  await panel('cache').focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel('network')).toHaveAttribute('aria-selected', 'true');
  await expect(panel('network')).toBeFocused();
  await expect(page.locator('#panel-panel-network')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(panel('problems')).toHaveAttribute('aria-selected', 'true');
  await expect(panel('problems')).toBeFocused();
  await expect(panel('problems')).toContainText('问题');
});

// 18. Contrast.

test('text colours meet 4.5:1 in light and dark, and the focused editor has a visible outline', async ({ page }) => {
  await open(page);
  const results = [];
  const measure = async (scheme, name, selector) => {
    const { fg, bg, raw } = await colorsOf(page, selector);
    const ratio = contrast(fg, bg);
    const rgb = (c) => `rgb(${[c.r, c.g, c.b].map(Math.round).join(', ')})`;
    results.push(`${scheme} ${name}: ${ratio.toFixed(2)} (${raw.color} on ${rgb(bg)})`);
    expect.soft(ratio, `${scheme}: ${name} (${selector})`).toBeGreaterThanOrEqual(4.5);
  };
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => bodyLuminance(page)).toBeLessThan(scheme === 'dark' ? 0.05 : 2);
    await page.locator('#examples').selectOption('cache-order');
    await selectPanel(page, 'problems');
    await settled(page);
    await measure(scheme, 'gutter line number', '.gutter .ln:not(.error):not(.warning):not(.info):not(.style)');
    await measure(scheme, 'gutter line number with a problem', '.gutter .ln.warning');
    await measure(scheme, 'warning badge', '.problems .sev.warning');
    await measure(scheme, 'info badge', '.problems .sev.info');
    await page.locator('#examples').selectOption('multi-stage');
    await expect(page.locator('.cache .status.skipped')).toBeVisible();
    await measure(scheme, 'status skipped', '.cache .status.skipped');
    await measure(scheme, 'status maybe', '.cache .status.maybe');
    await measure(scheme, 'status cached', '.cache .status.cached');
    await measure(scheme, 'status re-runs', '.cache .status.rebuilt');
    await page.locator('#examples').selectOption('two-networks');
    await expect(page.locator('#reach-matrix td.self').first()).toBeVisible();
    await measure(scheme, 'matrix dash', '#reach-matrix td.self');
    await measure(scheme, 'matrix no', '#reach-matrix td.no');

    await editorOf(page, 'compose').focus();
    const outline = await page.locator('.editor').evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(1);
    const pageBg = parseColor(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
    expect(contrast(parseColor(outline.color), pageBg), `${scheme}: focus outline vs page`).toBeGreaterThanOrEqual(3);
    await page.locator('#lesson').click();
    await expect.poll(() => page.locator('.editor').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  }
  test.info().annotations.push({ type: 'contrast', description: results.join('; ') });
});

// 19. A YAML parser message in Chinese.

test('the YAML parser message for a tab indentation is Chinese in a Chinese interface (1400 px)', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await open(page);
  await setLang(page, 'zh');
  await selectPanel(page, 'problems');
  await selectTab(page, 'compose');
  // Tab leaves the editor (it does not indent), so the tab character goes in as inserted text.
  await insertInto(page, 'compose', 'services:\n\tweb:\n    image: nginx:1.27\n');
  const item = page.locator('.problem-group[data-file="compose.yaml"] li.diagnostic').first();
  await expect(item).toHaveAttribute('data-line', '2');
  await expect(item.locator('.pos')).toHaveText(/^第 2 行/);
  const msg = (await item.locator('.msg').textContent()).trim();
  test.info().annotations.push({ type: 'YAML message (zh)', description: msg });
  expect(msg).toMatch(CJK);
  await shot(page, 'yaml-tab-zh');
});

// ---------------------------------------------------------------------------------------------
// The Explain panel.

/** Put the caret at the start of the first line of `tab` matching `re`, with the keyboard;
 *  returns its 1-based line. */
async function caretToLine(page, tab, re) {
  const ed = editorOf(page, tab);
  const n = (await ed.inputValue()).split('\n').findIndex((l) => re.test(l));
  expect(n, `a line matching ${re}`).toBeGreaterThanOrEqual(0);
  await ed.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < n; i++) await page.keyboard.press('ArrowDown');
  return n + 1;
}

test('the Explain panel follows the caret in both languages, and a clicked part is selected in the editor', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await open(page);
  // The explanation's engine and catalogue are not part of the first load.
  const lazy = ['/explain-worker.js', '/engine.js', '/dockplay_bg.wasm', '/catalogue.en.json'];
  expect(asked.filter((p) => lazy.includes(p))).toEqual([]);
  // The caret is put on the install line while the Problems panel is open; opening Explain
  // explains that line.
  const pip = await caretToLine(page, 'dockerfile', /^RUN pip install/);
  await selectPanel(page, 'explain');
  const item = page.locator('#explain-item');
  const ed = editorOf(page);
  await expect(item.locator('.explain-title')).toHaveText('RUN');
  await expect(item.locator('h2 .explain-lines')).toHaveText(`line ${pip}`);
  // What this RUN does here: the install re-runs because COPY . . came before it.
  await expect(page.locator('#explain-text')).toContainText('requirements.txt');
  await expect(page.locator('#explain-text')).toContainText('COPY');
  await expect(item.locator('dt')).toContainText(['At build time', 'Build cache and layers']);
  await expect(item.locator('.explain-docs')).toHaveAttribute('href', 'https://docs.docker.com/reference/dockerfile/#run');
  expect(asked.filter((p) => lazy.includes(p)).sort()).toEqual([...lazy].sort());
  await shot(page, 'explain-en');

  // A part: pip's -r, selected in the editor when clicked.
  await item.locator('.explain-parts .part', { hasText: /^-r$/ }).click();
  expect(await selectedText(ed)).toBe('-r');
  await expect(item.locator('.explain-parts .part', { hasText: /^-r$/ }).locator('xpath=..')).toContainText('requirements');

  // The parts are underlined in the editor, one underline per listed part; pointing at a part
  // in the panel highlights its text in the editor, and pointing at the text highlights the part.
  const rows = item.locator('.explain-parts li');
  const underlined = () => page.locator('.editor .overlay .pm').evaluateAll((m) => [...new Set(m.map((e) => e.dataset.p))].sort());
  const listed = await rows.evaluateAll((r) => r.map((e) => e.dataset.p).sort());
  expect(listed.length).toBeGreaterThan(1);
  await expect.poll(underlined).toEqual(listed);
  const r = item.locator('.explain-parts li', { has: page.locator('.part', { hasText: /^-r$/ }) });
  const index = await r.getAttribute('data-p');
  const mark = page.locator(`.editor .overlay .pm[data-p="${index}"]`);
  await expect(mark).toHaveText('-r');
  // (The click left the pointer on the row and moved the focus to the editor.)
  await page.mouse.move(0, 0);
  await r.hover();
  await expect(mark).toHaveClass(/\bhot\b/);
  await expect(r).toHaveClass(/\bhot\b/);
  await shot(page, 'explain-part-hover-panel');
  await page.mouse.move(0, 0);
  await expect(mark).not.toHaveClass(/\bhot\b/);
  const last = rows.and(page.locator(`:not([data-p="${index}"])`)).first();
  const lastMark = page.locator(`.editor .overlay .pm[data-p="${await last.getAttribute('data-p')}"]`);
  const at = await lastMark.boundingBox();
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await expect(last).toHaveClass(/\bhot\b/);
  await expect(lastMark).toHaveClass(/\bhot\b/);
  await expect(r).not.toHaveClass(/\bhot\b/);
  await shot(page, 'explain-part-hover-editor');
  await page.mouse.move(at.x + at.width / 2, at.y + 400);
  await expect(last).not.toHaveClass(/\bhot\b/);

  // The caret moves on: the explanation follows it.
  await ed.focus();
  await page.keyboard.press('ArrowDown');
  await expect(item.locator('h2 .explain-lines')).toHaveText(`line ${pip + 1}`);
  const next = (await ed.inputValue()).split('\n')[pip].split(' ')[0];
  await expect(item.locator('.explain-title')).toHaveText(next);

  // Chinese: the same line, explained in Chinese.
  await setLang(page, 'zh');
  await expect(item.locator('h2 .explain-lines')).toHaveText(`第 ${pip + 1} 行`);
  await expect(page.locator('#explain-text')).toHaveText(CJK);
  await expect(page.locator('#panel-tab-explain')).toHaveText('解释');
  await caretToLine(page, 'dockerfile', /^COPY \. \./);
  await expect(item.locator('.explain-title')).toHaveText('COPY');
  await expect(item.locator('dt')).toContainText(['构建时', '构建缓存与镜像层']);
  await expect(item.locator('.explain-mistakes li').first()).toHaveText(CJK);
  await shot(page, 'explain-zh');

  // A compose key: the published port of the port-mapping lesson.
  await setLang(page, 'en');
  await page.locator('#examples').selectOption('ports-localhost');
  await settled(page);
  await selectPanel(page, 'explain');
  const ports = await caretToLine(page, 'compose', /- "8000:5000"/);
  await expect(item.locator('h2 .explain-lines')).toContainText(String(ports));
  await expect(page.locator('#explain-text')).toContainText('8000');
  await expect(page.locator('#explain-text')).toContainText('5000');

  // Other tabs say what is explained.
  await selectTab(page, 'env');
  await expect(page.locator('.side-panel .empty')).toHaveText(/Dockerfile and compose\.yaml/);

  // A phone: the panel stacks under the editor without overflowing.
  await page.setViewportSize({ width: 360, height: 780 });
  await selectTab(page, 'dockerfile');
  await caretToLine(page, 'dockerfile', /^FROM/);
  await expect(item.locator('.explain-title')).toHaveText('FROM');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'explain-360');
});

test('the Explain panel on a 50,000-line Dockerfile: the line at the caret is explained, past 2,000 items it says so, no long task', async ({ page }) => {
  test.setTimeout(180_000);
  await open(page);
  await selectPanel(page, 'explain');
  const lines = ['FROM alpine:3.22'];
  for (let i = 2; i <= 50_000; i++) lines.push(i % 2 ? `RUN echo step ${i}` : `ENV VAR_${i}=value${i}`);
  await watchLongTasks(page);
  await pasteInto(page, 'dockerfile', `${lines.join('\n')}\n`);
  await expect(page.locator('.editor.large .cm-editor')).toBeVisible();
  await settled(page, 60_000);
  // The caret on line 4 (an ENV), with the keyboard.
  const ed = editorOf(page);
  await ed.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  const item = page.locator('#explain-item');
  await expect(item.locator('.explain-title')).toHaveText('ENV', { timeout: 60_000 });
  await expect(item.locator('h2 .explain-lines')).toHaveText('line 4');
  await expect(page.locator('#explain-text')).toContainText('VAR_4');
  // Its parts are underlined in CodeMirror too, and pointing at one highlights its row.
  const cmMarks = page.locator('.editor.large .cm-content .pm');
  await expect(cmMarks.first()).toBeVisible();
  const cmMark = cmMarks.first();
  const row = item.locator(`.explain-parts li[data-p="${await cmMark.getAttribute('data-p')}"]`);
  const at = await cmMark.boundingBox();
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await expect(row).toHaveClass(/\bhot\b/);
  await row.hover();
  await expect(cmMarks.and(page.locator('.hot'))).toHaveCount(1);
  // The end of the file is past the 2,000 explained items.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.explain .empty')).toHaveText(/first 2,000/, { timeout: 30_000 });
  const worst = await longest(page);
  test.info().annotations.push({ type: 'longest task (Explain, 50,000 lines)', description: `${worst.toFixed(0)} ms` });
  expect(worst, 'longest main-thread task (ms)').toBeLessThan(200);
});

// ---------------------------------------------------------------------------------------------
// The Build cache panel: the stage graph, the chains, every what-if control, "mark as built".

const stepOf = (page, line) => page.locator(`.cache .step[data-line="${line}"]`);

test('the Build cache panel: the stage graph, the target, a moved base image, --no-cache-filter, layers and log', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await open(page);
  await page.locator('#examples').selectOption('multi-stage');
  await expect(page.locator('#panel-tab-cache')).toHaveAttribute('aria-selected', 'true');
  await settled(page);
  const graph = page.locator('#stage-graph');
  await expect(graph).toBeVisible();
  await expect(graph.locator('.stage-node')).toHaveCount(3);
  await expect(graph.locator('.stage-node[data-stage="1"]')).toHaveClass(/unused/);
  await expect(graph.locator('.stage-node[data-stage="2"]')).toHaveClass(/target/);
  await expect(graph.locator('.edge.from')).toHaveCount(1); // FROM build AS test
  await expect(graph.locator('.edge.copy')).toHaveCount(1); // COPY --from=build
  await expect(graph.locator('.stage-node[data-stage="1"]')).toHaveAttribute('aria-label', /test: build; builds on build; not needed for the target/);
  await expect(stepOf(page, 11)).toHaveAttribute('data-status', 'skipped');
  await expect(stepOf(page, 7)).toHaveAttribute('data-status', 'rebuilt');
  // Each stage's worst status colours its box.
  await expect(graph.locator('.stage-node[data-stage="0"] .bar')).toHaveAttribute('data-status', 'rebuilt');
  await expect(graph.locator('.stage-node[data-stage="1"] .bar')).toHaveAttribute('data-status', 'skipped');
  await shot(page, 'cache-stages-en');

  // Clicking a stage (or pressing Enter on it) selects its FROM line; so does a step's line.
  const ed = editorOf(page);
  await graph.locator('.stage-node[data-stage="1"]').click();
  await expect.poll(() => selectedText(ed)).toBe('FROM build AS test');
  await stepOf(page, 5).locator('.pos').click();
  await expect.poll(() => selectedText(ed)).toBe('RUN go mod download');

  // --target test: the test stage runs, the final stage is skipped.
  await page.locator('#cache-target').selectOption('test');
  await settled(page);
  await expect(stepOf(page, 11)).toHaveAttribute('data-status', 'rebuilt');
  await expect(stepOf(page, 14)).toHaveAttribute('data-status', 'skipped');
  await expect(graph.locator('.stage-node[data-stage="1"]')).toHaveClass(/target/);
  await page.locator('#cache-target').selectOption('');
  await settled(page);
  await expect(stepOf(page, 11)).toHaveAttribute('data-status', 'skipped');
  // The Problems panel says the same of the test stage (DP1014), at its name on line 10.
  await selectPanel(page, 'problems');
  const unbuilt = page.locator('.problems li.diagnostic[data-rule="DP1014"]');
  await expect(unbuilt).toHaveCount(1);
  await expect(unbuilt).toContainText('stage "test" is not built by docker build');
  await expect(unbuilt).toContainText('10');
  await selectPanel(page, 'cache');

  // Nothing changed at all: every needed step is cached.
  await page.locator('.cache input[data-file="cmd/server/main.go"]').uncheck();
  await settled(page);
  for (const line of [2, 3, 4, 5, 6, 7, 14]) await expect(stepOf(page, line)).toHaveAttribute('data-status', 'cached');

  // A moved golang tag re-runs the build stage from its FROM on.
  const moved = page.locator('.base-moved label[data-value="golang:1.26"] input');
  await moved.check();
  await settled(page);
  await expect(stepOf(page, 5)).toHaveAttribute('data-status', 'rebuilt');
  await expect(stepOf(page, 5).locator('.reason')).toContainText('line 2');
  await moved.uncheck();
  await settled(page);
  await expect(stepOf(page, 5)).toHaveAttribute('data-status', 'cached');

  // --no-cache-filter on the final stage.
  const noCache = page.locator('.no-cache label[data-value="2"] input');
  await noCache.check();
  await settled(page);
  await expect(stepOf(page, 14)).toHaveAttribute('data-status', 'rebuilt');
  await expect(stepOf(page, 14).locator('.reason')).toContainText('--no-cache-filter');
  await expect(stepOf(page, 7)).toHaveAttribute('data-status', 'cached');
  await noCache.uncheck();
  await settled(page);

  // The final image's layers: the base, the COPY layer, config-only entries.
  await page.locator('#image-layers .disclose').click();
  await expect(page.locator('#image-layers .disclose')).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#image-layers .image-layer[data-kind="base"]')).toHaveCount(1);
  await expect(page.locator('#image-layers .image-layer[data-line="14"]')).toHaveAttribute('data-kind', 'layer');
  await expect(page.locator('#image-layers .image-layer[data-line="15"]')).toHaveAttribute('data-kind', 'config');
  await page.locator('#build-log .disclose').click();
  await expect(page.locator('#build-log pre')).toContainText('COPY --from=build /out/server /server');

  await setLang(page, 'zh');
  await expect(page.locator('#mark-built')).toHaveText('标记为已构建');
  await expect(graph.locator('.stage-node[data-stage="1"]')).toHaveAttribute('aria-label', /基于 build；构建目标不需要/);
  await expect(page.locator('#image-layers .image-layer[data-line="15"] .kind')).toHaveText('仅配置');
  await shot(page, 'cache-stages-zh');
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'mobile-cache-stages-zh');
});

test('"Mark as built" then an edit re-runs the edited step; build arguments; a removed file; the suggested order with Undo', async ({ page }) => {
  await open(page);
  await page.locator('#examples').selectOption('multi-stage');
  await settled(page);
  await page.locator('#mark-built').click();
  await expect(page.locator('#toast')).toContainText('Marked as built');
  await settled(page);
  await expect(page.locator('.cache input[data-file="cmd/server/main.go"]')).not.toBeChecked();
  await expect(page.locator('#last-build')).toHaveClass(/active/);
  await expect(stepOf(page, 7)).toHaveAttribute('data-status', 'cached');

  // Edit line 5 ("RUN go mod download" → "RUN go mod download -x").
  const ed = editorOf(page);
  await ed.evaluate((el) => {
    const end = el.value.indexOf('RUN go mod download') + 'RUN go mod download'.length;
    el.focus();
    el.setSelectionRange(end, end);
  });
  await page.keyboard.type(' -x');
  await settled(page);
  await expect(stepOf(page, 4)).toHaveAttribute('data-status', 'cached');
  await expect(stepOf(page, 5)).toHaveAttribute('data-status', 'rebuilt');
  await expect(stepOf(page, 7)).toHaveAttribute('data-status', 'rebuilt');
  await expect(stepOf(page, 14)).not.toHaveAttribute('data-status', 'cached');
  await shot(page, 'cache-marked-built-en');
  // The marked build is in the share link: a reload keeps the comparison.
  await page.reload();
  await settled(page);
  await expect(page.locator('#last-build')).toHaveClass(/active/);
  await expect(stepOf(page, 5)).toHaveAttribute('data-status', 'rebuilt');
  await page.locator('#forget-built').click();
  await settled(page);
  await expect(stepOf(page, 5)).toHaveAttribute('data-status', 'cached');

  // Build arguments: the declared ARGs are listed; a changed value re-runs what uses it.
  const args = 'ARG PY=3.13\nFROM python:${PY}-slim\nARG APP_ENV\nRUN echo "$APP_ENV" > /env\nRUN echo done\n';
  await typeInto(page, 'dockerfile', args);
  await settled(page);
  await expect(page.locator('.build-arg')).toHaveCount(2);
  await expect(page.locator('.build-arg[data-arg="PY"] input.arg-value')).toHaveAttribute('placeholder', 'default: 3.13');
  await page.locator('.build-arg[data-arg="APP_ENV"] .arg-changed input').check();
  await settled(page);
  await expect(stepOf(page, 4)).toHaveAttribute('data-status', 'rebuilt');
  await expect(stepOf(page, 4).locator('.reason')).toContainText('APP_ENV');
  await page.locator('.build-arg[data-arg="APP_ENV"] .arg-changed input').uncheck();
  const py = page.locator('.build-arg[data-arg="PY"] input.arg-value');
  await py.fill('3.12');
  await py.press('Tab');
  await settled(page);
  await page.locator('#build-log .disclose').click();
  await expect(page.locator('#build-log pre')).toContainText('python:3.12-slim');

  // A file removed from the context re-runs the COPY that read it.
  await page.locator('#examples').selectOption('cache-order');
  await settled(page);
  await page.locator('.cache select.file-change[data-file="app.py"]').selectOption('removed');
  await settled(page);
  await expect(stepOf(page, 7).locator('.reason')).toContainText('app.py (removed)');

  // The suggested order, undone from the toast.
  const original = lesson('cache-order').dockerfile;
  await page.getByRole('button', { name: 'Apply this order to the Dockerfile' }).click();
  await expect(page.locator('#toast')).toContainText('Suggested order applied');
  await expect(ed).not.toHaveValue(original);
  await page.locator('#toast .undo').click();
  await expect(ed).toHaveValue(original);
});

// ---------------------------------------------------------------------------------------------
// The docker run tab.

test('the docker run tab: a tutorial\'s lines become a compose file and back, flag by flag, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await open(page);
  expect(asked).not.toContain('/dockplay_bg.wasm');
  await selectTab(page, 'docker-run');
  await expect(page.locator('.docker-run .empty')).toContainText('No docker run line yet');
  // The tutorials' own lines (../shared/seed-examples), pasted.
  const seed = fs.readFileSync(path.resolve(WWW, '../../shared/seed-examples/docker-run-commands.sh'), 'utf8');
  await pasteInto(page, 'docker-run', seed);
  const output = page.locator('#run-output');
  await expect(output).toContainText('services:');
  await expect(output).toContainText('"8000:5000"');
  await expect(output).toContainText('- ./app:/app'); // $PWD/app, relative to the compose file
  // "-d debug" after the image are the container's arguments, not docker run's flags.
  await expect(output).toContainText('- "-d"');
  await expect(page.locator('#run-notes li[data-subject="--detach"]').first()).toHaveAttribute('data-status', 'dropped');
  await expect(page.locator('#run-notes li[data-subject="--detach"] .note-text').first()).toContainText('docker compose up -d');
  await shot(page, 'docker-run-en');

  // The Explain panel reads the line under the caret.
  await selectPanel(page, 'explain');
  await caretToLine(page, 'docker-run', /^docker run -d -p 8000:5000 --name rest-server/);
  await expect(page.locator('#explain-item')).toContainText('docker run');
  await expect(page.locator('#explain-item .explain-parts button', { hasText: '-p 8000:5000' })).toHaveCount(1);

  // A broken line gets its problem with line and column.
  await typeInto(page, 'docker-run', 'docker run -p');
  await expect(page.locator('#run-problems')).toContainText('1:12');
  await expect(page.locator('#run-problems')).toContainText('-p needs a value');
  // ... underlined in the editor, with its card and line marker like every other file's.
  const runMark = page.locator('.editor .overlay .mark.error', { hasText: '-p' });
  await expect(runMark).toHaveCount(1);
  await expect(page.locator('.editor .gutter .ln.error')).toHaveText('1');
  const markAt = await runMark.boundingBox();
  await page.mouse.move(markAt.x + markAt.width / 2, markAt.y + markAt.height / 2);
  await expect(page.locator('.problem-card')).toContainText(/DR000[23]/);
  await page.keyboard.press('Escape');

  // Into the compose tab, analysed there; then back to docker commands.
  await typeInto(page, 'docker-run', 'docker run -d -p 127.0.0.1:8000:5000 --name web -e FLASK_DEBUG=1 web:1');
  await expect(output).toContainText('127.0.0.1:8000:5000');
  await page.locator('#use-as-compose').click();
  await expect(page.locator('#file-tab-compose')).toHaveAttribute('aria-selected', 'true');
  await expect(editorOf(page, 'compose')).toHaveValue(/web:\n\s+image: web:1/);
  await settled(page);
  await selectPanel(page, 'network');
  await expect(page.locator('#ports')).toContainText('127.0.0.1:8000');
  await selectTab(page, 'docker-run');
  await page.locator('#to-run').click();
  await expect(page.locator('#to-run')).toHaveAttribute('aria-pressed', 'true');
  await expect(output).toContainText('docker run -d');
  await expect(output).toContainText('-p 127.0.0.1:8000:5000');

  await setLang(page, 'zh');
  await page.locator('#to-compose').click();
  await expect(page.locator('#run-notes li[data-subject="--detach"] .note-status')).toHaveText('未转换');
  await expect(page.locator('#run-notes li[data-subject="--detach"] .note-text')).toHaveText(CJK);
  await shot(page, 'docker-run-zh');
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'mobile-docker-run-zh');
});

test('the CMD and ENTRYPOINT lesson shows what docker run starts, with the arguments the learner types', async ({ page }) => {
  await open(page);
  await page.locator('#examples').selectOption('cmd-entrypoint');
  await expect(page.locator('#panel-tab-explain')).toHaveAttribute('aria-selected', 'true');
  const runs = page.locator('#runs');
  await expect(runs.locator('tr[data-row="default"] td').nth(1)).toHaveText('python thumbnail.py --help');
  await expect(runs.locator('tr[data-row="args"] td').nth(1)).toContainText('python thumbnail.py ARGS…');
  await runs.locator('#run-args').pressSequentially('photo.jpg --size 64');
  await expect(runs.locator('tr[data-row="args"] td code').first()).toHaveText('docker run IMAGE photo.jpg --size 64');
  await expect(runs.locator('tr[data-row="args"] td').nth(1)).toContainText('python thumbnail.py photo.jpg --size 64');
  await expect(runs.locator('tr[data-row="entrypoint"] td').nth(1)).toContainText('PROG photo.jpg --size 64');
  await shot(page, 'explain-runs-en');
  // A shell-form ENTRYPOINT ignores CMD and the arguments.
  const ed = editorOf(page);
  await ed.evaluate((el) => { el.focus(); el.setSelectionRange(el.value.lastIndexOf('\nENTRYPOINT') + 1, el.value.length); });
  await page.keyboard.insertText('ENTRYPOINT python thumbnail.py\nCMD ["--help"]');
  await caretToLine(page, 'dockerfile', /^CMD/);
  await expect(runs.locator('tr[data-row="default"] td').nth(1)).toHaveText('/bin/sh -c "python thumbnail.py"');
  await expect(runs.locator('tr[data-row="args"] td').nth(1)).toContainText('shell form');
  await setLang(page, 'zh');
  await expect(runs.locator('tr[data-row="args"] .hint')).toHaveText('shell 形式的 ENTRYPOINT：CMD 和这些参数都会被忽略。');
  await shot(page, 'explain-runs-zh');
});

test('the network picture: the two-networks lesson opens with nginx picked; click, Enter, an edit, export SVG and PNG, both languages, 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await open(page);
  await page.locator('#examples').selectOption('two-networks');
  await expect(page.locator('#panel-tab-network')).toHaveAttribute('aria-selected', 'true');
  const pic = page.locator('#network-picture');
  const svg = pic.locator('svg');
  await expect(svg).toHaveAttribute('aria-label', 'Network picture of the compose project myapp: 3 services on 2 networks');
  const box = (name) => pic.locator(`.np-svc[data-service="${name}"]`);
  // The lesson: nginx is picked; it reaches app, not db.
  await expect(box('nginx')).toHaveClass(/\bsel\b/);
  await expect(box('nginx')).toHaveAttribute('aria-pressed', 'true');
  await expect(box('app')).toHaveClass(/\bon\b/);
  await expect(box('db')).not.toHaveClass(/\bon\b/);
  await expect(pic.locator('.np-net[data-network="front"]')).toHaveClass(/\bon\b/);
  await expect(pic.locator('.np-net[data-network="back"]')).not.toHaveClass(/\bon\b/);
  const reach = page.locator('#reach-of');
  await expect(reach).toContainText('nginx can reach:');
  await expect(reach.locator('li')).toHaveText(['app as app, myapp-app-1 over front']);
  await expect(reach.locator('.cannot')).toHaveText('cannot reach (no shared network): db');
  // The port connector, and the geometry: app lies in both regions, nginx only in front.
  await expect(pic.locator('.np-port[data-service="nginx"]')).toHaveAttribute('aria-label', '0.0.0.0:8080 → nginx:80/tcp');
  const inside = (service, network) => page.evaluate(([s, n]) => {
    const b = document.querySelector(`.np-svc[data-service="${s}"] .np-box`).getBBox();
    const r = document.querySelector(`.np-net[data-network="${n}"] .np-region`).getBBox();
    return b.x >= r.x && b.y >= r.y && b.x + b.width <= r.x + r.width && b.y + b.height <= r.y + r.height;
  }, [service, network]);
  expect(await inside('app', 'front')).toBe(true);
  expect(await inside('app', 'back')).toBe(true);
  expect(await inside('nginx', 'back')).toBe(false);
  expect(await inside('db', 'front')).toBe(false);
  await shot(page, 'network-picture-en');

  // Pointing at db previews its reach (app over back) without picking it; leaving restores nginx.
  await box('db').hover();
  await expect(pic).toHaveClass(/\bpeek\b/);
  await expect(box('db')).toHaveClass(/\bsel\b/);
  await expect(box('nginx')).not.toHaveClass(/\bon\b/);
  await expect(pic.locator('.np-net[data-network="back"]')).toHaveClass(/\bon\b/);
  await expect(reach).toContainText('nginx can reach:');
  await shot(page, 'network-picture-hover');
  await page.locator('.network-picture h3').hover();
  await expect(pic).not.toHaveClass(/\bpeek\b/);
  await expect(box('nginx')).toHaveClass(/\bsel\b/);
  await expect(box('db')).not.toHaveClass(/\bon\b/);

  // A click picks db (it reaches app over back); a second click clears.
  await box('db').click();
  await expect(box('db')).toHaveClass(/\bsel\b/);
  await expect(box('nginx')).not.toHaveClass(/\bon\b/);
  await expect(reach).toContainText('db can reach:');
  await expect(reach.locator('li')).toHaveText(['app as app, myapp-app-1 over back']);
  await expect(pic.locator('.np-dep[data-from="app"][data-to="db"]')).toHaveClass(/\bon\b/);
  await box('db').click();
  await expect(reach).toHaveCount(0);
  await expect(pic).not.toHaveClass(/\bpicked\b/);
  // Keyboard: focus app and press Enter.
  await box('app').focus();
  await page.keyboard.press('Enter');
  await expect(box('app')).toHaveClass(/\bsel\b/);
  await expect(reach.locator('li')).toHaveText(['db as db, myapp-db-1 over back', 'nginx as myapp-nginx-1, nginx over front']);

  // Export: the SVG file is the picture; the PNG is a PNG.
  const [svgFile] = await Promise.all([page.waitForEvent('download'), page.locator('#export-svg').click()]);
  expect(svgFile.suggestedFilename()).toBe('network.svg');
  const saved = fs.readFileSync(await svgFile.path(), 'utf8');
  expect(saved).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(saved).toContain('data-service="nginx"');
  const [pngFile] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
  expect(pngFile.suggestedFilename()).toBe('network.png');
  const png = fs.readFileSync(await pngFile.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(2 * Number(await svg.getAttribute('width')));

  // An edit redraws: a cache service on back, with a tmpfs and a named volume.
  const compose = await editorOf(page, 'compose').inputValue();
  const edited = compose.replace('networks:\n  front:', '  cache:\n    image: redis:7\n    networks: [back]\n    tmpfs: [/tmp]\n    volumes: ["cache-data:/data"]\n\nnetworks:\n  front:')
    + 'volumes:\n  cache-data:\n';
  await insertInto(page, 'compose', edited);
  await settled(page);
  await expect(box('cache')).toHaveCount(1);
  await expect(box('cache')).toContainText('volume cache-data → /data');
  await expect(box('cache')).toContainText('tmpfs /tmp');
  expect(await inside('cache', 'back')).toBe(true);
  await expect(box('app')).toHaveClass(/\bsel\b/);
  await expect(box('cache')).toHaveClass(/\bon\b/);

  await setLang(page, 'zh');
  await expect(svg).toHaveAttribute('aria-label', 'compose 项目 myapp 的网络图：4 个服务，2 个网络');
  await expect(pic.locator('.np-host')).toContainText('宿主机（你的电脑）');
  await expect(box('cache')).toContainText('数据卷 cache-data → /data');
  await expect(reach).toContainText('app 可以访问：');
  await expect(reach.locator('li').first()).toHaveText('cache 可用名称 cache、myapp-cache-1，经由 back 网络');
  await expect(page.locator('#export-svg')).toHaveText('导出 SVG');
  await shot(page, 'network-picture-zh');
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'mobile-network-picture-zh');
  // At 360 px the picture is shrunk to the panel's width; "适应宽度" off shows it at its own size,
  // scrolling sideways inside its frame.
  const fit = page.locator('#picture-fit');
  await expect(fit).toHaveText('适应宽度');
  await expect(fit).toHaveAttribute('aria-pressed', 'true');
  const widths = () => pic.evaluate((p) => [p.clientWidth, p.scrollWidth, p.querySelector('svg').getBoundingClientRect().width]);
  const natural = Number(await svg.getAttribute('width'));
  let [frame, scroll, drawn] = await widths();
  expect(natural).toBeGreaterThan(frame);
  expect(drawn).toBeLessThanOrEqual(frame + 1); // clientWidth is rounded
  expect(scroll).toBeLessThanOrEqual(frame);
  await fit.click();
  await expect(fit).toHaveAttribute('aria-pressed', 'false');
  [frame, scroll, drawn] = await widths();
  expect(Math.round(drawn)).toBe(natural);
  expect(scroll).toBeGreaterThan(frame);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'mobile-network-picture-actual-size');
  await fit.press('Enter');
  await expect(fit).toHaveAttribute('aria-pressed', 'true');
  // The dark theme shows the picture inverted (its hues kept); the exported file stays light.
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => svg.evaluate((e) => getComputedStyle(e).filter)).toContain('invert');
  await shot(page, 'network-picture-dark');
});
