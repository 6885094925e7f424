// Fails (exit 1) when the element API docs disagree with the source:
//  - custom-elements.json differs from what the analyzer makes of src/ now, or
//  - the README's element reference (between the api-tables markers) differs
//    from what scripts/api-tables.mjs renders from that manifest.
// Fix either with `npm run api-docs`. Runs in `pretest`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { END, MANIFEST, README, START, currentSection, renderTables } from './api-tables.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const problems = [];

/** The first differing line of two texts, for the message. */
function firstDifference(expected, actual) {
  const want = expected.split('\n');
  const have = actual.split('\n');
  for (let i = 0; i < Math.max(want.length, have.length); i++) {
    if (want[i] !== have[i]) {
      return `    first difference at line ${i + 1}:\n      expected: ${want[i] ?? '(end)'}\n      found:    ${have[i] ?? '(end)'}`;
    }
  }
  return '';
}

// The manifest as the analyzer would write it now, without writing it.
const fresh = await cli({
  argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
  cwd: root,
  noWrite: true,
});
const freshText = `${JSON.stringify(fresh, null, 2)}\n`;

if (!existsSync(MANIFEST)) {
  problems.push('custom-elements.json is missing.');
} else {
  const committed = readFileSync(MANIFEST, 'utf8');
  if (committed !== freshText) {
    problems.push(`custom-elements.json is stale: it no longer matches the JSDoc and static properties in src/ui/.\n${firstDifference(freshText, committed)}`);
  }
}

const readme = readFileSync(README, 'utf8');
const section = currentSection(readme);
if (section === null) {
  problems.push(`README.md has no element reference section (${START} … ${END}).`);
} else {
  const expected = renderTables(fresh);
  if (section !== expected) {
    problems.push(`README.md's element reference disagrees with custom-elements.json.\n${firstDifference(expected, section)}`);
  }
}

if (problems.length) {
  console.error(`check-api-docs: the element API docs are out of date.\n\n${problems.map((p) => `  - ${p}`).join('\n')}\n\nRun \`npm run api-docs\` to regenerate custom-elements.json and the README tables.`);
  process.exit(1);
}
console.log('check-api-docs: custom-elements.json and the README element reference match the source.');
