// The network picture through pkg/index.js as a user imports it: networkPicture draws the
// compose project as an SVG document in the language asked, reads the env and project options,
// answers null for a file that does not load, and rejects a text that is not a string.
// Also: rules() is exported by index.js as the README shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import init, { networkPicture, rules } from '../../pkg/index.js';

await init({ module_or_path: await readFile(new URL('../../pkg/dockplay_bg.wasm', import.meta.url)) });

const compose = 'services:\n  web:\n    image: nginx\n    ports: ["127.0.0.1:${PORT}:80"]\n    networks: [front]\n    depends_on: [db]\n  db:\n    image: postgres\n    networks: [back]\n    volumes: ["pg:/var/lib/postgresql/data"]\nnetworks:\n  front:\n  back:\n    internal: true\nvolumes:\n  pg:\n';

test('networkPicture draws the project with its ports, regions and dependencies', () => {
  const svg = networkPicture(compose, { lang: 'en', project_name: 'shop', env: ['PORT=8000'] });
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg, /<\/svg>$/);
  assert.ok(svg.includes('aria-label="Network picture of the compose project shop: 2 services on 2 networks"'));
  assert.ok(svg.includes('127.0.0.1:8000 → web:80/tcp'), 'the port, with ${PORT} from env');
  assert.ok(svg.includes('data-network="back"') && svg.includes('internal: no route out'));
  assert.ok(svg.includes('data-from="web" data-to="db"'));
  assert.ok(svg.includes('volume pg → /var/lib/postgresql/data'));
  assert.ok(!/ style=|<style/.test(svg), 'presentation attributes only');
  const zh = networkPicture(compose, { lang: 'zh', project_name: 'shop', env: ['PORT=8000'] });
  assert.ok(zh.includes('宿主机（你的电脑）') && zh.includes('数据卷 pg'));
});

test('a file that does not load has no picture; a text that is not a string throws', () => {
  assert.equal(networkPicture('services: [', {}), null);
  assert.throws(() => networkPicture(42), TypeError);
});

test('rules() is exported by index.js', () => {
  assert.ok(rules().some((r) => r.id === 'DL3008'));
});
