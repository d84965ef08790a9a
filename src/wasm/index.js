// The JS API (pkg/index.js): the wasm-bindgen glue in dockplay.js, with recovery. A trap inside
// the WebAssembly instance (which would leave it unusable for every later call) re-creates the
// instance before the error reaches the caller, so the next call works again.
import glueInit, * as glue from './dockplay.js';

export { encodeShareLink } from './share-link.js';

/** Load the WebAssembly module (once; later calls return the same instance). Without an
 * argument it is `dockplay_bg.wasm` beside this file: fetched in a browser, read from disk in
 * Node. */
export default async function init(input) {
  if (input === undefined) {
    const url = new URL('dockplay_bg.wasm', import.meta.url);
    if (url.protocol === 'file:') {
      const { readFile } = await import('node:fs/promises');
      input = { module_or_path: await readFile(url) };
    }
  }
  return glueInit(input);
}
export const initSync = glue.initSync;

/** `fn`, re-creating the instance when it traps. */
function recovering(fn) {
  return function (...args) {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) glue.__wbg_reset_state();
      throw e;
    }
  };
}

export const analyze = recovering(glue.analyze);
export const explain = recovering(glue.explain);
export const addCatalogue = recovering(glue.addCatalogue);
export const convertDockerRun = recovering(glue.convertDockerRun);
export const composeToDockerRun = recovering(glue.composeToDockerRun);
export const networkPicture = recovering(glue.networkPicture);
export const rules = recovering(glue.rules);
export const decodeShareLink = recovering(glue.decodeShareLink);

/** Load the explanation catalogue of `lang` ("en" or "zh") shipped beside this file
 * (`catalogue.<lang>.json`); resolves to the number of entries. In Node the file is read from
 * disk, in a browser it is fetched from the package's own URL. */
export async function loadCatalogue(lang) {
  if (lang !== 'en' && lang !== 'zh') throw new TypeError('lang must be "en" or "zh"');
  const url = new URL(`catalogue.${lang}.json`, import.meta.url);
  let text;
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    text = await readFile(url, 'utf8');
  } else {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`cannot load ${url}: ${res.status}`);
    text = await res.text();
  }
  return addCatalogue(text);
}
export const simulateCache = recovering(glue.simulateCache);
export const parseDump = recovering(glue.parseDump);
export const version = recovering(glue.version);
export const __trapForTesting = recovering(glue.__trapForTesting);
