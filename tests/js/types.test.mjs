// The TypeScript declarations in pkg/dockplay.d.ts match the JSON the API really returns: every
// field a result carries is declared, and every declared field that is not optional is present,
// with the declared shape (checked recursively on real outputs of analyze and simulateCache).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import init, { analyze, simulateCache, explain, addCatalogue, convertDockerRun, composeToDockerRun, rules, decodeShareLink } from '../../pkg/dockplay.js';
import { encodeShareLink } from '../../pkg/share-link.js';

await init({ module_or_path: await readFile(new URL('../../pkg/dockplay_bg.wasm', import.meta.url)) });
const dts = await readFile(new URL('../../pkg/dockplay.d.ts', import.meta.url), 'utf8');

// ---- a small parser for the declarations' subset: interfaces, type aliases, unions, arrays,
// inline object types, string literals and primitives.
function tokenize(src) {
  const tokens = [];
  const re = /\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*|("(?:[^"\\]|\\.)*")|([A-Za-z_$][\w$]*)|(\[\]|[{}();:|?,<>=\[\]])/y;
  let m;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    if (m[1]) tokens.push({ kind: 'str', v: JSON.parse(m[1]) });
    else if (m[2]) tokens.push({ kind: 'id', v: m[2] });
    else if (m[3]) tokens.push({ kind: 'p', v: m[3] });
  }
  return tokens;
}

function parseDeclarations(src) {
  const t = tokenize(src);
  let i = 0;
  const peek = () => t[i];
  const eat = (v) => {
    if (!t[i] || t[i].v !== v) throw new Error(`expected ${v} at ${JSON.stringify(t.slice(i, i + 5))}`);
    i++;
  };
  function type() {
    const members = [primary()];
    while (peek() && peek().v === '|') { i++; members.push(primary()); }
    return members.length === 1 ? members[0] : { kind: 'union', members };
  }
  function primary() {
    let ty;
    const tok = t[i++];
    if (tok.kind === 'str') ty = { kind: 'lit', v: tok.v };
    else if (tok.v === '{') { i--; ty = { kind: 'object', fields: fields() }; }
    else if (tok.v === '(') { ty = type(); eat(')'); }
    else ty = { kind: 'ref', name: tok.v };
    while (peek() && peek().v === '[]') { i++; ty = { kind: 'array', of: ty }; }
    return ty;
  }
  function fields() {
    eat('{');
    const out = {};
    while (peek().v !== '}') {
      const name = t[i++].v;
      let optional = false;
      if (peek().v === '?') { optional = true; i++; }
      eat(':');
      out[name] = { optional, type: type() };
      if (peek().v === ';' || peek().v === ',') i++;
    }
    eat('}');
    return out;
  }
  const types = {};
  while (i < t.length) {
    const tok = t[i];
    if (tok.v === 'export' || tok.v === 'declare') { i++; continue; }
    if (tok.v === 'interface') {
      const name = t[i + 1].v;
      i += 2;
      // `interface A extends B, C { … }`: B's and C's fields, then A's own.
      const bases = [];
      if (peek().v === 'extends') {
        i++;
        while (peek().v !== '{') { if (peek().v !== ',') bases.push(peek().v); i++; }
      }
      const own = fields();
      const inherited = Object.assign({}, ...bases.map((b) => types[b].fields));
      types[name] = { kind: 'object', fields: { ...inherited, ...own } };
    } else if (tok.v === 'type') {
      const name = t[i + 1].v;
      i += 2;
      eat('=');
      types[name] = type();
      if (peek() && peek().v === ';') i++;
    } else {
      i++; // functions, classes and the rest: not result types
    }
  }
  return types;
}

const types = parseDeclarations(dts.slice(0, dts.indexOf('export function') > 0 ? dts.indexOf('export function') : dts.length));

// ---- the checker: `value` against `ty`, collecting every mismatch with its path.
function check(value, ty, path, problems) {
  switch (ty.kind) {
    case 'ref':
      switch (ty.name) {
        case 'string': if (typeof value !== 'string') problems.push(`${path}: not a string`); return;
        case 'number': if (typeof value !== 'number') problems.push(`${path}: not a number`); return;
        case 'boolean': if (typeof value !== 'boolean') problems.push(`${path}: not a boolean`); return;
        case 'null': if (value !== null) problems.push(`${path}: not null`); return;
        default: {
          const target = types[ty.name];
          if (!target) { problems.push(`${path}: unknown type ${ty.name}`); return; }
          check(value, target, path, problems);
          return;
        }
      }
    case 'lit':
      if (value !== ty.v) problems.push(`${path}: ${JSON.stringify(value)} is not "${ty.v}"`);
      return;
    case 'array':
      if (!Array.isArray(value)) { problems.push(`${path}: not an array`); return; }
      value.forEach((v, k) => check(v, ty.of, `${path}[${k}]`, problems));
      return;
    case 'union': {
      for (const m of ty.members) {
        const p = [];
        check(value, m, path, p);
        if (p.length === 0) return;
      }
      problems.push(`${path}: ${JSON.stringify(value)?.slice(0, 80)} matches no member of the union`);
      return;
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        problems.push(`${path}: not an object`);
        return;
      }
      for (const k of Object.keys(value)) {
        if (!(k in ty.fields)) problems.push(`${path}.${k}: returned but not declared`);
      }
      for (const [k, f] of Object.entries(ty.fields)) {
        if (!(k in value)) {
          if (!f.optional) problems.push(`${path}.${k}: declared but missing`);
          continue;
        }
        check(value[k], f.type, `${path}.${k}`, problems);
      }
      return;
    }
    default:
      problems.push(`${path}: unsupported declaration ${ty.kind}`);
  }
}

function assertMatches(value, typeName) {
  const problems = [];
  check(value, { kind: 'ref', name: typeName }, typeName, problems);
  assert.deepEqual(problems, []);
}

const dockerfile = `FROM python:3.12-slim AS base
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
CMD python app.py
FROM base AS test
RUN pytest
FROM base
maintainer someone
`;
const compose = `services:
  web:
    build: .
    ports: ["127.0.0.1:8000:5000", "9000-9001:9000-9001/udp"]
    depends_on: { db: { condition: service_healthy } }
    networks: [front, back]
  db:
    image: postgres:17
    networks: [back]
    healthcheck: { test: ["CMD", "pg_isready"] }
networks:
  front: {}
  back: { internal: true }
`;

test('analyze results match the declared Report type (Dockerfile, compose, errors, fixes)', () => {
  const report = analyze([
    { name: 'Dockerfile', text: dockerfile },
    { name: 'compose.yaml', text: compose },
    { name: 'broken.Dockerfile', text: 'FROM alpine\nENV PATH\nRUNN x\n' },
    { name: 'notes.txt', text: 'hello' },
  ], { lang: 'zh' });
  assert.ok(report.files[0].diagnostics.some((d) => d.fix !== null), 'a fix is exercised');
  assert.ok(report.files[1].network.ports.length > 0, 'ports are exercised');
  assertMatches(report, 'Report');
});

test('simulateCache results match the declared CacheReport type (suggestion, skipped stages, errors)', () => {
  const withSuggestion = simulateCache(dockerfile, { changed: ['app.py'], target: 'base', lang: 'zh' });
  assert.ok(withSuggestion.suggestion, 'the suggestion is exercised');
  assertMatches(withSuggestion, 'CacheReport');
  const withError = simulateCache(dockerfile, { target: 'nope', no_cache_filter: ['test'] });
  assert.ok(withError.diagnostics.length > 0);
  assertMatches(withError, 'CacheReport');
});

test('explain results match the declared ExplainReport type (every file kind, catalogue loaded)', async () => {
  addCatalogue(await readFile(new URL('../../pkg/catalogue.en.json', import.meta.url), 'utf8'));
  const report = explain([
    { name: 'Dockerfile', text: dockerfile },
    { name: 'compose.yaml', text: compose },
    { name: 'run.sh', text: 'docker run -d -p 8000:5000 --nme x web:1 -d debug\n' },
    { name: 'broken.Dockerfile', text: 'FROM alpine\nENV PATH\nRUNN x\n' },
    { name: 'notes.txt', text: 'hello' },
  ], { lang: 'en' });
  assert.ok(report.files.every((f) => f.kind === null || f.items.length > 0));
  assert.ok(report.files[0].items.some((i) => i.effects.cache !== null), 'effects are exercised');
  assert.ok(report.files[2].items[0].findings.length > 0, 'findings are exercised');
  assertMatches(report, 'ExplainReport');
});

test('conversion results match the declared Conversion type (both directions, with errors)', () => {
  const toCompose = convertDockerRun('docker run -d -p 8000:5000 --bogus web:1\n', { lang: 'zh' });
  assert.ok(toCompose.diagnostics.length > 0 && toCompose.notes.length > 0);
  assertMatches(toCompose, 'Conversion');
  const toRun = composeToDockerRun(compose, {});
  assert.ok(toRun.output.includes('docker run'));
  assertMatches(toRun, 'Conversion');
});

test('decodeShareLink results match the declared ShareLinkResult type (full state, smallest, broken)', async () => {
  const full = await encodeShareLink({
    files: [{ name: 'Dockerfile', text: 'FROM alpine\n' }], build_args: [['A', '1']], target: 't', changed: ['a'],
    added: ['a'], removed: ['b'], changed_build_args: ['A'], base_moved: ['alpine'], no_cache_filter: ['t'],
    built: { dockerfile: 'FROM alpine\n', build_args: [] }, lang: 'zh', panel: 'cache',
  });
  for (const link of [full, await encodeShareLink({}), '#v2/x']) assertMatches(decodeShareLink(link), 'ShareLinkResult');
});

test('the rule list matches the declared RuleInfo type, every code once', () => {
  const list = rules();
  assert.ok(list.length > 100);
  assert.equal(new Set(list.map((r) => r.id)).size, list.length);
  assert.ok(list.some((r) => r.differs !== null) && list.some((r) => r.help_uri !== null));
  list.forEach((r, i) => assertMatches(r, 'RuleInfo', `rules[${i}]`));
});

test('the checker itself catches a field that is not declared and one that is missing', () => {
  const problems = [];
  check({ en: 'a', zh: 'b', extra: 1 }, { kind: 'ref', name: 'Localized' }, 'x', problems);
  check({ en: 'a' }, { kind: 'ref', name: 'Localized' }, 'y', problems);
  assert.deepEqual(problems, ['x.extra: returned but not declared', 'y.zh: declared but missing']);
});
