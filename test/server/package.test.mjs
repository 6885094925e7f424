// Packs the package as npm would publish it, installs the tarball into a fresh
// project and imports every entry, the way a user's project would.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'consent-banner-pack-'));
after(() => rmSync(work, { recursive: true, force: true }));

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('the packed tarball installs and every entry loads', { timeout: 180_000 }, async () => {
  npm(['pack', '--pack-destination', work, '--silent'], root);
  const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
  assert.ok(tarball, 'npm pack produced no tarball');

  const project = join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball)], project);

  const installed = join(project, 'node_modules', 'consent-banner');
  for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'schema/consent-record.schema.json', 'dist/consent-banner.js']) {
    assert.ok(existsSync(join(installed, file)), `${file} is missing from the package`);
  }
  assert.ok(!existsSync(join(installed, 'src')) && !existsSync(join(installed, 'test')), 'sources and tests are not shipped');
  // The consent service's database and validation packages are optional peers: a widget install gets none.
  for (const name of ['@electric-sql/pglite', 'pg', 'ajv']) assert.ok(!existsSync(join(project, 'node_modules', name)), `${name} was installed with the widget`);

  // Entries that run in Node are imported; the browser-only ones are resolved through the exports map.
  const check = `
    const core = await import('consent-banner/core');
    const server = await import('consent-banner/server');
    const catalogue = await import('consent-banner/catalogue');
    if (typeof core.createConsentManager !== 'function') throw new Error('core');
    if (typeof server.readConsent !== 'function') throw new Error('server');
    if (!catalogue.VENDOR_CATALOGUE.ga4) throw new Error('catalogue');
    // The service loads without its optional peers (no database, no ajv is installed here) and says what to install.
    const service = await import('consent-banner/service');
    if (typeof service.createConsentService !== 'function') throw new Error('service');
    const missing = await service.createConsentService({ dataDir: 'consent-data' }).then(() => 'started', (error) => error.message);
    if (!/npm install ajv ajv-formats/.test(missing)) throw new Error('service without ajv: ' + missing);
    const link = server.createOptOutLink({ secret: 's', recipient: 'u1', category: 'marketing', site: 'https://shop.example.jp/' });
    if (!link.url.includes('consent-token=cb1.')) throw new Error('createOptOutLink');
    for (const entry of ['consent-banner', 'consent-banner/define', 'consent-banner/script', 'consent-banner/package.json']) import.meta.resolve(entry);
    console.log('ok');
  `;
  const output = execFileSync('node', ['--input-type=module', '-e', check], { cwd: project, encoding: 'utf8' });
  assert.equal(output.trim(), 'ok');
});
