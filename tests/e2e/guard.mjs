// The guard every browser test runs behind: no request may leave 127.0.0.1, and any page error,
// console error (of a page or of its workers) or dialog fails the test.
import { test as base, expect } from '@playwright/test';

export { expect };

// The guard: every context of a test routes all requests; pages report errors and dialogs.

class Guard {
  constructor(browser, baseURL) {
    this.browser = browser;
    this.baseURL = baseURL;
    this.outside = [];
    this.errors = [];
    this.dialogs = [];
    this.pages = new WeakSet();
    this.contexts = [];
  }

  async watchContext(context) {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.hostname === '127.0.0.1') return route.continue();
      this.outside.push(route.request().url());
      return route.abort();
    });
    context.on('page', (p) => this.watchPage(p));
    for (const p of context.pages()) this.watchPage(p);
  }

  watchPage(page) {
    if (this.pages.has(page)) return;
    this.pages.add(page);
    const where = () => page.url().slice(0, 60);
    page.on('pageerror', (e) => this.errors.push(`pageerror at ${where()}: ${e}${process.env.E2E_STACKS ? e.stack : ""}`));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console error at ${where()}: ${m.text()}`);
    });
    page.on('worker', (w) =>
      w.on('console', (m) => {
        if (m.type() === 'error') this.errors.push(`worker console error: ${m.text()}`);
      }));
    page.on('dialog', (d) => {
      this.dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
  }

  /** A new browser context (no storage), guarded like the test's own. */
  async newContext(options = {}) {
    const context = await this.browser.newContext({ baseURL: this.baseURL, ...options });
    this.contexts.push(context);
    await this.watchContext(context);
    return context;
  }

  check() {
    expect(this.outside, 'requests that left 127.0.0.1').toEqual([]);
    expect(this.errors, 'page errors and console errors').toEqual([]);
    expect(this.dialogs, 'dialogs opened by the page').toEqual([]);
  }
}

export const test = base.extend({
  guard: [
    async ({ browser, context, baseURL }, use) => {
      const guard = new Guard(browser, baseURL);
      await guard.watchContext(context);
      await use(guard);
      for (const c of guard.contexts) await c.close().catch(() => {});
      guard.check();
    },
    { auto: true },
  ],
});

