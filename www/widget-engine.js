// The widget's engine (pkg/widget-engine.js): what the engine worker (explain-worker.js) calls,
// over the widget's own module (dockplay_widget.js) instead of the JS package's, so a page with
// widgets downloads one engine. The same names and results as pkg/index.js for what a widget
// asks: explanations and the network picture.
import glueInit, * as glue from './dockplay_widget.js';

/** `fn`, re-creating the instance when it traps (so the next request works again). */
function recovering(fn) {
  return (...args) => {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) glue.__wbg_reset_state();
      throw e;
    }
  };
}
const engineCatalogue = recovering(glue.engineCatalogue);
const engineExplain = recovering(glue.engineExplain);
const enginePicture = recovering(glue.enginePicture);

/** Start the module (`input`: `{ module_or_path }`, the module the page posted). */
export default function init(input) {
  return glueInit(input);
}

/** Use the catalogue file `json` (it replaces the language loaded before). */
export function addCatalogue(json) {
  return engineCatalogue(json);
}

/** The explanation of `files` (`[{ name, text }]`), as `explain` of pkg/index.js gives it. */
export function explain(files, options = {}) {
  return JSON.parse(engineExplain(JSON.stringify(files), JSON.stringify(options)));
}

/** The network picture's SVG document, or null when the file does not load into a project. */
export function networkPicture(text, options = {}) {
  return enginePicture(text, JSON.stringify(options)) || null;
}

function notInWidget() {
  throw new Error('the widget converts no docker run lines');
}
export const convertDockerRun = notInWidget;
export const composeToDockerRun = notInWidget;
