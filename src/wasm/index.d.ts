// Types of pkg/index.js: the same API as dockplay.js (analyze, explain, convertDockerRun,
// composeToDockerRun, networkPicture, rules, addCatalogue, simulateCache, parseDump, version,
// decodeShareLink, init), recovering from traps, loadCatalogue and encodeShareLink.
export * from './dockplay.js';
export { encodeShareLink, ShareState, ShareFile } from './share-link.js';
/** Load the WebAssembly module; without an argument the `dockplay_bg.wasm` beside this file
 * (fetched in a browser, read from disk in Node). */
export default function init(input?: import('./dockplay.js').InitInput | { module_or_path: import('./dockplay.js').InitInput | Promise<import('./dockplay.js').InitInput> }): Promise<import('./dockplay.js').InitOutput>;
/** Load the explanation catalogue of one language shipped beside the package; resolves to the
 * number of entries. */
export function loadCatalogue(lang: "en" | "zh"): Promise<number>;
