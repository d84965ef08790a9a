// Share links made without the wasm (pkg/share-link.js) open in the playground: the core's own
// decoder (decodeShareLink, the one the page runs) reads back exactly the state encoded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import init, { decodeShareLink, encodeShareLink as fromIndex } from '../../pkg/index.js';
import { encodeShareLink } from '../../pkg/share-link.js';

await init();

test('a state encoded in JS decodes to the same state', async () => {
  const dockerfile = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n# 中文注释 ✓\n';
  const state = {
    files: [
      { name: 'Dockerfile', text: dockerfile },
      { name: 'compose.yaml', text: 'services:\n  web:\n    build: .\n    ports: ["8000:5000"]\n' },
      { name: 'context/app.py', text: '' },
      { name: 'context/requirements.txt', text: '' },
    ],
    build_args: [['PY', '3.12']],
    target: 'runtime',
    changed: ['app.py', 'new.txt'],
    added: ['new.txt'],
    base_moved: ['python:3.12-slim'],
    no_cache_filter: ['build'],
    built: { dockerfile, build_args: [['PY', '3.11']] },
    changed_build_args: ['PY'],
    lang: 'zh',
    panel: 'cache',
  };
  const link = await encodeShareLink(state);
  assert.match(link, /^#v1\/[A-Za-z0-9_-]+$/);
  const { state: back, error } = decodeShareLink(link);
  assert.equal(error, undefined);
  assert.deepEqual(back, state);
  // The whole URL, and the hash without '#', read the same.
  assert.deepEqual(decodeShareLink(`https://example.org/dockplay/${link}`).state, back);
  assert.deepEqual(decodeShareLink(link.slice(1)).state, back);
  assert.equal(await fromIndex(state), link, 'the API re-exports the same helper');
});

test('the smallest state, and every field left out, still opens', async () => {
  const { state } = decodeShareLink(await encodeShareLink({}));
  assert.deepEqual(state.files, []);
  assert.deepEqual(state.changed, []);
  assert.equal(state.lang, null);
  const one = decodeShareLink(await encodeShareLink({ files: [{ name: 'Dockerfile', text: 'FROM alpine\n' }] })).state;
  assert.equal(one.files[0].text, 'FROM alpine\n');
});

test('fields the playground does not know, or of the wrong type, are refused before a link is made', async () => {
  await assert.rejects(encodeShareLink({ file: [] }), { name: 'TypeError', message: /unknown field "file"/ });
  await assert.rejects(encodeShareLink({ files: [{ name: 'Dockerfile' }] }), TypeError);
  await assert.rejects(encodeShareLink({ lang: 'fr' }), { name: 'TypeError', message: /lang/ });
  await assert.rejects(encodeShareLink({ panel: 'layers' }), { name: 'TypeError', message: /panel/ });
  await assert.rejects(encodeShareLink({ build_args: ['A=1'] }), { name: 'TypeError', message: /build_args/ });
  await assert.rejects(encodeShareLink({ built: { dockerfile: '', extra: 1 } }), { name: 'TypeError', message: /built\.extra/ });
  await assert.rejects(encodeShareLink(null), TypeError);
});

test('a broken link is an error in both languages, not an exception', () => {
  for (const link of ['#v9/abc', '#v1/!!!', 'not a link', '#v1/']) {
    const r = decodeShareLink(link);
    assert.equal(r.state, undefined, link);
    assert.ok(r.error.en.length > 0 && /[\u4e00-\u9fff]/.test(r.error.zh), JSON.stringify(r));
  }
  assert.throws(() => decodeShareLink(42), TypeError);
});

test('the tutorials\' files travel whole', async () => {
  const dir = new URL('../../../shared/seed-examples/', import.meta.url);
  const { readdir } = await import('node:fs/promises');
  const names = (await readdir(dir)).filter((n) => /Dockerfile|compose/.test(n));
  assert.ok(names.length > 10);
  for (const name of names) {
    const text = await readFile(new URL(name, dir), 'utf8');
    const file = { name: /compose/.test(name) ? 'compose.yaml' : 'Dockerfile', text };
    const { state } = decodeShareLink(await encodeShareLink({ files: [file] }));
    assert.equal(state.files[0].text, text, name);
  }
});
