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
  await editor.pressSequentially('FROM alpine:3.20\nRUN apk add curl\nENV DEBUG\n');
  const problem = page.locator('.diagnostic.error').first();
  await expect(problem).toContainText('ENV must have two arguments');
  await expect(problem).toContainText('line 3, column 5');
  await expect(problem).toHaveAttribute('data-line', '3');
  await expect(page.locator('#counts')).toHaveText('2 instructions, 1 stage');

  // Clicking the problem selects the offending text in the editor.
  await problem.locator('button').click();
  const selected = await editor.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selected).toBe('DEBUG');

  // Fixing it clears the list.
  await editor.press('End');
  await editor.fill('FROM alpine:3.20\nRUN apk add curl\nENV DEBUG=1\n');
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
