// Write the rule documentation the playground shows beside a problem, one file per language:
// OUT_DIR/rules.en.json and OUT_DIR/rules.zh.json ({ id: { name, severity, summary, why, fix,
// help_uri } }), taken from the built core package (pkg/) so it is the registry's own text.
// Usage: node scripts/rules-docs.mjs OUT_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import init, { rules } from '../pkg/dockplay.js';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/rules-docs.mjs OUT_DIR');
await init({ module_or_path: readFileSync(new URL('../pkg/dockplay_bg.wasm', import.meta.url)) });
const list = rules();
for (const lang of ['en', 'zh']) {
  const docs = {};
  for (const r of list) {
    docs[r.id] = {
      name: r.name, severity: r.severity, summary: r.summary[lang], why: r.why[lang], fix: r.fix[lang],
      help_uri: r.help_uri,
    };
  }
  writeFileSync(join(out, `rules.${lang}.json`), JSON.stringify(docs));
}
