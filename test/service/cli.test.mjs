// The CLI's help, usage errors and exit codes; the Node adapter as connect/Express middleware.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { freshStore, runCli } from './harness.mjs';
import { createConsentService } from '../../dist/service/index.js';

test('--help lists every command and the exit codes', async () => {
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  for (const text of ['serve', 'verify', 'link', 'scan', '--retention-months', '--webhook', '--service', 'DATABASE_URL', 'CONSENT_SECRET_PREVIOUS', 'Exit codes']) assert.ok(help.stdout.includes(text), text);
});

test('usage errors exit 2 and name the problem', async () => {
  const cases = [
    [['frobnicate'], /unknown command "frobnicate"/],
    [['serve', '--port', 'eighty'], /--port must be a whole number/],
    [['serve', '--retention-months', '0'], /--retention-months must be a whole number, 1 or more/],
    [['serve', '--origin', 'shop.example.jp'], /--origin is not an http\(s\) URL/],
    [['serve', '--bogus'], /Unknown option '--bogus'/],
    [['link', '--site', 'https://shop.example.jp/'], /link needs --recipient/],
    [['verify', 'extra'], /verify takes no arguments/],
  ];
  for (const [args, message] of cases) {
    const result = await runCli(args, { CONSENT_SECRET: 'x' });
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.stderr, message);
  }
});

test('serve with --webhook but no CONSENT_WEBHOOK_SECRET exits 2', async () => {
  const options = await freshStore('pglite');
  const result = await runCli(['serve', '--port', '0', '--data', options.dataDir, '--webhook', 'https://mail.example.jp/hook'], { CONSENT_WEBHOOK_SECRET: '', DATABASE_URL: '' });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /CONSENT_WEBHOOK_SECRET/);
});

test('serve with a webhook URL that carries a password exits 2 without printing it', async () => {
  const options = await freshStore('pglite');
  const result = await runCli(['serve', '--port', '0', '--data', options.dataDir, '--webhook', 'https://user:hunter2-secret@mail.example.jp/hook'], {
    CONSENT_WEBHOOK_SECRET: 'signing-key',
    DATABASE_URL: '',
  });
  assert.equal(result.code, 2);
  assert.match(result.stderr, /must not carry a user name or password/);
  assert.ok(!`${result.stdout}${result.stderr}`.includes('hunter2-secret'), 'the password is not printed');
});

test('an unreachable PostgreSQL fails the start (exit 1) without printing the password', async () => {
  const result = await runCli(['serve', '--port', '0'], { DATABASE_URL: 'postgres://consent:hunter2-secret@127.0.0.1:1/consent' });
  assert.equal(result.code, 1);
  assert.match(result.stderr, /Cannot reach PostgreSQL at postgres:\/\/consent:\*\*\*@127\.0\.0\.1:1\/consent/);
  assert.ok(!`${result.stdout}${result.stderr}`.includes('hunter2'));
  const verify = await runCli(['verify'], { DATABASE_URL: 'postgres://consent:hunter2-secret@127.0.0.1:1/consent' });
  assert.equal(verify.code, 1);
  assert.ok(!`${verify.stdout}${verify.stderr}`.includes('hunter2'));
});

test('service.node works as middleware: its paths are served, others go to next()', async () => {
  const service = await createConsentService({ ...(await freshStore('pglite')), log: { info() {}, warn() {}, error() {} } });
  const server = createServer((req, res) =>
    service.node(req, res, async () => {
      // The host app reads its own request bodies: the service must not have consumed them.
      let body = '';
      for await (const chunk of req) body += chunk;
      res.writeHead(200, { 'content-type': 'text/plain' }).end(body ? `the site itself got ${body.length} bytes` : 'the site itself');
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    assert.deepEqual(await (await fetch(`${base}/health`)).json(), { ok: true, store: 'pglite' });
    assert.equal(await (await fetch(`${base}/products/42`)).text(), 'the site itself');
    const order = 'x'.repeat(100_000);
    assert.equal(await (await fetch(`${base}/checkout`, { method: 'POST', body: order })).text(), 'the site itself got 100000 bytes');
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await service.close();
  }
});

test('verify while serve holds the PGlite directory: refused with a hint, and --service asks the running service', async () => {
  const { spawnServe, postRecord, record } = await import('./harness.mjs');
  const options = await freshStore('pglite');
  const token = 'verify-cli-admin-token-123456';
  const served = await spawnServe(['--data', options.dataDir, '--rate-limit', '0'], { CONSENT_ADMIN_TOKEN: token, DATABASE_URL: '' });
  try {
    assert.equal((await postRecord(served.base, record())).status, 204);
    const direct = await runCli(['verify', '--data', options.dataDir], { DATABASE_URL: '' });
    assert.equal(direct.code, 1);
    assert.match(direct.stderr, /in use by process \d+.*verify --service URL/s);
    const remote = await runCli(['verify', '--service', served.base], { CONSENT_ADMIN_TOKEN: token });
    assert.equal(remote.code, 0, remote.stderr);
    assert.match(remote.stdout, /Chain intact: 1 record\. Head hash: [0-9a-f]{64}/);
    const wrongToken = await runCli(['verify', '--service', served.base], { CONSENT_ADMIN_TOKEN: 'wrong' });
    assert.equal(wrongToken.code, 1);
    assert.match(wrongToken.stderr, /answered 401/);
    assert.ok(!wrongToken.stderr.includes(token));
  } finally {
    served.child.kill('SIGTERM');
    await served.exited;
  }
});
