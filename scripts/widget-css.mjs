// Write OUT_DIR/widget.css: the widget's shadow-root style sheet. It is the playground's
// www/style.css with :host for :root (the element's `theme` attribute for <html data-theme>),
// after a reset of what the host page's styles would pass down, and before www/widget.css.
// Usage: node scripts/widget-css.mjs OUT_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/widget-css.mjs OUT_DIR');
const page = readFileSync('www/style.css', 'utf8');
const hosted = page
  .replaceAll(':root:not([data-theme="light"])', ':host(:not([theme="light"]))')
  .replace(/:root\[data-theme="(\w+)"\]/g, ':host([theme="$1"])')
  .replaceAll(':root', ':host')
  .replace(/^html, body \{/m, '.host {');
const rules = hosted.replace(/\/\*[\s\S]*?\*\//g, '');
if (rules.includes(':root') || rules.includes('data-theme')) throw new Error('widget-css: a :root rule was not rewritten');
// Inherited properties (colour, font, line height, alignment…) stop at the element.
const reset = ':host { all: initial; }\n';
writeFileSync(join(out, 'widget.css'), reset + hosted + readFileSync('www/widget.css', 'utf8'));
