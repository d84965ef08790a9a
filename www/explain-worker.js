// The engine worker. The page starts it when a panel first needs it (the Explain panel, the
// `docker run` tab, the network picture), so neither its engine nor the catalogue is part of the
// first load. In the playground it runs the core's JS package (engine.js, dockplay.js and its
// wasm, copied from pkg/ by scripts/build.sh); in a widget (pkg/widget-explain-worker.js, made
// from this file) it runs widget-engine.js over the widget's own module, which the page posts
// first as a WebAssembly.Module, so nothing is fetched twice. Each request is
// { id, channel, key, ... } and is answered
// { id, channel, key, json } or { id, channel, key, error }; the key names the asker (a panel of
// the playground or of one widget; the channel when absent), and only each asker's newest
// request is answered (one that waits behind a newer one of the same asker is dropped).
//
// Channel "explain", { files, lang, at }: it explains the files with the catalogue of `lang`
// (once per text and language: the last explanation is kept) and `json` is the JSON of
// { item, omitted }: the innermost item of the first file around the UTF-16 offset `at` (an item
// of the `explain` contract, as `dockplay explain --format json` prints it, or null) and the
// number of items the file had past the limit. Only one item crosses back, so the page never
// parses the explanation of a whole large file.
//
// Channel "convert", { text, to, lang }: `json` is the conversion contract's JSON of
// convertDockerRun(text) (to "compose") or composeToDockerRun(text) (to "run").
//
// Channel "picture", { text, env, lang }: `json` is networkPicture(text) of the compose file with
// the `KEY=VALUE` variables `env` (the SVG document), or "" when there is none.
import init, {
  addCatalogue, explain, convertDockerRun, composeToDockerRun, networkPicture,
} from './engine.js';

let started = null;
/** The compiled module the page posted, if any (else init() fetches the engine's own). */
let given;
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

/** The JSON answer of one request. */
async function answer(data) {
  const lang = data.lang === 'zh' ? 'zh' : 'en';
  if (data.channel === 'convert') {
    const convert = data.to === 'run' ? composeToDockerRun : convertDockerRun;
    return JSON.stringify(convert(data.text, { lang }));
  }
  if (data.channel === 'picture') {
    return networkPicture(data.text, { lang, env: data.env, fallback_project_name: 'myapp' }) ?? '';
  }
  await useCatalogue(lang);
  const { files, at } = data;
  const key = [lang, ...files.flatMap((f) => [f.name, f.text])].join('\0');
  if (kept.key !== key) kept = { key, file: explain(files, { lang }).files[0] };
  const item = kept.file ? itemAt(kept.file.items, at) : null;
  return JSON.stringify({ item, omitted: kept.file ? kept.file.omitted : 0 });
}

// Requests are answered one at a time, in order; one that waits behind a newer one of its
// asker is dropped.
const latest = new Map();
let queue = Promise.resolve();
self.onmessage = (event) => {
  const data = event.data;
  if (data instanceof WebAssembly.Module) {
    given = { module_or_path: data };
    return;
  }
  const { id, channel } = data;
  const key = data.key ?? channel;
  latest.set(key, Math.max(latest.get(key) ?? 0, id));
  queue = queue.then(async () => {
    if (id < latest.get(key)) return;
    try {
      await (started ??= init(given));
      self.postMessage({ id, channel, key, json: await answer(data) });
    } catch (error) {
      texts.delete(data.lang);
      started = null;
      self.postMessage({ id, channel, key, error: String(error && error.message ? error.message : error) });
    }
  });
};
