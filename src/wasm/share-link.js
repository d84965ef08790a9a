// Share links without the wasm (pkg/share-link.js): docs generators and host pages build a
// playground link from a state with `encodeShareLink`, in a browser or in Node 18+, using the
// platform's own DEFLATE (CompressionStream). The format is the playground's: "#v1/" and the
// base64url (no padding) of the raw DEFLATE of the state's JSON (see the package README).

const LISTS = ['changed', 'added', 'removed', 'changed_build_args', 'base_moved', 'no_cache_filter'];
const FIELDS = new Set(['files', 'build_args', 'target', 'built', 'lang', 'panel', ...LISTS]);
const PANELS = ['problems', 'explain', 'cache', 'network'];
/** The playground refuses longer links. */
const MAX_LINK = 2 << 20;

const fail = (what) => {
  throw new TypeError(`encodeShareLink: ${what}`);
};
const isString = (x) => typeof x === 'string';

function pairs(value, where) {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((p) => Array.isArray(p) && p.length === 2 && p.every(isString))) {
    fail(`${where} must be an array of [name, value] strings`);
  }
  return value.map(([k, v]) => [k, v]);
}

/** The state as the playground reads it, checked; empty lists are left out. */
function normalize(state) {
  if (state === null || typeof state !== 'object' || Array.isArray(state)) fail('the state must be an object');
  for (const key of Object.keys(state)) if (!FIELDS.has(key)) fail(`unknown field "${key}"`);
  const out = {};
  const files = state.files ?? [];
  if (!Array.isArray(files) || !files.every((f) => f && isString(f.name) && isString(f.text))) {
    fail('files must be an array of { name, text } strings');
  }
  out.files = files.map((f) => ({ name: f.name, text: f.text }));
  out.build_args = pairs(state.build_args, 'build_args');
  if (state.target != null) {
    if (!isString(state.target)) fail('target must be a string');
    out.target = state.target;
  }
  for (const key of LISTS) {
    const list = state[key] ?? [];
    if (!Array.isArray(list) || !list.every(isString)) fail(`${key} must be an array of strings`);
    if (list.length || key === 'changed') out[key] = [...list];
  }
  if (state.built != null) {
    const b = state.built;
    if (typeof b !== 'object' || !isString(b.dockerfile)) fail('built must be { dockerfile, build_args }');
    for (const key of Object.keys(b)) if (key !== 'dockerfile' && key !== 'build_args') fail(`unknown field "built.${key}"`);
    out.built = { dockerfile: b.dockerfile, build_args: pairs(b.build_args, 'built.build_args') };
  }
  if (state.lang != null) {
    if (state.lang !== 'en' && state.lang !== 'zh') fail('lang must be "en" or "zh"');
    out.lang = state.lang;
  }
  if (state.panel != null) {
    if (!PANELS.includes(state.panel)) fail(`panel must be one of ${PANELS.join(', ')}`);
    out.panel = state.panel;
  }
  return out;
}

async function deflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function base64url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The share link of a playground state: a promise of its hash, `#v1/…`; put it after the
 * playground's URL (`https://example.org/dockplay/` + hash). A field the playground does not
 * know, or of the wrong type, is a TypeError; a link over 2 MiB (which the playground refuses)
 * a RangeError.
 */
export async function encodeShareLink(state) {
  const json = JSON.stringify(normalize(state));
  const link = `#v1/${base64url(await deflateRaw(new TextEncoder().encode(json)))}`;
  if (link.length > MAX_LINK) throw new RangeError(`encodeShareLink: the link has ${link.length} characters; the playground reads at most ${MAX_LINK}`);
  return link;
}
