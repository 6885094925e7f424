// The Subresource Integrity hash of the built script tag file, for the README's
// copy-paste tag. `--write` puts it into README.md between the sri markers;
// `--check` fails when the README's hash is not that of dist/consent-banner.js.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const START = '<!-- sri:start -->';
const END = '<!-- sri:end -->';

const hash = `sha384-${createHash('sha384').update(readFileSync(new URL('dist/consent-banner.js', root))).digest('base64')}`;
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const block = `${START}
\`\`\`html
<script
  src="https://cdn.jsdelivr.net/npm/consent-banner@${version}/dist/consent-banner.js"
  integrity="${hash}"
  crossorigin="anonymous"
  data-policy-url="/privacy"
></script>
\`\`\`
${END}`;

const readmeUrl = new URL('README.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const current = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
const mode = process.argv[2];
if (mode === '--write') {
  if (!readme.includes(START)) throw new Error(`README.md has no ${START} marker`);
  writeFileSync(readmeUrl, readme.replace(current, block));
  console.log(`sri: README.md now shows ${hash}`);
} else if (mode === '--check') {
  if (current !== block) {
    console.error(`sri: the README's script tag does not carry the hash of dist/consent-banner.js (${hash}). Run: node scripts/sri.mjs --write`);
    process.exit(1);
  }
  console.log('sri: the README shows the hash of dist/consent-banner.js.');
} else {
  console.log(hash);
}
