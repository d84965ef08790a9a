// The JS API, driven through the generated wasm-bindgen glue in pkg/ (built by scripts/build.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import init, { analyze, parseDump, version } from '../../pkg/dockplay.js';

await init({ module_or_path: await readFile(new URL('../../pkg/dockplay_bg.wasm', import.meta.url)) });

test('a syntax error is reported with its line, column and both languages', () => {
  const text = 'FROM alpine\nENV PATH\nRUN echo hi\n';
  const report = analyze([{ name: 'Dockerfile', text }], { lang: 'zh' });
  assert.equal(report.version, 1);
  const [file] = report.files;
  assert.equal(file.kind, 'dockerfile');
  const d = file.diagnostics.find((x) => x.rule === 'DP0001');
  assert.ok(d, JSON.stringify(file.diagnostics));
  assert.equal(d.severity, 'error');
  assert.equal(d.line, 2);
  assert.equal(d.column, 5);
  assert.match(d.message_i18n.en, /ENV must have two arguments/);
  assert.equal(d.message, d.message_i18n.zh);
  assert.ok(/[\u4e00-\u9fff]/.test(d.message), d.message);
  assert.equal(file.dockerfile.parses, false);
});

test('summary counts instructions and stages', () => {
  const text = 'FROM golang:1.26 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nUSER 10001\n';
  const [file] = analyze([{ name: 'Dockerfile', text }]).files;
  assert.equal(file.diagnostics.length, 0, JSON.stringify(file.diagnostics));
  assert.equal(file.dockerfile.instructions, 5);
  assert.deepEqual(file.dockerfile.stages.map((s) => [s.name, s.base, s.line]), [['build', 'golang:1.26', 1], [null, 'scratch', 3]]);
});

test('columns are given in UTF-16 units for Chinese text', () => {
  const text = 'FROM alpine\n# 中文注释\nCOPY --frm=x 全部 /dst\n';
  const [file] = analyze([{ name: 'x.Dockerfile', text }]).files;
  const d = file.diagnostics.find((x) => x.rule === 'DP0003');
  assert.ok(d, JSON.stringify(file.diagnostics));
  assert.equal(d.line, 3);
  assert.equal(d.column, 6);
  assert.equal(d.column_utf16, 6);
  assert.equal(text.slice(d.offset_utf16, d.end_offset_utf16), '--frm=x');
  assert.equal(Buffer.from(text).subarray(d.offset, d.end_offset).toString(), '--frm=x');
});

test('build args reach FROM', () => {
  const text = 'ARG BASE=alpine:3.20\nFROM ${BASE}\n';
  const [file] = analyze([{ name: 'Dockerfile', text }], { build_args: ['BASE=debian:12'] }).files;
  assert.equal(file.dockerfile.stages[0].base, 'debian:12');
});

test('parseDump matches BuildKit format and version is a string', () => {
  assert.equal(parseDump('FROM a\nCOPY --from=b x y\n'), '(from "a")\n(copy ["--from=b"] "x" "y")\n');
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});

test('bad arguments become JS errors, not crashes', () => {
  assert.throws(() => analyze('nope'));
  assert.throws(() => analyze([{ name: 'Dockerfile' }]));
  // The module still works afterwards.
  assert.equal(analyze([{ name: 'Dockerfile', text: 'FROM a' }]).files.length, 1);
});

test('teaching rules explain in both languages', () => {
  const text = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nUSER 1000\nCMD ["python", "app.py"]\n';
  const [file] = analyze([{ name: 'Dockerfile', text }], { lang: 'zh' }).files;
  const d = file.diagnostics.find((x) => x.rule === 'DP1001');
  assert.ok(d, JSON.stringify(file.diagnostics));
  assert.equal(d.line, 4);
  assert.match(d.message_i18n.en, /reinstalls all dependencies/);
  assert.match(d.message, /重新安装全部依赖/);
  assert.match(d.help, /requirements\.txt/);
});

test('arbitrary junk never kills the module', () => {
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const alphabet = 'FROM RUN COPY ENV ARG <<EOF \\ ` " \' $ { } [ ] # = \n\t 中 --mount=type=cache';
  for (let i = 0; i < 300; i++) {
    let s = '';
    const len = rnd() % 200;
    for (let j = 0; j < len; j++) s += alphabet[rnd() % alphabet.length];
    const r = analyze([{ name: 'Dockerfile', text: s }]);
    assert.equal(r.files.length, 1);
  }
});

test('compose: duplicate keys at both lines, reachability by alias, ports', () => {
  const text = [
    'services:',
    '  app:',
    '    image: python:3.12',
    '    command: one',
    '    command: two',
    '    networks:',
    '      front:',
    '        aliases: [python_server]',
    '      back:',
    '  nginx:',
    '    image: nginx',
    '    ports: ["8000:80", "127.0.0.1::443"]',
    '    networks: [front]',
    '  db:',
    '    image: mysql:8',
    '    networks: [back]',
    'networks:',
    '  front:',
    '  back:',
    '',
  ].join('\n');
  const [file] = analyze([{ name: 'compose.yaml', text }], { lang: 'zh', project_name: 'demo' }).files;
  assert.equal(file.kind, 'compose');
  const dups = file.diagnostics.filter((d) => d.rule === 'DC0002').map((d) => [d.line, d.severity]);
  assert.deepEqual(dups, [[4, 'info'], [5, 'error']]);
  assert.match(file.diagnostics.find((d) => d.severity === 'error').message, /第 4 行/);
  const net = file.network;
  assert.equal(net.project, 'demo');
  const nginxApp = net.reachability.find((r) => r.from === 'nginx' && r.to === 'app');
  assert.deepEqual(nginxApp.hostnames, ['app', 'demo-app-1', 'python_server']);
  assert.deepEqual(nginxApp.networks, ['front']);
  assert.equal(net.reachability.find((r) => r.from === 'nginx' && r.to === 'db'), undefined);
  assert.deepEqual(net.ports.map((p) => [p.service, p.host_ip, p.published, p.target, p.line]), [
    ['nginx', null, '8000', 80, 12],
    ['nginx', '127.0.0.1', null, 443, 12],
  ]);
});

test('compose: variables come from options.env', () => {
  const text = 'name: shop\nservices:\n  web:\n    image: nginx:${TAG:-1}\n    ports: ["127.0.0.1:${PORT}:80"]\n';
  const [file] = analyze([{ name: 'docker-compose.yml', text }], { env: ['PORT=9090'] }).files;
  assert.equal(file.diagnostics.length, 0, JSON.stringify(file.diagnostics));
  assert.equal(file.network.ports[0].published, '9090');
  const [unset] = analyze([{ name: 'docker-compose.yml', text }]).files;
  const d = unset.diagnostics.find((x) => x.rule === 'DC0011');
  assert.match(d.message, /"PORT"/);
  assert.equal(text.slice(d.offset, d.end_offset), '${PORT}', 'it points at the variable');
});

test('a fix applied by its UTF-16 offsets resolves the finding', () => {
  const text = 'FROM python:3.12-slim\n# 中文注释\nCMD [\'python\', \'app.py\']\n';
  const [file] = analyze([{ name: 'Dockerfile', text }]).files;
  const d = file.diagnostics.find((x) => x.rule === 'DP1004');
  assert.ok(d && d.fix, JSON.stringify(file.diagnostics));
  let fixed = text;
  for (const e of [...d.fix.edits].sort((a, b) => b.offset_utf16 - a.offset_utf16)) {
    fixed = fixed.slice(0, e.offset_utf16) + e.replacement + fixed.slice(e.end_offset_utf16);
  }
  assert.equal(fixed, 'FROM python:3.12-slim\n# 中文注释\nCMD ["python", "app.py"]\n');
  const [after] = analyze([{ name: 'Dockerfile', text: fixed }]).files;
  assert.ok(!after.diagnostics.some((x) => x.rule === 'DP1004'));
});

test('simulateCache answers "what re-runs if I change app.py?" in both languages', async () => {
  const { simulateCache } = await import('../../pkg/dockplay.js');
  const dockerfile = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n';
  const r = simulateCache(dockerfile, { changed: ['app.py'], lang: 'zh' });
  const steps = r.stages[0].steps;
  assert.deepEqual(steps.map((s) => [s.line, s.status]), [[1, 'cached'], [2, 'cached'], [3, 'rebuilt'], [4, 'rebuilt']]);
  assert.match(steps[2].reason_i18n.en, /app\.py \(changed\)/);
  assert.ok(/[\u4e00-\u9fff]/.test(steps[2].reason));
  assert.ok(r.suggestion, 'a reordering is suggested');
  const again = simulateCache(r.suggestion.reordered, { changed: ['app.py'] });
  const install = again.stages[0].steps.find((s) => s.instruction.startsWith('RUN pip'));
  assert.equal(install.status, 'cached');
  assert.ok(r.log.some((l) => l.endsWith('CACHED')));
  const bad = simulateCache('FROM a AS a\nCOPY --from=a / /\n', { target: 'nope' });
  assert.ok(bad.diagnostics.some((d) => d.rule === 'DP0010'));
});

test('compose rules: a .dclintrc given as options.config, and the Dockerfile the service builds', () => {
  const compose = 'services:\n  web:\n    build: .\n    ports: ["8000:5000"]\n  db:\n    image: postgres\n';
  const dockerfile = 'FROM python:3.12-slim\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n';
  const files = [{ name: 'compose.yaml', text: compose }, { name: 'Dockerfile', text: dockerfile }];
  const rules = (r) => r.files[0].diagnostics.map((d) => d.rule);
  const plain = rules(analyze(files));
  assert.ok(plain.includes('DC1011') && plain.includes('DC1303') && !plain.includes('DC1014'), plain.join());
  const config = JSON.stringify({ rules: { 'service-image-require-explicit-tag': 0, 'services-alphabetical-order': 2 } });
  const configured = analyze(files, { config }).files[0].diagnostics;
  assert.ok(!configured.some((d) => d.rule === 'DC1011'), 'level 0 turns it off');
  const sorted = configured.find((d) => d.rule === 'DC1014');
  assert.equal(sorted.severity, 'error');
  assert.equal(sorted.fix.safe, true);
});
