// <dockplay-widget>: a live, explained Dockerfile or compose example for any page (pkg/widget.js).
// Importing this module defines the element; it loads nothing else until a widget needs it. The
// first widget to load compiles the wasm (dockplay_widget_bg.wasm) once, starts the one analysis
// worker every widget of the page shares (widget-worker.js) and renders itself into its shadow
// root; the worker for the Explain panel and the network picture (widget-explain-worker.js)
// starts from the same compiled module when first needed, so a page downloads one engine.
// Nothing here builds HTML from strings, and the element never touches the page's address,
// storage, title or language.

const base = new URL('./', import.meta.url);

/** The source types the element reads, and the files they become. */
const KINDS = {
  'text/x-dockerfile': 'Dockerfile',
  'text/x-compose': 'compose.yaml',
  'text/x-dockerignore': '.dockerignore',
  'text/x-env': '.env',
};
const ORDER = Object.values(KINDS);

/** What the element says before the engine runs, in both languages. */
const TEXT = {
  en: {
    load: 'Load the live example',
    loading: 'Loading the live example…',
    failed: 'The live example could not start:',
    source: 'The example\'s source could not be read:',
  },
  zh: {
    load: '加载实时示例',
    loading: '正在加载实时示例……',
    failed: '实时示例无法启动：',
    source: '无法读取示例的源文件：',
  },
};

/** The text with the indentation common to its non-blank lines removed, and blank edges. */
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0]);
  let common = indents[0] ?? '';
  for (const i of indents) {
    while (!i.startsWith(common)) common = common.slice(0, -1);
  }
  return lines.map((l) => l.slice(Math.min(common.length, l.match(/^[ \t]*/)[0].length))).join('\n') + (lines.length ? '\n' : '');
}

/** The file a source named `path` is (by its name, as Docker tools name them). */
export function kindOfPath(path) {
  const name = path.split(/[/\\]/).pop().toLowerCase();
  if (/^(docker-)?compose[\w.-]*\.ya?ml$/.test(name) || /\.ya?ml$/.test(name)) return 'compose.yaml';
  if (name.endsWith('.dockerignore')) return '.dockerignore';
  if (name === '.env' || name.endsWith('.env')) return '.env';
  return 'Dockerfile';
}

/** `3,5-7` as [3, 5, 6, 7] (at most 10,000 lines). */
export function lineList(value) {
  const out = [];
  for (const part of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const m = part.match(/^(\d+)(?:-(\d+))?$/);
    if (!m) continue;
    const from = Number(m[1]);
    const to = Math.min(Number(m[2] ?? m[1]), from + 10000);
    for (let n = from; n <= to && out.length < 10000; n++) if (n > 0) out.push(n);
  }
  return out;
}

/** `A=1 B=2` (spaces or commas between) as [["A", "1"], ["B", "2"]]. */
export function buildArgs(value) {
  return (value ?? '').split(/[\s,]+/).filter(Boolean).map((pair) => {
    const i = pair.indexOf('=');
    return i < 0 ? [pair, ''] : [pair.slice(0, i), pair.slice(i + 1)];
  });
}

const words = (value) => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** The page's language, else the browser's: "zh" or "en". */
function pageLang(el) {
  const lang = el.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

async function compile(url) {
  try {
    return await WebAssembly.compileStreaming(fetch(url));
  } catch {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

let engine = null;

/** The page's one engine: the module, initialised once, and the shared analysis worker. */
function start() {
  engine ??= (async () => {
    const glue = await import('./dockplay_widget.js');
    const module = await compile(new URL('dockplay_widget_bg.wasm', base));
    await glue.default({ module_or_path: module });
    const worker = new Worker(new URL('widget-worker.js', base), { type: 'module' });
    worker.postMessage(module);
    glue.widget_setup(() => import('./large-editor.js'), base.href, module);
    return { glue, worker };
  })();
  engine.catch(() => {
    engine = null;
  });
  return engine;
}

/** Read a same-origin source file. */
async function fetchSource(src) {
  const url = new URL(src, document.baseURI);
  if (url.origin !== location.origin) throw new Error(`${url.href}: not on this page's origin`);
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.text();
}

const ATTRIBUTES = ['lang', 'theme', 'panels', 'panel', 'readonly', 'height', 'highlight-lines', 'changed',
  'target', 'build-args', 'loading', 'src', 'playground', 'aria-label'];

export class DockplayWidget extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #shadow = null;
  #root = null;
  #handle = null;
  /** The sources by file name, once read. */
  #files = null;
  #report = null;
  #observer = null;
  #starting = false;

  connectedCallback() {
    if (!this.#shadow) {
      this.#shadow = this.attachShadow({ mode: 'open' });
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL('widget.css', base).href;
      this.#root = document.createElement('div');
      this.#root.className = 'host';
      this.#shadow.append(link, this.#root);
    }
    this.#size();
    if (this.#handle || this.#starting) return;
    const loading = this.getAttribute('loading') ?? 'eager';
    if (loading === 'click') this.#placeholder();
    else if (loading === 'lazy' && 'IntersectionObserver' in window) {
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.#observer.disconnect();
          this.#observer = null;
          this.#load();
        }
      }, { rootMargin: '200px' });
      this.#observer.observe(this);
    } else this.#load();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    // Moved within the page: the widget comes back on connection.
    queueMicrotask(() => {
      if (this.isConnected || !this.#handle) return;
      this.#handle.destroy();
      this.#handle = null;
      this.#root.replaceChildren();
    });
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.#shadow) return;
    if (name === 'height') this.#size();
    if (name === 'src') this.#files = null;
    if (this.#handle && name !== 'loading' && name !== 'theme') this.#refresh();
  }

  /** The text of the widget's first file, as the reader left it. */
  get value() {
    const files = this.files;
    return files[Object.keys(files)[0]] ?? '';
  }

  /** Replace the first file's text. */
  set value(text) {
    const files = this.#sources();
    const name = Object.keys(files)[0] ?? 'Dockerfile';
    this.files = { ...this.files, [name]: String(text) };
  }

  /** Every file's text by name (`Dockerfile`, `compose.yaml`, `.dockerignore`, `.env`). */
  get files() {
    if (!this.#handle) return { ...(this.#files ?? {}) };
    const f = JSON.parse(this.#handle.files());
    const out = {};
    for (const [name, text] of [['Dockerfile', f.dockerfile], ['compose.yaml', f.compose], ['.dockerignore', f.dockerignore], ['.env', f.env]]) {
      if (text || (this.#files && name in this.#files)) out[name] = text;
    }
    return out;
  }

  set files(files) {
    const out = {};
    for (const name of ORDER) if (typeof files?.[name] === 'string') out[name] = files[name];
    this.#files = out;
    if (this.#handle) this.#refresh();
  }

  /** The latest analysis (`{ report, cache }`), or null before the first. */
  get report() {
    return this.#report;
  }

  #lang() {
    const l = this.getAttribute('lang');
    return l ? (l.toLowerCase().startsWith('zh') ? 'zh' : 'en') : pageLang(this.parentElement ?? this);
  }

  /** The sources inline in the element (`<script type="text/x-…">`), once read. */
  #sources() {
    if (!this.#files) {
      this.#files = {};
      for (const s of this.querySelectorAll(':scope > script[type]')) {
        const name = KINDS[s.type.toLowerCase()];
        if (name && !(name in this.#files) && !s.hasAttribute('src')) this.#files[name] = dedent(s.textContent);
      }
    }
    return this.#files;
  }

  /** Sources named by `src=` (on the element or on a child script), read once. */
  async #fetchSources() {
    const files = this.#sources();
    const wanted = [];
    if (this.hasAttribute('src')) wanted.push([kindOfPath(this.getAttribute('src')), this.getAttribute('src')]);
    for (const s of this.querySelectorAll(':scope > script[type][src]')) {
      const name = KINDS[s.type.toLowerCase()];
      if (name) wanted.push([name, s.getAttribute('src')]);
    }
    for (const [name, src] of wanted) if (!(name in files)) files[name] = await fetchSource(src);
  }

  #options() {
    const files = this.#sources();
    const panels = words(this.getAttribute('panels'));
    const first = this.getAttribute('panel') ?? panels[0];
    const target = this.getAttribute('target');
    return JSON.stringify({
      state: {
        files: ORDER.filter((n) => n in files).map((name) => ({ name, text: files[name] })),
        build_args: buildArgs(this.getAttribute('build-args')),
        target: target || null,
        changed: words(this.getAttribute('changed')),
        lang: this.#lang(),
        panel: first ? ({ layers: 'cache', ports: 'network' }[first] ?? first) : null,
      },
      panels,
      readonly: this.hasAttribute('readonly') && this.getAttribute('readonly') !== 'false',
      highlight: lineList(this.getAttribute('highlight-lines')),
      playground: new URL(this.getAttribute('playground') ?? 'index.html', this.hasAttribute('playground') ? document.baseURI : base).href,
      label: this.getAttribute('aria-label'),
    });
  }

  /** The editor's height: the `height` attribute, else as many lines as the longest file. */
  #size() {
    const h = this.getAttribute('height');
    if (h) this.style.setProperty('--dp-height', /^\d+$/.test(h) ? `${h}px` : h);
    else this.style.removeProperty('--dp-height');
    const files = Object.values(this.#files ?? this.#sources());
    const lines = Math.max(4, ...files.map((t) => t.split('\n').length));
    this.style.setProperty('--dp-lines', String(Math.min(lines, 30)));
  }

  #refresh() {
    this.#size();
    try {
      this.#handle.update(this.#options());
    } catch (error) {
      console.error(error);
    }
  }

  #notice(kind, text, detail) {
    const p = document.createElement('div');
    p.className = `notice ${kind}`;
    p.setAttribute('role', kind === 'failed' ? 'alert' : 'status');
    p.textContent = text;
    if (detail) {
      const pre = document.createElement('pre');
      pre.textContent = detail;
      p.append(pre);
    }
    this.#root.replaceChildren(p);
  }

  #placeholder() {
    const lang = this.#lang();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'load';
    button.textContent = TEXT[lang].load;
    const pre = document.createElement('pre');
    pre.className = 'preview';
    pre.textContent = Object.values(this.#sources())[0] ?? '';
    button.addEventListener('click', () => this.#load(), { once: true });
    this.#root.replaceChildren(button, pre);
  }

  async #load() {
    if (this.#starting || this.#handle) return;
    this.#starting = true;
    const lang = this.#lang();
    this.#notice('loading', TEXT[lang].loading);
    try {
      await this.#fetchSources();
    } catch (error) {
      this.#starting = false;
      this.#notice('failed', TEXT[lang].source, String(error && error.message ? error.message : error));
      return;
    }
    this.#size();
    try {
      const { glue, worker } = await start();
      // Widgets waiting for the engine mount one per task: twenty make no long task together.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!this.isConnected) return;
      const mount = document.createElement('div');
      this.#root.replaceChildren(mount);
      this.#handle = glue.mount_widget(mount, this.#options(), worker, (json) => {
        this.#report = JSON.parse(json);
        this.dispatchEvent(new CustomEvent('dockplay-analysis', { detail: this.#report, bubbles: true, composed: true }));
      });
    } catch (error) {
      this.#notice('failed', TEXT[lang].failed, String(error && error.message ? error.message : error));
    } finally {
      this.#starting = false;
    }
  }
}

if (!customElements.get('dockplay-widget')) customElements.define('dockplay-widget', DockplayWidget);
