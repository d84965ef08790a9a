// Types of pkg/index.js: the same API as dockplay.js (analyze, explain, convertDockerRun,
// composeToDockerRun, networkPicture, rules, addCatalogue, simulateCache, parseDump, version,
// init), recovering from traps, and loadCatalogue.
export * from './dockplay.js';
export { default } from './dockplay.js';
/** Load the explanation catalogue of one language shipped beside the package; resolves to the
 * number of entries. */
export function loadCatalogue(lang: "en" | "zh"): Promise<number>;
