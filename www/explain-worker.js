// The explanation worker. The page starts it when the Explain panel first opens, so neither its
// engine nor the catalogue is part of the first load. It runs the core's JS package (engine.js,
// dockplay.js and its wasm, copied from pkg/ by scripts/build.sh) with the explanation catalogue
// of the language asked for, and answers each { id, files, lang } with { id, json } (the
// `explain` contract, as `dockplay explain --format json` prints it) or { id, error }.
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

// Requests are answered one at a time, in order; one that waits behind a newer one is dropped.
let latest = 0;
let queue = Promise.resolve();
self.onmessage = (event) => {
  const { id, files, lang } = event.data;
  latest = Math.max(latest, id);
  queue = queue.then(async () => {
    if (id < latest) return;
    try {
      await (started ??= init());
      await useCatalogue(lang === 'zh' ? 'zh' : 'en');
      self.postMessage({ id, json: JSON.stringify(explain(files, { lang })) });
    } catch (error) {
      texts.delete(lang);
      started = null;
      self.postMessage({ id, error: String(error && error.message ? error.message : error) });
    }
  });
};
