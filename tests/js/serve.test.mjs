// scripts/serve.py against a temporary site: security headers, MIME types, precompressed
// siblings by Accept-Encoding, ETags and 304s, no path traversal, no directory listings, HEAD,
// and SIGTERM.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; "
  + "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'none'";

const index = Buffer.from('<!doctype html><title>t</title><p>index page</p>\n');
const js = Buffer.from(`export const x = ${JSON.stringify('a'.repeat(500))};\n`);
const wasm = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...new Array(400).fill(7)]);
const files = {
  'index.html': index,
  'a.js': js, 'a.js.br': brotliCompressSync(js), 'a.js.gz': gzipSync(js),
  'a.wasm': wasm, 'a.wasm.br': brotliCompressSync(wasm), 'a.wasm.gz': gzipSync(wasm),
  'stale.js': js, 'stale.js.br': brotliCompressSync(Buffer.from('old')),
  'sub/page.txt': Buffer.from('not listed\n'),
  'app/index.html': index,
};

let tmp, server, base;

/** One request with the path sent exactly as given (fetch would normalise `..` and decompress). */
function get(path, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/`, { method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function assertSecurityHeaders(res) {
  assert.equal(res.headers['content-security-policy'], CSP);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['referrer-policy'], 'no-referrer');
  assert.equal(res.headers['cross-origin-opener-policy'], 'same-origin');
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'dockplay-serve-'));
  const site = join(tmp, 'site');
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(join(site, name, '..'), { recursive: true });
    await writeFile(join(site, name), bytes);
  }
  await writeFile(join(tmp, 'secret.txt'), 'outside the served directory\n');
  const old = new Date(Date.now() - 3600_000);
  await utimes(join(site, 'stale.js.br'), old, old); // older than stale.js: must not be served

  server = spawn('python3', ['scripts/serve.py', '--dir', site, '--port', '0'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  server.stderr.on('data', (d) => { err += d; });
  // The one line it prints gives the port it picked; then wait until it answers.
  base = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve.py did not start: ${out}${err}`)), 10_000);
    server.stdout.on('data', (d) => {
      out += d;
      const m = /^dockplay playground: (http:\/\/127\.0\.0\.1:\d+)\/$/m.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    server.on('exit', (code) => { clearTimeout(timer); reject(new Error(`serve.py exited (${code}): ${out}${err}`)); });
  });
  for (let i = 0; ; i++) {
    try { await get('/'); break; } catch (e) { if (i > 50) throw e; await new Promise((r) => setTimeout(r, 100)); }
  }
});

after(async () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('/ is the index, as HTML that is never cached stale, with the security headers', async () => {
  const res = await get('/');
  assert.equal(res.status, 200);
  assert.deepEqual(res.body, index);
  assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(res.headers['cache-control'], 'no-cache');
  assertSecurityHeaders(res);
  assert.deepEqual((await get('/index.html?v=1')).body, index);
});

test('a 404 has the security headers too', async () => {
  const res = await get('/missing.js');
  assert.equal(res.status, 404);
  assertSecurityHeaders(res);
});

test('MIME types of .wasm, .js and .html', async () => {
  assert.equal((await get('/a.wasm')).headers['content-type'], 'application/wasm');
  assert.equal((await get('/a.js')).headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal((await get('/app/index.html')).headers['content-type'], 'text/html; charset=utf-8');
  assert.equal((await get('/sub/page.txt')).headers['content-type'], 'text/plain; charset=utf-8');
});

test('precompressed siblings by Accept-Encoding, with the original Content-Type', async () => {
  for (const [name, type] of [['a.js', 'text/javascript; charset=utf-8'], ['a.wasm', 'application/wasm']]) {
    const br = await get(`/${name}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['content-type'], type);
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.deepEqual(br.body, files[`${name}.br`]);
    assert.equal(Number(br.headers['content-length']), files[`${name}.br`].length);

    const gz = await get(`/${name}`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gz.headers['content-type'], type);
    assert.deepEqual(gz.body, files[`${name}.gz`]);

    const plain = await get(`/${name}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    assert.deepEqual(plain.body, files[name]);
  }
  // q=0 refuses an encoding; a sibling older than its file is stale and not used.
  assert.equal((await get('/a.js', { headers: { 'accept-encoding': 'br;q=0, gzip' } })).headers['content-encoding'], 'gzip');
  const stale = await get('/stale.js', { headers: { 'accept-encoding': 'br' } });
  assert.equal(stale.headers['content-encoding'], undefined);
  assert.deepEqual(stale.body, js);
});

test('a reload revalidates: 304 without a body for the same file and encoding, 200 when either differs', async () => {
  const br = { 'accept-encoding': 'br' };
  const first = await get('/a.js', { headers: br });
  const tag = first.headers.etag;
  assert.match(tag, /^"[0-9a-f]+-[0-9a-f]+-br"$/);
  const again = await get('/a.js', { headers: { ...br, 'if-none-match': tag } });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers.etag, tag);
  assert.equal(again.headers['cache-control'], 'no-cache');
  assertSecurityHeaders(again);
  // Another encoding is another representation; a list of tags matches any of them.
  const gz = await get('/a.js', { headers: { 'accept-encoding': 'gzip', 'if-none-match': tag } });
  assert.equal(gz.status, 200);
  assert.notEqual(gz.headers.etag, tag);
  assert.equal((await get('/a.js', { headers: { ...br, 'if-none-match': `"x", ${tag}` } })).status, 304);
  // A new version of the file (another mtime) gets a new tag and its bytes.
  const before = (await get('/')).headers.etag;
  assert.equal((await get('/', { headers: { 'if-none-match': before } })).status, 304);
  const later = new Date(Date.now() + 9000);
  await utimes(join(tmp, 'site', 'index.html'), later, later);
  const changed = await get('/', { headers: { 'if-none-match': before } });
  assert.equal(changed.status, 200);
  assert.deepEqual(changed.body, index);
});

test('a .br asked for by name is plain bytes, not an encoding', async () => {
  const res = await get('/a.js.br', { headers: { 'accept-encoding': 'br' } });
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-type'], 'application/octet-stream');
  assert.equal(res.headers['content-encoding'], undefined);
  assert.deepEqual(res.body, files['a.js.br']);
});

test('nothing outside the directory is reachable', async () => {
  for (const path of ['/../', '/../secret.txt', '/%2e%2e/secret.txt', '/sub/../../secret.txt', '/..%2fsecret.txt']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.ok(!res.body.includes('outside the served directory'), path);
  }
});

test('no directory listings; a directory with an index serves it', async () => {
  for (const path of ['/sub/', '/sub']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.ok(!res.body.includes('page.txt'), path);
  }
  assert.deepEqual((await get('/app/')).body, index);
  const redirect = await get('/app');
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.location, '/app/');
});

test('HEAD sends the headers of GET without a body', async () => {
  const head = await get('/a.wasm', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal(head.headers['content-type'], 'application/wasm');
  assert.equal(head.headers['content-encoding'], 'br');
  assert.equal(Number(head.headers['content-length']), files['a.wasm.br'].length);
  assertSecurityHeaders(head);
  assert.equal((await get('/missing', { method: 'HEAD' })).status, 404);
});

test('SIGTERM stops it cleanly', async () => {
  server.kill('SIGTERM');
  const [code, signal] = await once(server, 'exit');
  assert.equal(signal, null);
  assert.equal(code, 0);
});
