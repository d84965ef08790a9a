// The JS API (pkg/index.js): the wasm-bindgen glue in dockplay.js, with recovery. A trap inside
// the WebAssembly instance (which would leave it unusable for every later call) re-creates the
// instance before the error reaches the caller, so the next call works again.
import init, * as glue from './dockplay.js';

export default init;
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
export const simulateCache = recovering(glue.simulateCache);
export const parseDump = recovering(glue.parseDump);
export const version = recovering(glue.version);
export const __trapForTesting = recovering(glue.__trapForTesting);
