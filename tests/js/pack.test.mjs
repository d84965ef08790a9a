// pkg/ is a complete npm package: `npm pack` of it installs into a scratch project (offline:
// it has no dependencies), and there the API, the share-link helper and the declarations'
// entry points work through the package's `exports`, as a user's code imports them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = fileURLToPath(new URL('../../pkg/', import.meta.url));
const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });

test('npm pack of pkg/ installs into a scratch project and works there', (t) => {
  const scratch = mkdtempSync(join(tmpdir(), 'dockplay-pack-'));
  t.after(() => rmSync(scratch, { recursive: true, force: true }));
  const [packed] = JSON.parse(npm(['pack', pkg, '--pack-destination', scratch, '--json'], scratch));
  const files = packed.files.map((f) => f.path).sort();
  for (const f of ['LICENSE', 'README.md', 'package.json', 'index.js', 'index.d.ts', 'dockplay.js', 'dockplay.d.ts',
    'dockplay_bg.wasm', 'share-link.js', 'share-link.d.ts', 'catalogue.en.json', 'catalogue.zh.json',
    // The widget and everything it loads beside itself.
    'widget.js', 'widget.d.ts', 'widget.css', 'widget-worker.js', 'widget-explain-worker.js', 'widget-engine.js', 'dockplay_widget.js',
    'dockplay_widget_bg.wasm', 'style.css', 'large-editor.js', 'large-editor.css', 'rules.en.json', 'rules.zh.json']) {
    assert.ok(files.includes(f), `${f} is in the tarball: ${files}`);
  }
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  npm(['install', '--offline', join(scratch, packed.filename)], scratch);
  assert.ok(existsSync(join(scratch, 'node_modules/dockplay/dockplay_bg.wasm')));
  writeFileSync(join(scratch, 'use.mjs'), `
import init, { analyze, explain, loadCatalogue, decodeShareLink, version } from 'dockplay';
import { encodeShareLink } from 'dockplay/share-link';
await init();
const text = 'FROM python:3.12-slim\\nCOPY . .\\nRUN pip install -r requirements.txt\\n';
const report = analyze([{ name: 'Dockerfile', text }], { lang: 'zh' });
await loadCatalogue('zh');
const item = explain([{ name: 'Dockerfile', text }], { lang: 'zh' }).files[0].items[2];
const link = await encodeShareLink({ files: [{ name: 'Dockerfile', text }], panel: 'cache' });
console.log(JSON.stringify({
  version: version(),
  rules: report.files[0].diagnostics.map((d) => d.rule),
  summary: item.effects.summary,
  back: decodeShareLink(link).state.files[0].text === text,
}));
`);
  const out = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: scratch, encoding: 'utf8' }));
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  assert.equal(out.version, manifest.version);
  assert.ok(out.rules.includes('DP1001'), `the cache-order lesson is reported: ${out.rules}`);
  assert.match(out.summary, /[\u4e00-\u9fff]/, 'the Chinese catalogue loaded from the installed package');
  assert.equal(out.back, true);
  // Only the declared entry points are importable.
  assert.throws(() => execFileSync(process.execPath, ['-e', "import('dockplay/dockplay.js').then(() => process.exit(0), (e) => { console.error(e.code); process.exit(3); })"],
    { cwd: scratch, encoding: 'utf8', stdio: 'pipe' }), /ERR_PACKAGE_PATH_NOT_EXPORTED/);
});
