// The playground as a person uses it: open the page, type a Dockerfile, read the problems.
import { test, expect } from '@playwright/test';

/** Fail on any request that leaves 127.0.0.1; record every URL asked for. */
async function guardNetwork(context) {
  const outside = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  return outside;
}

test('typing a Dockerfile with a syntax error shows the diagnostic with its line', async ({ page, context }) => {
  const outside = await guardNetwork(context);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await expect(page.locator('#counts')).toHaveText('8 instructions, 2 stages');

  const editor = page.locator('#source');
  await editor.fill('');
  await editor.pressSequentially('FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r1\nENV DEBUG\n');
  const problem = page.locator('.diagnostic.error').first();
  await expect(problem).toContainText('ENV must have two arguments');
  await expect(problem).toContainText('line 3, column 5');
  await expect(problem).toHaveAttribute('data-line', '3');
  await expect(page.locator('#counts')).toHaveText('2 instructions, 1 stage');
  // The teaching rules speak too: no USER means root.
  await expect(page.locator('.diagnostic.warning', { hasText: 'runs as root' })).toBeVisible();

  // Clicking the problem selects the offending text in the editor.
  await problem.locator('button').click();
  const selected = await editor.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('DEBUG');

  // Fixing it clears the list.
  await editor.press('End');
  await editor.fill('FROM alpine:3.22\nRUN apk add --no-cache curl=8.14.1-r1\nENV DEBUG=1\nUSER 1000\n');
  await expect(page.locator('.diagnostics .empty')).toHaveText('No problems found.');

  await page.screenshot({ path: test.info().outputPath('playground-en.png'), fullPage: true });
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
});

test('the page speaks Chinese when asked', async ({ page, context }) => {
  const outside = await guardNetwork(context);
  await page.goto('/');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('#counts')).toHaveText('8 条指令，2 个构建阶段');
  const editor = page.locator('#source');
  await editor.fill('FROM alpine\nCOPY --form=build /a /b\n');
  const problem = page.locator('.diagnostic.error').first();
  await expect(problem).toContainText('COPY 不支持参数 "--form=build"');
  await expect(problem).toContainText('第 2 行，第 6 列');
  await page.screenshot({ path: test.info().outputPath('playground-zh.png'), fullPage: true });
  expect(outside).toEqual([]);
});

test('compose tab: reachability matrix, ports from .env, duplicate keys', async ({ page, context }) => {
  const outside = await guardNetwork(context);
  await page.goto('/');
  await page.getByRole('tab', { name: 'compose.yaml' }).click();
  await expect(page.locator('#project-name')).toHaveText('myapp');
  // The proxy reaches web (also by its alias "app") but not the database on the other network.
  const cell = (from, to) => page.locator(`#reach-matrix td[data-from="${from}"][data-to="${to}"]`);
  await expect(cell('proxy', 'web')).toHaveClass(/yes/);
  await expect(cell('proxy', 'web')).toHaveAttribute('title', /app/);
  await expect(cell('proxy', 'db')).toHaveClass(/no/);
  await expect(cell('web', 'db')).toHaveClass(/yes/);
  await expect(page.locator('#ports')).toContainText('*:8000');
  await expect(page.locator('#ports')).toContainText('proxy:80/tcp');

  // Change the variable in the .env tab: the port table follows.
  await page.getByRole('tab', { name: '.env' }).click();
  await page.locator('#source').fill('WEB_PORT=9000\n');
  await page.getByRole('tab', { name: 'compose.yaml' }).click();
  await expect(page.locator('#ports')).toContainText('*:9000');

  // The compose rules speak about the example: the password written in the file.
  await expect(page.locator('.diagnostic', { hasText: 'POSTGRES_PASSWORD' })).toHaveAttribute('data-line', '22');
  const before = Number(await page.locator('.tab.active .badge').textContent());

  // A duplicate key is shown at both lines.
  const editor = page.locator('#source');
  const text = await editor.inputValue();
  await editor.fill(text.replace('    image: postgres:16\n', '    image: postgres:16\n    image: postgres:15\n'));
  const dup = page.locator('.diagnostic', { hasText: 'already defined at line 20' });
  await expect(dup).toHaveAttribute('data-line', '21');
  await expect(page.locator('.diagnostic.info', { hasText: 'overridden' })).toHaveAttribute('data-line', '20');
  await expect(page.locator('.tab.active .badge')).toHaveText(String(before + 2));

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('.network h3').first()).toHaveText('网络');
  await page.screenshot({ path: test.info().outputPath('compose-zh.png'), fullPage: true });
  expect(outside).toEqual([]);
});

test('the cache view shows what re-runs and applies the better order', async ({ page, context }) => {
  const outside = await guardNetwork(context);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  const cache = page.locator('.cache');
  const step = (line) => cache.locator(`.step[data-line="${line}"]`);
  // The example copies requirements.txt first: changing app.py keeps the install cached.
  await expect(cache.locator('input[data-file="app.py"]')).toBeChecked();
  await expect(step(5)).toHaveAttribute('data-status', 'cached');
  await expect(step(8)).toHaveAttribute('data-status', 'rebuilt');
  await expect(step(8)).toContainText('app.py (changed)');

  // Ticking requirements.txt re-runs the install.
  await cache.locator('input[data-file="requirements.txt"]').check();
  await expect(step(5)).toHaveAttribute('data-status', 'rebuilt');
  await cache.locator('input[data-file="requirements.txt"]').uncheck();
  await expect(step(5)).toHaveAttribute('data-status', 'cached');

  // The beginner's order: COPY . . before pip install.
  const editor = page.locator('#source');
  await editor.fill('FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n');
  await expect(step(4)).toHaveAttribute('data-status', 'rebuilt');
  await expect(cache.locator('.suggestion')).toContainText('re-installs every dependency');
  await page.screenshot({ path: test.info().outputPath('cache-before.png'), fullPage: true });
  await cache.locator('.suggestion button.apply').click();
  await expect(editor).toHaveValue('FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n');
  await expect(step(4)).toHaveAttribute('data-status', 'cached');
  await expect(step(5)).toHaveAttribute('data-status', 'rebuilt');
  await expect(cache.locator('.suggestion')).toHaveCount(0);

  // A file typed into the context box counts as changed; the view speaks Chinese too.
  await cache.locator('.add-file input').fill('requirements.txt');
  await cache.locator('.add-file button').click();
  await expect(step(4)).toHaveAttribute('data-status', 'rebuilt');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(step(4)).toContainText('重新执行');
  await page.screenshot({ path: test.info().outputPath('cache-zh.png'), fullPage: true });
  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
});
