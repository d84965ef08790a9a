// Start the playground: compile the wasm once, run the interface with it and hand the same
// module to the analysis worker (worker.js). On failure, show the bilingual error card that
// index.html holds (text only: nothing here builds HTML from strings).
import init, { run_app } from './dockplay_www.js';

const wasmUrl = new URL('./dockplay_www_bg.wasm', import.meta.url);

async function compile() {
  try {
    return await WebAssembly.compileStreaming(fetch(wasmUrl));
  } catch {
    // A server without the application/wasm type: compile from the bytes.
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`${wasmUrl.pathname}: HTTP ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

function fail(error) {
  const card = document.getElementById('boot-error');
  const detail = document.getElementById('boot-error-detail');
  if (!card) return;
  card.hidden = false;
  detail.textContent = String(error && error.message ? error.message : error);
  const loading = document.querySelector('.boot-loading');
  if (loading) loading.hidden = true;
}

try {
  const module = await compile();
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.postMessage(module);
  await init({ module_or_path: module });
  // The large-file editor (CodeMirror) is imported only when a file first needs it.
  run_app(worker, () => import('./large-editor.js'), new URL('./', import.meta.url).href);
} catch (error) {
  fail(error);
}
