// Split the explanation catalogue (src/explain/catalogue/*.json, both languages) into one file
// per language for the browser: OUT_DIR/catalogue.en.json and OUT_DIR/catalogue.zh.json, each
// with every entry but only that language's texts, so a page loads only what it shows.
// Usage: node scripts/catalogue.mjs OUT_DIR
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../src/explain/catalogue/', import.meta.url);
const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/catalogue.mjs OUT_DIR');
const entries = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')));

const pick = (t, lang) => (t == null ? null : { [lang]: t[lang] });
for (const lang of ['en', 'zh']) {
  const one = entries.map((e) => ({
    key: e.key,
    title: e.title,
    summary: pick(e.summary, lang),
    build: pick(e.build, lang),
    run: pick(e.run, lang),
    cache: pick(e.cache, lang),
    mistakes: (e.mistakes || []).map((m) => pick(m, lang)),
    example: e.example ?? null,
    docs: e.docs ?? null,
  }));
  writeFileSync(join(out, `catalogue.${lang}.json`), JSON.stringify(one));
}
