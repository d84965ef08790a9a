// The analysis worker: receives the compiled wasm module from boot.js, starts it and hands
// every later message to the module's request loop (run_worker). Messages that arrive while
// the module starts are kept and replayed.
import init, { run_worker } from './dockplay_www.js';

self.onmessage = async (event) => {
  const early = [];
  self.onmessage = (e) => early.push(e.data);
  try {
    await init({ module_or_path: event.data });
    run_worker();
    for (const data of early) self.onmessage(new MessageEvent('message', { data }));
  } catch (error) {
    self.postMessage(`the analysis worker could not start: ${error && error.message ? error.message : error}`);
  }
};
