// Types of pkg/index.js: the same API as dockplay.js (analyze, simulateCache, parseDump,
// version, init), recovering from traps.
export * from './dockplay.js';
export { default } from './dockplay.js';
