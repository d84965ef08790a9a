// The explanation and conversion API in WebAssembly, through pkg/index.js as a user imports it:
// the catalogue of one language loaded on demand, explain, convertDockerRun, composeToDockerRun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import init, { explain, loadCatalogue, convertDockerRun, composeToDockerRun } from '../../pkg/index.js';

await init({ module_or_path: await readFile(new URL('../../pkg/dockplay_bg.wasm', import.meta.url)) });

const dockerfile = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n';

test('without a catalogue items carry their own text but no effects; loading one fills them', async () => {
  const before = explain([{ name: 'Dockerfile', text: dockerfile }], { lang: 'en' });
  const run = before.files[0].items.find((i) => i.title === 'RUN');
  assert.match(run.text, /requirements\.txt/);
  assert.equal(run.effects.cache, null);
  const n = await loadCatalogue('zh');
  assert.ok(n > 500, `${n} entries`);
  const after = explain([{ name: 'Dockerfile', text: dockerfile }], { lang: 'zh' });
  const runZh = after.files[0].items.find((i) => i.title === 'RUN');
  assert.ok(/[\u4e00-\u9fff]/.test(runZh.effects.cache), runZh.effects.cache);
  assert.match(runZh.text, /第 3 行的 COPY/);
  assert.equal(runZh.docs_url, 'https://docs.docker.com/reference/dockerfile/#run');
  // One item per instruction, in file order, with positions the editor can use.
  assert.deepEqual(after.files[0].items.map((i) => [i.title, i.line]), [['FROM', 1], ['WORKDIR', 2], ['COPY', 3], ['RUN', 4], ['CMD', 5]]);
  const cmd = after.files[0].items[4];
  assert.match(cmd.text_i18n.en, /runs \["python", "app\.py"\]/);
  assert.equal(dockerfile.slice(cmd.offset_utf16, cmd.end_offset_utf16).trim(), 'CMD ["python", "app.py"]');
});

test('a finding on a line is named in its explanation with a link', () => {
  const text = 'FROM ubuntu:24.04\nRUN apt-get install -y curl\n';
  const [file] = explain([{ name: 'Dockerfile', text }], { lang: 'en' }).files;
  const run = file.items[1];
  const f = run.findings.find((x) => x.rule === 'DL3008');
  assert.ok(f, JSON.stringify(run.findings));
  assert.equal(f.docs_url, 'https://github.com/hadolint/hadolint/wiki/DL3008');
  assert.match(run.text, /DL3008 flags this/);
});

test('docker run lines convert to a compose file and back, with notes', () => {
  const conv = convertDockerRun('docker run -d -p 8000:5000 -v data:/data --name web --network net web:1\n', { lang: 'en' });
  assert.equal(conv.to, 'compose');
  assert.match(conv.output, /ports:\n {6}- "8000:5000"/);
  assert.match(conv.output, /^volumes:\n {2}data: \{\}/m);
  assert.ok(conv.notes.some((n) => n.subject === '--detach' && n.status === 'dropped'));
  const back = composeToDockerRun(conv.output, { lang: 'zh', project_name: 'demo' });
  assert.equal(back.to, 'run');
  assert.match(back.output, /docker network create demo_net/);
  assert.match(back.output, /-p 8000:5000\/tcp/);
  assert.ok(back.notes.every((n) => /[\u4e00-\u9fff]/.test(n.message)), JSON.stringify(back.notes));
});

test('misuse is a TypeError, not a trap', () => {
  assert.throws(() => explain('Dockerfile'), TypeError);
  assert.throws(() => convertDockerRun(42), TypeError);
  assert.rejects(() => loadCatalogue('fr'), TypeError);
});
