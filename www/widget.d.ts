// Types of pkg/widget.js: importing it defines <dockplay-widget>.

/** The files of a widget by name. */
export interface WidgetFiles {
  Dockerfile?: string;
  'compose.yaml'?: string;
  '.dockerignore'?: string;
  '.env'?: string;
}

/** The detail of the `dockplay-analysis` event, and `DockplayWidget.report`. */
export interface WidgetAnalysis {
  /** The report, as `dockplay check --format json` prints it. */
  report: import('./index.js').Report;
  /** The build cache simulation of the Dockerfile, when there is one. */
  cache: import('./index.js').CacheReport | null;
}

/** The `<dockplay-widget>` element. */
export class DockplayWidget extends HTMLElement {
  static observedAttributes: string[];
  /** The text of the widget's first file, as the reader left it; setting it replaces that file. */
  value: string;
  /** Every file's text by name; setting it replaces the widget's files. */
  files: WidgetFiles;
  /** The latest analysis, or null before the first. */
  readonly report: WidgetAnalysis | null;
}

/** `text` without the indentation common to its non-blank lines, and without blank first and last lines. */
export function dedent(text: string): string;
/** The file a source at `path` is: "Dockerfile", "compose.yaml", ".dockerignore" or ".env". */
export function kindOfPath(path: string): string;
/** A `highlight-lines` value ("3,5-7") as line numbers. */
export function lineList(value: string | null): number[];
/** A `build-args` value ("A=1 B=2") as [name, value] pairs. */
export function buildArgs(value: string | null): [string, string][];

declare global {
  interface HTMLElementTagNameMap {
    'dockplay-widget': DockplayWidget;
  }
  interface HTMLElementEventMap {
    'dockplay-analysis': CustomEvent<WidgetAnalysis>;
  }
}
