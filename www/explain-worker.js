// The explanation worker. The page starts it when the Explain panel first opens, so neither its
// engine nor the catalogue is part of the first load. It runs the core's JS package (engine.js,
// dockplay.js and its wasm, copied from pkg/ by scripts/build.sh) with the explanation catalogue
// of the language asked for. Each request is { id, files, lang, at }: it explains the files
// (once per text and language: the last explanation is kept) and answers { id, json } with
// `json` the JSON of { item, omitted }: the innermost item of the first file around the UTF-16
// offset `at` (an item of the `explain` contract, as `dockplay explain --format json` prints it,
// or null) and the number of items the file had past the limit. Or it answers { id, error }.
// Only one item crosses back, so the page never parses the explanation of a whole large file.
import init, { addCatalogue, explain } from './engine.js';

let started = null;
const texts = new Map();
let loaded = null;

/** The catalogue of `lang` in the engine (a language replaces the other's entries). */
async function useCatalogue(lang) {
  if (!texts.has(lang)) {
    texts.set(lang, fetch(`catalogue.${lang}.json`).then((r) => {
      if (!r.ok) throw new Error(`catalogue.${lang}.json: ${r.status}`);
      return r.text();
    }));
  }
  const text = await texts.get(lang);
  if (loaded !== lang) {
    addCatalogue(text);
    loaded = lang;
  }
}

let kept = { key: null, file: null };

/** The innermost item around `at`. */
function itemAt(items, at) {
  let best = null;
  for (const i of items) {
    if (i.offset_utf16 <= at && at <= i.end_offset_utf16
      && (!best || i.end_offset_utf16 - i.offset_utf16 < best.end_offset_utf16 - best.offset_utf16)) best = i;
  }
  return best;
}

// Requests are answered one at a time, in order; one that waits behind a newer one is dropped.
let latest = 0;
let queue = Promise.resolve();
self.onmessage = (event) => {
  const { id, files, lang, at } = event.data;
  latest = Math.max(latest, id);
  queue = queue.then(async () => {
    if (id < latest) return;
    try {
      await (started ??= init());
      await useCatalogue(lang === 'zh' ? 'zh' : 'en');
      const key = [lang, ...files.flatMap((f) => [f.name, f.text])].join('\0');
      if (kept.key !== key) kept = { key, file: explain(files, { lang }).files[0] };
      const item = kept.file ? itemAt(kept.file.items, at) : null;
      self.postMessage({ id, json: JSON.stringify({ item, omitted: kept.file ? kept.file.omitted : 0 }) });
    } catch (error) {
      texts.delete(lang);
      started = null;
      self.postMessage({ id, error: String(error && error.message ? error.message : error) });
    }
  });
};
