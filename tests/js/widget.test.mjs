// The widget module's pure helpers (how it reads sources and attributes), and its declarations
// against its exports. The element itself is driven in Chromium (tests/e2e/widget.spec.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// widget.js defines its element at import: a stand-in for the browser's registry.
const defined = new Map();
globalThis.HTMLElement ??= class {};
globalThis.customElements ??= { get: (n) => defined.get(n), define: (n, c) => defined.set(n, c) };
const widget = await import('../../pkg/widget.js');

test('importing widget.js defines <dockplay-widget> with the attributes it follows', () => {
  const el = defined.get('dockplay-widget');
  assert.equal(el, widget.DockplayWidget);
  for (const a of ['lang', 'theme', 'panels', 'readonly', 'height', 'highlight-lines', 'changed', 'target', 'build-args', 'loading', 'src', 'playground']) {
    assert.ok(el.observedAttributes.includes(a), a);
  }
});

test('dedent removes the indentation common to the lines and the blank edges, keeps the rest', () => {
  assert.equal(widget.dedent('\n    FROM a\n      RUN b\n\n    CMD c\n  '), 'FROM a\n  RUN b\n\nCMD c\n');
  assert.equal(widget.dedent('\tservices:\r\n\t  web: {}\r\n'), 'services:\n  web: {}\n');
  assert.equal(widget.dedent('FROM a\n  RUN b'), 'FROM a\n  RUN b\n');
  assert.equal(widget.dedent('   \n  \n'), '');
});

test('a src names its kind by the file name', () => {
  assert.equal(widget.kindOfPath('lessons/compose.yaml'), 'compose.yaml');
  assert.equal(widget.kindOfPath('/x/docker-compose.prod.yml'), 'compose.yaml');
  assert.equal(widget.kindOfPath('stack.yml'), 'compose.yaml');
  assert.equal(widget.kindOfPath('a/.dockerignore'), '.dockerignore');
  assert.equal(widget.kindOfPath('prod.env'), '.env');
  assert.equal(widget.kindOfPath('Dockerfile.dev'), 'Dockerfile');
});

test('highlight-lines and build-args are read as the README says', () => {
  assert.deepEqual(widget.lineList('3, 5-7 x 0 9'), [3, 5, 6, 7, 9]);
  assert.deepEqual(widget.lineList(null), []);
  assert.equal(widget.lineList('1-999999999').length, 10000);
  assert.deepEqual(widget.buildArgs('PY=3.12 APP=web=1,FLAG'), [['PY', '3.12'], ['APP', 'web=1'], ['FLAG', '']]);
});

test('widget.d.ts declares every export of widget.js', () => {
  const dts = readFileSync(new URL('../../pkg/widget.d.ts', import.meta.url), 'utf8');
  const declared = [...dts.matchAll(/^export (?:declare )?(?:function|class) (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(declared, Object.keys(widget).sort());
});
