// `npm run size`: gzips (zlib, level 9) the built files each kind of visit
// downloads and checks them against two limits per scenario:
// - `budget`: the target from issue 16 (returning visit ≤ 4.0 KB; first visit less than vanilla-cookieconsent
//   3.1's JS + CSS, 15,498 B in bench/results.md; what the banner waits for ≤ 13 KB);
// - `ceiling`: what the build weighs today, plus a little. The tests fail when
//   a ceiling is exceeded, so nothing grows while the budgets are not met yet.
// `--strict` fails on the budgets instead: the check the size issue asks for.
// Prints a table, or JSON with --json; exits 1 when a limit is exceeded (2
// when a file is missing). Sizes are per file (each file is its own request),
// summed per scenario. Run `npm run build` first.
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
    description: 'stored decision: the boot script applies it, nothing else is fetched',
    files: ['dist/consent-banner.js'],
    budget: 4 * 1024,
    // 4550 until each file began with V8's compile hint (+20 B a file; see rollup.config.mjs); then +100 B for
    // the script gate going on past a script the browser refuses to start, and tab sync's catch-up read; then
    // -50 B for two terser passes, +220 B for the one decision rule shared with the manager (decision-rule.ts).
    // Then issue 18 (+587 B when measured alone, 4673 → 5260): autoBlock matching a host plus a path-and-query
    // prefix (the rule the scanner shares), holding every other host's script or iframe until the catalogue
    // arrives when vendors are named by id (the boot fetches it and reads its domains), iframes a script
    // creates held before they load, and a config block after the script tag read once the page is parsed.
    // (The alternative, the catalogue's host table in the boot, measured +527 B for the table of its 25 vendors alone.)
    // Then +28 B (5422 → 5450) for handing the core the boot's own decision rule, cookie reader, gate rule and
    // document watch, event dispatch (boot-shared.ts), which saves every first visit 716 B of the core; then
    // -16 B for a third terser pass (5434; the other files unchanged). Then +189 B (5623) for a first visit's
    // banner without the core: the boot mounts the first layer from the UI and the config rules, announces
    // consent-ready itself, and hands the stand-in over to the first layer.
    ceiling: 5645,
  },
  {
    name: 'first visit',
    description:
      'no decision yet, everything fetched in the first second after the banner shows, without input: boot script + the config rules + the banner UI with the first layer + its texts in one language (Japanese, the larger); the core comes when the visitor reaches for the banner',
    files: ['dist/consent-banner.js', 'dist/consent-banner-core-rules.js', 'dist/consent-banner-ui.js', 'dist/consent-banner-ui-ja.js'],
    // Less than vanilla-cookieconsent 3.1's JS + CSS in the same bench (15,498 B).
    budget: 15_497,
    // 25650 until the compile hint (+80 B), the Japanese line-breaking rules (+100 B) and messages that name a
    // vendor by its place in the site's list (+31 B); then +133 B for a uiUrl that does not load falling back to
    // the UI beside the script, a truthful live region without cookies, added languages' category names, and
    // texts: the policy update notice's title and the disclosure table's note and label; +110 B for room after
    // the page's end under a bottom bar, so its last links can scroll clear of it, and a reactive layout;
    // -320 B for minified css`` templates and two terser passes, +220 B for the shared decision rule.
    // Then issue 18: the boot's +587 B above; the core +82 B for fetching the vendors' consent calls
    // (consent-banner-core-vendor-consent.js) only where their tags are on the page, +62 B for vendors' opt-out
    // pages; the Japanese texts +36 B for the disclosure table's opt-out column.
    // Then 27055 → 26303: the first layer's texts apart from the rest (consent-banner-ui-ja.js 1960 → 875 B; the
    // UI +333 B for loading them in two parts, each site text checked once). Then 25615: the core takes what the
    // boot already has (boot-shared.ts: core 8234 → 7518 B, boot +28 B) instead of bundling it again; 25599
    // with a third terser pass (boot -16 B). Then 22765: the banner shows and takes Accept all / Reject all
    // without the core (src/core/first-layer-manager.ts), which is fetched when the visitor reaches for the
    // banner; the config rules became a file of their own (2810 B), the core lost them (7518 → 5283 B), the UI
    // gained the first layer (11772 → 13457 B: the first-layer manager, which also keeps a decision when the
    // page is left before the core arrives) and the boot +189 B.
    ceiling: 22790,
  },
  {
    name: 'banner waits for',
    description:
      'no decision yet: what must arrive before the banner can show (the boot script, the config rules, the UI with the first layer and its texts: the same files as a first visit)',
    files: ['dist/consent-banner.js', 'dist/consent-banner-core-rules.js', 'dist/consent-banner-ui.js', 'dist/consent-banner-ui-ja.js'],
    budget: 13 * 1024,
    // 26303 B once the first layer's texts came apart from the rest (27055 before), 25615 B once the core took
    // what the boot already has instead of a second copy, 22765 B once the first layer mounted without the core.
    // The next kilobytes: Lit alone is 5.8 KB of the UI's 13.5 KB, the boot 5.6 KB; see the README's
    // "Size and speed" for what the rest would cost.
    ceiling: 22790,
  },
];

/**
 * Loaded only by sites or visits that use them, so in no visit's total: the core (once the visitor reaches for
 * the banner or decides, a page script asks, or a returning visit needs its judgement), the vendor catalogue (vendors
 * given by id), the core's optional parts (consent-banner-core-<part>.js: records, the unsubscribe
 * link, config and boot problem texts, catalogue completion) and the UI's (consent-banner-ui-<part>.js:
 * the other language, the rest of the texts, the preferences and notices, the switch, placeholders, disclosure tables).
 */
export const OPTIONAL_FILES = [/^dist\/consent-banner-catalogue\.js$/, /^dist\/consent-banner-core\.js$/, /^dist\/consent-banner-(core|ui)-[\w-]+\.js$/];

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** Measures every scenario. Throws an Error with code 'ENOENT' naming the missing file. */
export function measureScenarios(root = ROOT, { strict = false } = {}) {
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
  const scenarios = SCENARIOS.map(({ name, description, files, budget, ceiling }) => {
    const measured = files.map(measure);
    const raw = measured.reduce((sum, f) => sum + f.raw, 0);
    const gzip = measured.reduce((sum, f) => sum + f.gzip, 0);
    const limit = strict ? budget : ceiling;
    return { name, description, files: measured, raw, gzip, budget, ceiling, budgetMet: gzip <= budget, over: Math.max(0, gzip - limit), ok: gzip <= limit };
  });
  return { strict, scenarios, ok: scenarios.every((s) => s.ok), unlisted: unlistedFiles(root) };
}

/** Top-level .js/.css files in dist/ that no scenario mentions (dist/esm/ is for bundlers and not counted). */
function unlistedFiles(root) {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return [];
  const listed = new Set(SCENARIOS.flatMap((s) => s.files));
  return readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(m?js|css)$/.test(entry.name))
    .map((entry) => relative(root, join(dist, entry.name)).split('\\').join('/'))
    .filter((file) => !listed.has(file) && !OPTIONAL_FILES.some((pattern) => pattern.test(file)));
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => (i === 0 || i === 1 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function report(result) {
  const rows = [['scenario', 'file', 'raw bytes', 'gzip bytes', 'budget', 'ceiling', 'status']];
  for (const s of result.scenarios) {
    for (const f of s.files) rows.push([s.name, f.file, f.raw, f.gzip, '', '', '']);
    const status = s.budgetMet
      ? `budget met (${s.budget - s.gzip} left)`
      : s.ok
        ? `${s.gzip - s.budget} over budget, under ceiling`
        : `OVER ${result.strict ? 'budget' : 'ceiling'} by ${s.over}`;
    rows.push([s.name, 'total', s.raw, s.gzip, s.budget, s.ceiling, status]);
  }
  const lines = [table(rows), ''];
  for (const file of result.unlisted) {
    lines.push(`warning: ${file} is in no scenario. If a visit loads it, add it to SCENARIOS in scripts/size.mjs.`);
  }
  const failed = result.scenarios.filter((s) => !s.ok);
  const missed = result.scenarios.filter((s) => !s.budgetMet);
  const limit = result.strict ? 'budget' : 'ceiling';
  lines.push(
    failed.length
      ? `size: ${failed.map((s) => `${s.name} is ${s.gzip} B gzip, ${s.over} B over its ${limit}`).join('; ')}.`
      : missed.length
        ? `size: no ceiling exceeded; budgets not met yet: ${missed.map((s) => `${s.name} ${s.gzip} B of ${s.budget} B`).join(', ')}.`
        : 'size: every budget met (gzip -9).',
  );
  return lines.join('\n');
}

function main(argv) {
  const json = argv.includes('--json');
  const strict = argv.includes('--strict');
  const unknown = argv.filter((arg) => arg !== '--json' && arg !== '--strict');
  if (unknown.length) {
    console.error(`size: unknown argument ${unknown.join(' ')}. Usage: node scripts/size.mjs [--json] [--strict]`);
    return 2;
  }
  let result;
  try {
    result = measureScenarios(ROOT, { strict });
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
