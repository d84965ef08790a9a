// Precompress a built site for scripts/serve.py, and check a size budget. Node's zlib only.
//
//   node scripts/compress.mjs [--verbose] DIR [DIR…]
//     writes FILE.br (brotli, quality 11) and FILE.gz (gzip -9) next to every .html .js .mjs
//     .css .wasm .json .svg .txt file over 256 bytes in DIR and its subdirectories.
//   node scripts/compress.mjs --budget LIMIT_BYTES FILE…
//     prints each FILE's raw, gzip and brotli sizes and their totals; exits 1 when the brotli
//     total is over LIMIT_BYTES.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const EXTENSIONS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt']);
const MIN_SIZE = 256; // smaller files gain nothing worth a second request path

/** Brotli at quality 11; text mode except for binaries (wasm). */
export function brotli(buf, name) {
  return brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: extname(name) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

/** Gzip at level 9 (Node writes no timestamp, so the output is reproducible). */
export function gzip(buf) {
  return gzipSync(buf, { level: 9 });
}

/** Compress every eligible file under `dir`; returns the paths written. */
export function compressDir(dir, verbose = false) {
  const written = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      written.push(...compressDir(path, verbose));
      continue;
    }
    // .br and .gz are not in EXTENSIONS, so earlier outputs are never inputs.
    if (!entry.isFile() || !EXTENSIONS.has(extname(entry.name).toLowerCase())) continue;
    const raw = readFileSync(path);
    if (raw.length <= MIN_SIZE) continue;
    for (const [suffix, out] of [['.br', brotli(raw, entry.name)], ['.gz', gzip(raw)]]) {
      if (out.length < raw.length) {
        writeFileSync(path + suffix, out);
        written.push(path + suffix);
        if (verbose) console.log(`${path + suffix}  ${raw.length} -> ${out.length} bytes`);
      } else {
        rmSync(path + suffix, { force: true }); // no gain: leave no stale sibling behind either
      }
    }
  }
  return written;
}

/** Print the size table of `files`; returns whether the brotli total is within `limit`. */
export function budget(limit, files) {
  const rows = files.map((f) => {
    const raw = readFileSync(f);
    return [f, raw.length, gzip(raw).length, brotli(raw, f).length];
  });
  const total = ['total', ...[1, 2, 3].map((i) => rows.reduce((s, r) => s + r[i], 0))];
  const width = Math.max(5, ...files.map((f) => f.length));
  const line = ([name, ...n]) => `${name.padEnd(width)}  ${n.map((x) => String(x).padStart(10)).join('  ')}`;
  console.log(line(['file', 'raw', 'gzip', 'brotli']));
  rows.forEach((r) => console.log(line(r)));
  console.log(line(total));
  const ok = total[3] <= limit;
  if (ok) {
    console.log(`brotli total ${total[3]} bytes is within the budget of ${limit} bytes`);
  } else {
    console.error(`over budget: the brotli total of ${total[3]} bytes exceeds the budget of ${limit} bytes by ${total[3] - limit}`);
  }
  return ok;
}

function main(argv) {
  const usage = 'usage: node scripts/compress.mjs [--verbose] DIR [DIR…]\n       node scripts/compress.mjs --budget LIMIT_BYTES FILE…';
  if (argv[0] === '--budget') {
    const limit = Number(argv[1]);
    if (!Number.isInteger(limit) || limit <= 0 || argv.length < 3) {
      console.error(usage);
      return 2;
    }
    return budget(limit, argv.slice(2)) ? 0 : 1;
  }
  const verbose = argv.includes('--verbose');
  const dirs = argv.filter((a) => a !== '--verbose');
  if (dirs.length === 0) {
    console.error(usage);
    return 2;
  }
  for (const dir of dirs) compressDir(dir, verbose);
  return 0;
}

// Run as a script, not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
