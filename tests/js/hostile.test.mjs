// Hostile input through the JS API (pkg/index.js): the cases of tests/hostile/cases.json give
// their expected diagnostics and bounded output in WebAssembly too; misuse of the API throws a
// TypeError; and a trap leaves the instance usable for the next call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import init, { analyze, simulateCache, parseDump, explain, convertDockerRun, loadCatalogue, __trapForTesting } from '../../pkg/index.js';

await init({ module_or_path: await readFile(new URL('../../pkg/dockplay_bg.wasm', import.meta.url)) });
const cases = JSON.parse(await readFile(new URL('../hostile/cases.json', import.meta.url), 'utf8'));
await loadCatalogue('zh');

/** The case's parts joined: `{i}`/`{i+1}` numbered, `\xHH` a raw byte (then given as bytes). */
function build(parts) {
  let s = '';
  for (const [template, times] of parts) {
    for (let i = 0; i < times; i++) {
      s += template.replaceAll('{i+1}', String(i + 1)).replaceAll('{i}', String(i));
    }
  }
  return s;
}

/** Invalid UTF-8 cannot be a JS string: such a case is decoded as the page would (U+FFFD). */
function asText(s) {
  if (!/\\x[0-9a-f]{2}/i.test(s)) return s;
  const bytes = [];
  for (let k = 0; k < s.length; k++) {
    const m = /^\\x([0-9a-f]{2})/i.exec(s.slice(k));
    if (m) { bytes.push(parseInt(m[1], 16)); k += 3; } else { bytes.push(...new TextEncoder().encode(s[k])); }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

for (const c of cases) {
  // Invalid bytes turn into U+FFFD before they reach the API, so DC0018 is the CLI's to give.
  const expect = (c.expect || []).filter((x) => !(x === 'DC0018'));
  test(`wasm: ${c.name}`, { timeout: 120_000 }, () => {
    const text = asText(build(c.text));
    const dockerignore = c.dockerignore ? build(c.dockerignore) : undefined;
    let json, codes;
    if (c.kind === 'cache') {
      const changed = c.changed ? Array.from({ length: c.changed.count }, (_, i) => c.changed.pattern.replaceAll('{i}', String(i))) : [];
      const previous = c.previous ? build(c.previous) : undefined;
      const r = simulateCache(text, { changed, dockerignore, previous });
      json = JSON.stringify(r);
      codes = r.diagnostics.map((d) => d.rule);
    } else {
      const name = c.kind === 'compose' ? 'compose.yaml' : 'Dockerfile';
      const r = analyze([{ name, text }], { dockerignore, config: c.config });
      json = JSON.stringify(r);
      codes = r.files[0].diagnostics.map((d) => d.rule);
      if (c.ports !== undefined) assert.equal(r.files[0].network.ports.length, c.ports);
      if (c.services !== undefined) assert.equal(r.files[0].network.services.length, c.services);
    }
    assert.ok(json.length <= c.max_output, `${json.length} bytes of output`);
    for (const code of expect) assert.ok(codes.includes(code), `${code} in ${[...new Set(codes)]}`);
    if (c.kind !== 'cache') {
      // The explanation of the same input is bounded too (items, parts, text), and the docker run
      // converter takes it without a trap.
      const name = c.kind === 'compose' ? 'compose.yaml' : 'Dockerfile';
      const e = explain([{ name, text }], { lang: 'zh', dockerignore });
      const [f] = e.files;
      assert.ok(f.items.length <= 2000, `${f.items.length} items`);
      assert.ok(f.items.every((i) => i.parts.length <= 200));
      assert.ok(JSON.stringify(e).length < 32 << 20);
      assert.ok(typeof convertDockerRun(text).output === 'string');
    }
  });
}

test('API misuse throws a TypeError, never a trap', () => {
  assert.throws(() => simulateCache(123), TypeError);
  assert.throws(() => simulateCache('FROM a\n', 'not options'), TypeError);
  assert.throws(() => analyze('Dockerfile'), TypeError);
  assert.throws(() => analyze([{ name: 1 }]), TypeError);
  assert.throws(() => analyze([{ name: 'Dockerfile', text: 'FROM a\n' }], 5), TypeError);
  assert.throws(() => analyze([{ name: 'compose.yaml', text: 'services: {}\n' }], { config: 'rules: [1' }), TypeError);
  assert.throws(() => analyze([{ name: 'compose.yaml', text: 'services: {}\n' }], { config: 'rules:\n  x: 7\n' }), TypeError);
  assert.throws(() => parseDump(null), TypeError);
  assert.throws(() => parseDump('x'.repeat(5 << 20)), RangeError);
  // The instance still works.
  assert.equal(analyze([{ name: 'Dockerfile', text: 'FROM alpine:3.22\n' }]).files.length, 1);
});

test('a trap re-creates the instance: the next call succeeds', () => {
  assert.throws(() => __trapForTesting(), WebAssembly.RuntimeError);
  const r = analyze([{ name: 'Dockerfile', text: 'FROM alpine:3.22\nRUN apt-get install curl\n' }]);
  assert.ok(r.files[0].diagnostics.some((d) => d.rule === 'DL3008'));
  assert.throws(() => __trapForTesting(), WebAssembly.RuntimeError);
  assert.equal(simulateCache('FROM alpine:3.22\n').stages.length, 1);
});
