// Bundle the large-file editor (www/large-editor.js and the CodeMirror packages it imports, from
// node_modules at package-lock.json's versions) into one module in the given directory, with
// the licenses of every bundled package beside it.
//   node scripts/bundle-editor.mjs www/dist
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/bundle-editor.mjs OUT_DIR');
  process.exit(2);
}

const result = await build({
  entryPoints: ['www/large-editor.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2020',
  outfile: join(out, 'large-editor.js'),
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// The packages the bundle holds, each with its license text.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/^(.*node_modules\/(@[^/]+\/[^/]+|[^/]+))\//);
  if (!m || packages.has(m[2])) continue;
  const dir = m[1];
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(dir, f)).find(existsSync);
  if (!file) throw new Error(`${m[2]}: no license file in ${dir}`);
  packages.set(m[2], { version: meta.version, license: meta.license, text: readFileSync(file, 'utf8').trim() });
}
const notice = [...packages]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, p]) => `${name} ${p.version} (${p.license})\n\n${p.text}\n`)
  .join('\n' + '-'.repeat(72) + '\n\n');
writeFileSync(join(out, 'large-editor.licenses.txt'),
  `large-editor.js bundles these packages:\n\n${notice}`);
console.log(`large-editor.js: ${[...packages.keys()].join(', ')}`);
