// `npm start` as a newcomer meets it (scripts/serve-demo.mjs, started for real): the demo and the consent
// service on one origin, a record arriving, and the sample e-mail's signed link stopping marketing mail.
// Runs with the other Node tests of the server side (node --test test/server/), after the build.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const ADMIN_TOKEN = 'demo-test-admin-token-31c4';
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

let demo;
let base;
let output = '';
const dataDir = mkdtempSync(join(tmpdir(), 'consent-demo-test-'));

before(async () => {
  const port = await freePort();
  base = `http://localhost:${port}`;
  demo = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
    env: { ...process.env, PORT: String(port), CONSENT_DATA: dataDir, CONSENT_ADMIN_TOKEN: ADMIN_TOKEN, CONSENT_SECRET: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  demo.stdout.on('data', (chunk) => (output += chunk));
  demo.stderr.on('data', (chunk) => (output += chunk));
  await new Promise((resolve, reject) => {
    demo.once('exit', (code) => reject(new Error(`the demo exited (${code}):\n${output}`)));
    const check = setInterval(() => output.includes('Press Ctrl+C') && (clearInterval(check), resolve()), 100);
  });
});

after(async () => {
  if (demo.exitCode === null) {
    demo.removeAllListeners('exit');
    const exited = new Promise((resolve) => demo.once('exit', resolve));
    demo.kill('SIGTERM');
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

const admin = (path) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });

test('start-up names the demo and the admin page with its token', () => {
  assert.match(output, new RegExp(`Demo site: +${base}/demo/`));
  assert.match(output, new RegExp(`Admin page: +${base}/admin/ +admin token: ${ADMIN_TOKEN}`));
  assert.match(output, new RegExp(`kept in ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});

test('the demo serves its pages and the service on one origin, with the embedded store', async () => {
  assert.deepEqual(await (await fetch(`${base}/health`)).json(), { ok: true, store: 'pglite' });
  assert.equal((await fetch(`${base}/demo/`)).status, 200);
  const page = await fetch(`${base}/admin/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy'), /script-src 'self'/);
});

test('a decision sent from the demo page is stored and found in the admin API', async () => {
  const record = { consentId: 'demoTest0001', time: new Date().toISOString(), revision: '2026-11', language: 'ja', state: { service: true, analytics: true, marketing: true }, source: 'banner', textVersion: '1', gpc: false, recordId: 'demoTestRecord0001' };
  const sent = await fetch(`${base}/consent-records`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(record) });
  assert.equal(sent.status, 204);
  const { records } = await (await admin('/api/records?consentId=demoTest0001')).json();
  assert.deepEqual(records.map((r) => r.recordId), ['demoTestRecord0001']);
});

test('the sample e-mail carries a real signed link that puts its recipient on the marketing list', async () => {
  const mail = await (await fetch(`${base}/demo/mail.html`)).text();
  assert.doesNotMatch(mail, /MADE-AT-START/);
  const token = decodeURIComponent(/consent-token=([^"&]+)"/.exec(mail)[1]);
  assert.match(token, /^cb1\./);
  assert.match(mail, new RegExp(`List-Unsubscribe: &lt;${base}/one-click\\?token=`));

  // What the widget POSTs when the link opens the shop.
  const body = { category: 'marketing', token, consentId: 'demoTest0002', time: new Date().toISOString(), action: 'opt-out' };
  const unsubscribed = await fetch(`${base}/unsubscribe`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(body) });
  assert.equal(unsubscribed.status, 204);
  const { suppressions } = await (await admin('/api/suppressions?category=marketing')).json();
  assert.deepEqual(suppressions.map((s) => s.recipient), ['demo-customer-0042']);

  // A token altered by one character changes nothing.
  const forged = { ...body, token: token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'), action: 'undo' };
  assert.equal((await fetch(`${base}/unsubscribe`, { method: 'POST', headers: { origin: base }, body: JSON.stringify(forged) })).status, 403);
  assert.equal((await (await admin('/api/suppressions?category=marketing')).json()).suppressions.length, 1);
});

test('Ctrl+C stops the demo cleanly and frees the data directory', async () => {
  demo.removeAllListeners('exit'); // the start-up's "exited early" check
  const exited = new Promise((resolve) => demo.once('exit', resolve));
  demo.kill('SIGINT');
  assert.equal(await exited, 0);
  assert.equal(existsSync(join(dataDir, 'consent-service.pid')), false, 'the PGlite lock is released');
});
