// Time and peak memory of every hostile case (tests/hostile/cases.json), natively (the release
// CLI, one process per case) and in WebAssembly (pkg/, one Node process per case), as a table.
// Run by scripts/bench-hostile.sh. Targets: < 1 s natively, < 3 s in wasm, < 256 MB.
import { readFile, writeFile, mkdtemp, mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const cases = JSON.parse(await readFile(join(root, 'tests/hostile/cases.json'), 'utf8'));
const build = (parts) => parts.map(([t, n]) => Array.from({ length: n }, (_, i) => t.replaceAll('{i+1}', String(i + 1)).replaceAll('{i}', String(i))).join('')).join('');
const bytes = (s) => {
  const out = [];
  for (let k = 0; k < s.length; k++) {
    const m = /^\\x([0-9a-f]{2})/i.exec(s.slice(k, k + 4));
    if (m) { out.push(parseInt(m[1], 16)); k += 3; } else out.push(...Buffer.from(s[k]));
  }
  return Buffer.from(out);
};

if (process.argv[2] === '--wasm-case') {
  // Child: run one case in wasm, print "ms maxrss_kb".
  const c = cases[Number(process.argv[3])];
  const { default: init, analyze, simulateCache } = await import(join(root, 'pkg/index.js'));
  await init({ module_or_path: await readFile(join(root, 'pkg/dockplay_bg.wasm')) });
  const text = build(c.text);
  const dockerignore = c.dockerignore ? build(c.dockerignore) : undefined;
  const changed = c.changed ? Array.from({ length: c.changed.count }, (_, i) => c.changed.pattern.replaceAll('{i}', String(i))) : [];
  const previous = c.previous ? build(c.previous) : undefined;
  const t0 = performance.now();
  if (c.kind === 'cache') JSON.stringify(simulateCache(text, { changed, dockerignore, previous }));
  else JSON.stringify(analyze([{ name: c.kind === 'compose' ? 'compose.yaml' : 'Dockerfile', text }], { dockerignore }));
  const ms = performance.now() - t0;
  console.log(`${ms.toFixed(0)} ${process.resourceUsage().maxRSS}`);
  process.exit(0);
}

const cli = join(root, 'target/release/dockplay');
const dir = await mkdtemp(join(tmpdir(), 'dockplay-hostile-'));
const rows = [];
for (const [k, c] of cases.entries()) {
  const d = join(dir, String(k));
  await mkdir(d);
  const file = join(d, c.kind === 'compose' ? 'compose.yaml' : 'Dockerfile');
  await writeFile(file, bytes(build(c.text)));
  if (c.dockerignore) await writeFile(join(d, '.dockerignore'), build(c.dockerignore));
  let args = ['check', '--format', 'json', file];
  if (c.kind === 'cache') {
    args = ['cache', '--format', 'json'];
    for (let i = 0; c.changed && i < c.changed.count; i++) args.push('--changed', c.changed.pattern.replaceAll('{i}', String(i)));
    if (c.previous) { await writeFile(join(d, 'previous'), build(c.previous)); args.push('--previous', join(d, 'previous')); }
    args.push(file);
  }
  const t = spawnSync('/usr/bin/time', ['-f', '%e %M', cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [secs, kb] = t.stderr.trim().split('\n').pop().split(' ');
  const w = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--wasm-case', String(k)], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [wms, wkb] = w.stdout.trim().split(' ');
  rows.push({ name: c.name, cli_s: Number(secs), cli_mb: Number(kb) / 1024, out: t.stdout.length, wasm_s: Number(wms) / 1000, wasm_mb: Number(wkb) / 1024 });
}
const fmt = (x, d) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
console.log('| input | CLI time | CLI peak memory | wasm time | wasm process peak memory | output |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  const flag = (r.cli_s >= 1 || r.wasm_s >= 3 || r.cli_mb >= 256 || r.wasm_mb >= 256) ? ' ⚠' : '';
  console.log(`| ${r.name}${flag} | ${fmt(r.cli_s, 2)} s | ${fmt(r.cli_mb, 0)} MB | ${fmt(r.wasm_s, 2)} s | ${fmt(r.wasm_mb, 0)} MB | ${(r.out / 1024).toFixed(0)} KiB |`);
}
