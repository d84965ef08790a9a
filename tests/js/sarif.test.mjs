// `dockplay check --format sarif` validated against the SARIF 2.1.0 JSON schema (the OASIS
// release schema as shipped in @microsoft/jest-sarif), on the seed examples in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
);
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const seeds = new URL('../../../shared/seed-examples/', import.meta.url).pathname;
const files = readdirSync(seeds)
  .filter((f) => /Dockerfile$|\.ya?ml$/.test(f))
  .map((f) => seeds + f);

function sarif(args) {
  // Exit code 1 means findings; the log is on stdout either way.
  try {
    return execFileSync('cargo', ['run', '-q', '--bin', 'dockplay', '--', 'check', '--format', 'sarif', ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
  } catch (e) {
    if (e.status === 1) return e.stdout;
    throw e;
  }
}

for (const lang of ['en', 'zh']) {
  test(`SARIF of the seed examples (${lang}) is valid SARIF 2.1.0`, () => {
    const log = JSON.parse(sarif(['--lang', lang, ...files]));
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    const run = log.runs[0];
    assert.ok(run.results.length > 20, `only ${run.results.length} results`);
    // Every result points at its rule, and registered rules carry docs and a link.
    for (const r of run.results) {
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      assert.ok(r.locations[0].physicalLocation.region.startLine >= 1);
    }
    const dl3006 = run.tool.driver.rules.find((r) => r.id === 'DL4000');
    assert.ok(dl3006, 'DL4000 fires on the seeds');
    assert.equal(dl3006.helpUri, 'https://github.com/hadolint/hadolint/wiki/DL4000');
    assert.match(dl3006.help.markdown, /```dockerfile/);
    const teaching = run.tool.driver.rules.find((r) => r.id === 'DP1001');
    assert.ok(teaching && teaching.help.text.length > 40);
    if (lang === 'zh') assert.ok(/[\u4e00-\u9fff]/.test(teaching.shortDescription.text));
    // The compose rules are results of the compose files, with their rule metadata.
    const version = run.tool.driver.rules.find((r) => r.id === 'DC1001');
    assert.ok(version, 'DC1001 fires on the seeds');
    assert.match(version.helpUri, /docker-compose-linter.*no-version-field/);
    const onCompose = run.results.filter((r) => r.ruleId === 'DC1101');
    assert.ok(onCompose.length > 0 && onCompose.every((r) => /compose\.yml$/.test(r.locations[0].physicalLocation.artifactLocation.uri)));
  });
}

test('a file that does not parse still gives valid SARIF', () => {
  const log = JSON.parse(sarif([root + 'tests/fixtures/check/heredoc-unterminated/Dockerfile']));
  assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  assert.ok(log.runs[0].results.some((r) => r.level === 'error'));
});

test('the schema rejects a log that is not SARIF', () => {
  assert.equal(validate({ runs: [{ results: [] }] }), false);
  assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] }), false);
});
