// The editor for large files (CodeMirror 6, bundled into this module by scripts/build.sh and
// loaded only when a file passes the size where a native textarea gets slow: it lays out every
// line on each keystroke, CodeMirror only the visible ones). The page's Rust code drives it
// through the handle `create` returns; positions are UTF-16 offsets, as in the report.
import { EditorState, EditorSelection, StateEffect, StateField, RangeSet } from '@codemirror/state';
import { EditorView, Decoration, GutterMarker, gutterLineClass, keymap, lineNumbers } from '@codemirror/view';
import { history, historyKeymap, standardKeymap } from '@codemirror/commands';

const SEVERITIES = ['error', 'warning', 'info', 'style'];

class LineClass extends GutterMarker {
  constructor(severity) {
    super();
    this.elementClass = severity;
  }
  eq(other) { return other.elementClass === this.elementClass; }
}
const LINE_CLASSES = SEVERITIES.map((s) => new LineClass(s));

const setProblems = StateEffect.define();

/** Underlines and gutter classes of the problems, mapped through edits until the next report. */
const problems = StateField.define({
  create: () => ({ marks: Decoration.none, lines: RangeSet.empty }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setProblems)) return build(tr.state.doc, e.value);
    if (!tr.docChanged) return value;
    return { marks: value.marks.map(tr.changes), lines: value.lines.map(tr.changes) };
  },
  provide: (f) => [
    EditorView.decorations.from(f, (v) => v.marks),
    gutterLineClass.from(f, (v) => v.lines),
  ],
});

/** `ranges`: [from, to, severity, …] in UTF-16 offsets; the index of a problem is its place. */
function build(doc, ranges) {
  const marks = [];
  const worst = new Map();
  const n = doc.length;
  for (let i = 0; i * 3 < ranges.length; i++) {
    let from = Math.min(ranges[3 * i], n);
    let to = Math.min(Math.max(ranges[3 * i + 1], from), n);
    const severity = ranges[3 * i + 2];
    // An empty range (end of a line, an empty line) still gets a visible mark.
    if (to === from) {
      if (to < n && doc.sliceString(to, to + 1) !== '\n') to += 1;
      else if (from > 0 && doc.sliceString(from - 1, from) !== '\n') from -= 1;
    }
    if (to > from) {
      marks.push(Decoration.mark({
        class: `mark ${SEVERITIES[severity]}`,
        attributes: { 'data-d': String(i) },
        problem: i,
        severity,
      }).range(from, to));
    }
    const first = doc.lineAt(from).number;
    const last = doc.lineAt(to).number;
    for (let l = first; l <= last && l < first + 1000; l++) {
      const start = doc.line(l).from;
      if (!worst.has(start) || severity < worst.get(start)) worst.set(start, severity);
    }
  }
  const lines = [...worst].sort((a, b) => a[0] - b[0]).map(([at, s]) => LINE_CLASSES[s].range(at));
  return { marks: Decoration.set(marks, true), lines: RangeSet.of(lines) };
}

/** The problem underlined at `pos` (the most severe), or -1. */
function problemAt(state, pos) {
  let best = -1;
  let rank = 9;
  state.field(problems).marks.between(pos, pos, (from, to, deco) => {
    if (from <= pos && pos <= to && deco.spec.severity < rank) {
      best = deco.spec.problem;
      rank = deco.spec.severity;
    }
  });
  return best;
}

/** Where problem `index` starts now (edits since the report move it), or -1. */
function startOf(state, index) {
  let at = -1;
  state.field(problems).marks.between(0, state.doc.length, (from, _to, deco) => {
    if (deco.spec.problem === index) {
      at = from;
      return false;
    }
    return undefined;
  });
  return at;
}

const setParts = StateEffect.define();
const setHot = StateEffect.define();

/** The parts of the explained item, [from, to, index, …], and the one highlighted (`hot`). */
const parts = StateField.define({
  create: () => ({ ranges: [], hot: -1, marks: Decoration.none }),
  update(value, tr) {
    let { ranges, hot } = value;
    for (const e of tr.effects) {
      if (e.is(setParts)) ranges = e.value;
      if (e.is(setHot)) hot = e.value;
    }
    if (ranges !== value.ranges || hot !== value.hot) {
      return { ranges, hot, marks: buildParts(tr.state.doc, ranges, hot) };
    }
    return tr.docChanged ? { ranges, hot, marks: value.marks.map(tr.changes) } : value;
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.marks),
});

function buildParts(doc, ranges, hot) {
  const marks = [];
  const n = doc.length;
  for (let i = 0; i * 3 < ranges.length; i++) {
    const from = Math.min(ranges[3 * i], n);
    const to = Math.min(Math.max(ranges[3 * i + 1], from), n);
    const index = ranges[3 * i + 2];
    if (to > from) {
      marks.push(Decoration.mark({
        class: index === hot ? 'pm hot' : 'pm',
        attributes: { 'data-p': String(index) },
        part: index,
      }).range(from, to));
    }
  }
  return Decoration.set(marks, true);
}

/** The part under `pos`, or -1. */
function partAt(state, pos) {
  let found = -1;
  state.field(parts).marks.between(pos, pos, (from, to, deco) => {
    if (from <= pos && pos < to) {
      found = deco.spec.part;
      return false;
    }
    return undefined;
  });
  return found;
}

/**
 * Make an editor in `parent` (a promise of its handle).
 * options: { text, id, label, before?, paste?: [from, to, text],
 *            onChange(text, pastedAll), onCaret(pos), onHover(index), onPart(index or -1) }
 */
export async function create(parent, options) {
  let pastedAll = false;
  let overPart = -1;
  const tellPart = (index) => {
    if (index !== overPart) {
      overPart = index;
      options.onPart?.(index);
    }
  };
  const extensions = [
    lineNumbers(),
    history(),
    keymap.of([...standardKeymap, ...historyKeymap]),
    problems,
    parts,
    EditorState.tabSize.of(4),
    EditorView.contentAttributes.of({
      id: options.id,
      'aria-label': options.label,
      'aria-multiline': 'true',
      spellcheck: 'false',
      autocapitalize: 'off',
      autocorrect: 'off',
    }),
    EditorView.domEventHandlers({
      paste(event, v) {
        const sel = v.state.selection.main;
        pastedAll = v.state.doc.length === 0 || (sel.from === 0 && sel.to === v.state.doc.length);
        return false;
      },
      mousemove(event, v) {
        const pos = v.posAtCoords({ x: event.clientX, y: event.clientY }, false);
        const index = problemAt(v.state, pos);
        if (index >= 0) options.onHover(index);
        tellPart(partAt(v.state, pos));
        return false;
      },
      mouseleave() {
        tellPart(-1);
        return false;
      },
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) {
        const pasted = update.transactions.some((tr) => tr.isUserEvent('input.paste'));
        options.onChange(update.state.doc.toString(), pasted && pastedAll);
        pastedAll = false;
      }
      if (update.selectionSet) options.onCaret(update.state.selection.main.head);
    }),
  ];
  // In a shadow root: there CodeMirror's styles go into a constructed style sheet, which the
  // page's CSP allows, where in the document they would be a <style> element, which it refuses.
  const shadow = parent.attachShadow({ mode: 'open' });
  // The page's styles (the underlines, the colours) and the editor's own.
  const sheets = ['style.css', 'large-editor.css'].map((file) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(file, import.meta.url).href;
    return link;
  });
  const box = document.createElement('div');
  box.className = 'large-box';
  shadow.append(...sheets, box);
  // A paste that opened this editor is made on the state before the view exists (a view
  // drawing the change would measure every new line, and the page has its text already), and
  // its history can undo it.
  let state = EditorState.create({ doc: options.before ?? options.text, extensions });
  let caret = null;
  if (options.before !== undefined && options.paste) {
    const [from, to, text] = options.paste;
    caret = from + text.length;
    state = state.update({
      changes: { from, to, insert: text },
      selection: EditorSelection.cursor(caret),
      userEvent: 'input.paste',
    }).state;
  }
  // The text is split into lines in one task and drawn in the next: neither is a long task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const view = new EditorView({ root: shadow, parent: box, state });
  if (caret !== null) view.dispatch({ effects: EditorView.scrollIntoView(caret, { y: 'center' }) });
  const handle = {
    /** The whole text (for tests and callers that need it). */
    text: () => view.state.doc.toString(),
    /** Replace the text from outside (a lesson, a link): a new history. */
    setText(text) {
      view.setState(EditorState.create({ doc: text, extensions }));
    },
    /** Underline the problems: a flat Uint32Array of [from, to, severity] triples. */
    setProblems(ranges) { view.dispatch({ effects: setProblems.of(ranges) }); },
    /** Underline the parts of the explained item: [from, to, index] triples (copied: the
     *  array the page passes is a view of its memory, valid only during the call). */
    setParts(ranges) { view.dispatch({ effects: setParts.of(Array.from(ranges)) }); },
    /** Highlight part `index` (-1: none). */
    hot(index) { view.dispatch({ effects: setHot.of(index) }); },
    /** Replace `from..to` with `text` as one edit Ctrl+Z undoes. */
    replace(from, to, text) {
      view.dispatch({ changes: { from, to, insert: text }, userEvent: 'input.fix', scrollIntoView: true });
      view.focus();
    },
    /** Select `from..to`, scroll it into the middle of the view and focus the editor. */
    select(from, to) {
      const n = view.state.doc.length;
      view.dispatch({
        selection: EditorSelection.single(Math.min(from, n), Math.min(to, n)),
        effects: EditorView.scrollIntoView(Math.min(from, n), { y: 'center' }),
      });
      view.focus();
    },
    caret: () => view.state.selection.main.head,
    /** The selected range, [from, to]. */
    selection: () => [view.state.selection.main.from, view.state.selection.main.to],
    /** The problem under the caret, or -1. */
    problemAtCaret: () => problemAt(view.state, view.state.selection.main.head),
    /** Left and bottom of problem `index`'s start in client pixels, or null when not drawn. */
    anchor(index) {
      const at = startOf(view.state, index);
      const c = at < 0 ? null : view.coordsAtPos(at);
      return c ? [c.left, c.bottom] : null;
    },
    focus: () => view.focus(),
    destroy: () => {
      view.destroy();
      shadow.replaceChildren();
    },
  };
  parent.dockplayEditor = handle;
  return handle;
}
