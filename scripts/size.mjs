// `npm run size`: gzips (zlib, level 9) the built files each kind of visit
// downloads and checks them against the size budgets. Prints a table, or JSON
// with --json; exits 1 when a budget is exceeded (2 when a file is missing).
//
// Sizes are per file (each file is its own request), summed per scenario.
// Run `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * What each kind of visit downloads, and its budget in gzip bytes.
 * When the build gains a file that a visit loads (a split chunk, a stylesheet…),
 * add it here; a .js/.css file in dist/ that no scenario lists is reported.
 */
export const SCENARIOS = [
  {
    name: 'returning visitor',
    description: 'stored decision: the boot script applies it, no UI is fetched',
    files: ['dist/consent-banner.js'],
    budget: 3 * 1024,
  },
  {
    name: 'first visit',
    description: 'no decision yet: boot script + the banner UI it imports',
    files: ['dist/consent-banner.js', 'dist/consent-banner-ui.js'],
    budget: 10 * 1024,
  },
];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** Measures every scenario. Throws an Error with code 'ENOENT' naming the missing file. */
export function measureScenarios(root = ROOT) {
  const cache = new Map();
  const measure = (file) => {
    if (!cache.has(file)) {
      const path = join(root, file);
      if (!existsSync(path)) {
        const error = new Error(`${file} does not exist. Run \`npm run build\` first.`);
        error.code = 'ENOENT';
        throw error;
      }
      const bytes = readFileSync(path);
      cache.set(file, { file, raw: bytes.length, gzip: gzipSize(bytes) });
    }
    return cache.get(file);
  };
  const scenarios = SCENARIOS.map(({ name, description, files, budget }) => {
    const measured = files.map(measure);
    const raw = measured.reduce((sum, f) => sum + f.raw, 0);
    const gzip = measured.reduce((sum, f) => sum + f.gzip, 0);
    return { name, description, files: measured, raw, gzip, budget, over: Math.max(0, gzip - budget), ok: gzip <= budget };
  });
  return { scenarios, ok: scenarios.every((s) => s.ok), unlisted: unlistedFiles(root) };
}

/** Top-level .js/.css files in dist/ that no scenario mentions (dist/esm/ is for bundlers and not counted). */
function unlistedFiles(root) {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return [];
  const listed = new Set(SCENARIOS.flatMap((s) => s.files));
  return readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(m?js|css)$/.test(entry.name))
    .map((entry) => relative(root, join(dist, entry.name)).split('\\').join('/'))
    .filter((file) => !listed.has(file));
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 || i === 1 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function report(result) {
  const rows = [['scenario', 'file', 'raw bytes', 'gzip bytes', 'budget', 'status']];
  for (const s of result.scenarios) {
    for (const f of s.files) rows.push([s.name, f.file, f.raw, f.gzip, '', '']);
    rows.push([s.name, 'total', s.raw, s.gzip, s.budget, s.ok ? `ok (${s.budget - s.gzip} left)` : `OVER by ${s.over}`]);
  }
  const lines = [table(rows), ''];
  for (const file of result.unlisted) {
    lines.push(`warning: ${file} is in no scenario. If a visit loads it, add it to SCENARIOS in scripts/size.mjs.`);
  }
  const failed = result.scenarios.filter((s) => !s.ok);
  lines.push(
    failed.length === 0
      ? 'size: every budget met (gzip -9).'
      : `size: ${failed.map((s) => `${s.name} is ${s.gzip} B gzip, ${s.over} B over its ${s.budget} B budget`).join('; ')}.`,
  );
  return lines.join('\n');
}

function main(argv) {
  const json = argv.includes('--json');
  const unknown = argv.filter((arg) => arg !== '--json');
  if (unknown.length) {
    console.error(`size: unknown argument ${unknown.join(' ')}. Usage: node scripts/size.mjs [--json]`);
    return 2;
  }
  let result;
  try {
    result = measureScenarios();
  } catch (error) {
    if (json) console.log(JSON.stringify({ ok: false, error: error.message }, null, 2));
    else console.error(`size: ${error.message}`);
    return 2;
  }
  console.log(json ? JSON.stringify(result, null, 2) : report(result));
  return result.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
