// Markdown API tables for the README, from custom-elements.json.
//
//   node scripts/api-tables.mjs            prints the generated section
//   node scripts/api-tables.mjs --write    replaces it in README.md
//
// The section sits between START and END below. If README.md has no markers
// yet, `--write` adds an "## Element reference" section with them right
// before "## Development". `npm run api-docs` regenerates the manifest first;
// scripts/check-api-docs.mjs fails the tests when the two disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- api-tables:start -->';
export const END = '<!-- api-tables:end -->';

const root = new URL('../', import.meta.url);
export const README = fileURLToPath(new URL('README.md', root));
export const MANIFEST = fileURLToPath(new URL('custom-elements.json', root));

/** One table cell: no line breaks, no unescaped pipes. */
function cell(text = '') {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** The custom elements of a manifest, by tag name. */
export function elementsOf(manifest) {
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName))
    .sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));
}

/** The markdown between the markers (without them), ending in a newline. */
export function renderTables(manifest) {
  const out = ['<!-- Generated from custom-elements.json by `npm run api-docs`; do not edit by hand. -->'];
  for (const element of elementsOf(manifest)) {
    out.push('', `### \`<${element.tagName}>\``);
    if (element.description) out.push('', cell(element.description));
    const sections = [
      ['Attributes', ['Attribute', 'Description'], (element.attributes ?? []).map((a) => [`\`${a.name}\``, a.description])],
      ['Events', ['Event', 'Description'], (element.events ?? []).filter((e) => e.name).map((e) => [`\`${e.name}\``, e.description])],
      ['CSS parts', ['Part', 'Description'], (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])],
      [
        'CSS custom properties',
        ['Property', 'Description'],
        (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description + (p.default ? ` (default \`${p.default}\`)` : '')]),
      ],
    ];
    for (const [title, head, rows] of sections) {
      if (rows.length) out.push('', `#### ${title}`, '', table(head, rows));
    }
  }
  return `${out.join('\n')}\n`;
}

/** The text between the markers, or null when README has no (well-ordered) markers. */
export function currentSection(readme) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return null;
  return readme.slice(start + START.length, end).replace(/^\r?\n/, '');
}

/** README with the section replaced (or inserted before "## Development"). */
export function withTables(readme, tables) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start >= 0 && end > start) {
    return `${readme.slice(0, start + START.length)}\n${tables}${readme.slice(end)}`;
  }
  if (start >= 0 || end >= 0) throw new Error(`README.md has only one of ${START} / ${END}, or they are out of order.`);
  const development = readme.search(/^## Development\b/m);
  if (development < 0) throw new Error('README.md has no api-tables markers and no "## Development" heading to put them before.');
  const section = [
    '## Element reference',
    '',
    'Attributes, events, CSS parts and CSS custom properties of each element,',
    'generated from the JSDoc in `src/ui/` through `custom-elements.json`.',
    '',
    START,
    `${tables}${END}`,
    '',
    '',
  ].join('\n');
  return readme.slice(0, development) + section + readme.slice(development);
}

export function readManifest(path = MANIFEST) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const tables = renderTables(readManifest());
  if (process.argv.includes('--write')) {
    // Read README.md right before writing: others may be editing other parts of it.
    const readme = readFileSync(README, 'utf8');
    const updated = withTables(readme, tables);
    if (updated === readme) {
      console.log('README.md: element reference already up to date.');
    } else {
      writeFileSync(README, updated);
      console.log('README.md: element reference updated from custom-elements.json.');
    }
  } else {
    process.stdout.write(`${START}\n${tables}${END}\n`);
  }
}
