// E-mail opt-out: tokens, POST /unsubscribe, RFC 8058 one-click, the suppression list, the signed webhook,
// `consent-banner link`.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { createOptOutLink, createOptOutToken, verifyOptOutToken, webhookSignature } from '../../dist/service/index.js';
import { createOptOutLink as fromServerEntry } from '../../dist/esm/server.js';
import { STORES, adminGet, freshStore, runCli, startService } from './harness.mjs';

const SECRET = 'current-secret-0123456789abcdef';
const PREVIOUS = 'previous-secret-fedcba9876543210';
const ADMIN = 'optout-admin-token-0123456789';
const WEBHOOK_SECRET = 'webhook-secret-for-tests';

describe('tokens', () => {
  test('a token verifies with its secret and names recipient, category and issue time; no e-mail address in it', () => {
    const token = createOptOutToken(SECRET, 'user-42', 'marketing', 1_800_000_000);
    assert.match(token, /^cb1\.[A-Za-z0-9_-]+\.marketing\.1800000000\.[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(verifyOptOutToken(token, [SECRET]), { recipient: 'user-42', category: 'marketing', issuedAt: 1_800_000_000 });
    assert.throws(() => createOptOutToken(SECRET, 'taro@example.jp', 'marketing'), /looks like an e-mail address/);
  });

  test('forged, altered and malformed tokens are refused', () => {
    const token = createOptOutToken(SECRET, 'user-42', 'marketing', 1_800_000_000);
    const [v, recipient, category, issued, mac] = token.split('.');
    const forged = createOptOutToken('someone-elses-secret', 'user-42', 'marketing', 1_800_000_000);
    const otherRecipient = [v, Buffer.from('user-43').toString('base64url'), category, issued, mac].join('.');
    const otherCategory = [v, recipient, 'analytics', issued, mac].join('.');
    const otherTime = [v, recipient, category, '1800000001', mac].join('.');
    const flippedMac = [v, recipient, category, issued, (mac[0] === 'A' ? 'B' : 'A') + mac.slice(1)].join('.');
    for (const bad of [forged, otherRecipient, otherCategory, otherTime, flippedMac, '', 'cb1', `${token}.x`, token.replace('cb1', 'cb2'), 42, null, 'cb1.!!!.marketing.1.x'])
      assert.equal(verifyOptOutToken(bad, [SECRET]), null, String(bad));
  });

  test('during a key rotation the previous secret is still accepted; without it, no longer', () => {
    const old = createOptOutToken(PREVIOUS, 'user-7', 'marketing');
    assert.ok(verifyOptOutToken(old, [SECRET, PREVIOUS]));
    assert.equal(verifyOptOutToken(old, [SECRET, '']), null);
  });

  test('createOptOutLink gives the page link and the RFC 8058 headers; consent-banner/server exports it too', () => {
    const link = createOptOutLink({ secret: SECRET, recipient: 'user-42', category: 'marketing', site: 'https://shop.example.jp/news?x=1', serviceUrl: 'https://consent.shop.example.jp/cb/' });
    const page = new URL(link.url);
    assert.equal(page.origin + page.pathname, 'https://shop.example.jp/news');
    assert.equal(page.searchParams.get('x'), '1');
    assert.equal(page.searchParams.get('consent-opt-out'), 'marketing');
    assert.equal(page.searchParams.get('consent-token'), link.token);
    assert.equal(link.headers['List-Unsubscribe'], `<https://consent.shop.example.jp/cb/one-click?token=${link.token}>, <${link.url}>`);
    assert.equal(link.headers['List-Unsubscribe-Post'], 'List-Unsubscribe=One-Click');
    const same = fromServerEntry({ secret: SECRET, recipient: 'user-42', category: 'marketing', site: 'https://shop.example.jp/', issuedAt: 1_800_000_000 });
    assert.equal(same.token, createOptOutToken(SECRET, 'user-42', 'marketing', 1_800_000_000));
    assert.deepEqual(Object.keys(same.headers), ['List-Unsubscribe'], 'no one-click header without the service URL');
  });

  test('consent-banner link prints the link and both headers; refuses what it cannot do', async () => {
    const printed = await runCli(['link', '--recipient', 'user-42', '--category', 'marketing', '--site', 'https://shop.example.jp/', '--service', 'https://consent.shop.example.jp'], { CONSENT_SECRET: SECRET });
    assert.equal(printed.code, 0, printed.stderr);
    const token = /consent-token=([^\s&>]+)/.exec(printed.stdout)[1];
    assert.equal(verifyOptOutToken(token, [SECRET]).recipient, 'user-42');
    assert.match(printed.stdout, /^List-Unsubscribe: <https:\/\/consent\.shop\.example\.jp\/one-click\?token=cb1\./m);
    assert.match(printed.stdout, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    assert.ok(!printed.stdout.includes(SECRET) && !printed.stderr.includes(SECRET));

    const noSecret = await runCli(['link', '--recipient', 'user-42', '--site', 'https://shop.example.jp/'], { CONSENT_SECRET: '' });
    assert.equal(noSecret.code, 2);
    assert.match(noSecret.stderr, /CONSENT_SECRET/);
    const address = await runCli(['link', '--recipient', 'taro@example.jp', '--site', 'https://shop.example.jp/'], { CONSENT_SECRET: SECRET });
    assert.equal(address.code, 2);
    assert.match(address.stderr, /e-mail address/);
    const service = await runCli(['link', '--recipient', 'u1', '--category', 'service', '--site', 'https://shop.example.jp/'], { CONSENT_SECRET: SECRET });
    assert.equal(service.code, 2);
    const unknown = await runCli(['link', '--nope'], { CONSENT_SECRET: SECRET });
    assert.equal(unknown.code, 2);
  });
});

/** A webhook receiver that fails its first `failures` calls. */
async function webhookReceiver(failures) {
  const calls = [];
  let waiting = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      calls.push({ headers: req.headers, body });
      res.writeHead(calls.length <= failures ? 500 : 204).end();
      for (const wake of waiting) wake();
      waiting = [];
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hook`,
    calls,
    async until(count) {
      while (calls.length < count) await new Promise((resolve) => waiting.push(resolve));
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

for (const kind of STORES) {
  describe(`opt-out endpoints (${kind})`, () => {
    let app;
    let hook;
    before(async () => {
      hook = await webhookReceiver(2);
      app = await startService({
        ...(await freshStore(kind)),
        secret: SECRET,
        previousSecret: PREVIOUS,
        adminToken: ADMIN,
        origins: ['https://shop.example.jp'],
        webhook: hook.url,
        webhookSecret: WEBHOOK_SECRET,
        webhookRetryBaseMs: 50,
        rateLimit: 0,
      });
    });
    after(async () => {
      await app.close();
      await hook.close();
    });
    const unsubscribe = (body, origin = 'https://shop.example.jp') =>
      fetch(`${app.base}/unsubscribe`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(body) });
    const widgetBody = (token, category = 'marketing', action = 'opt-out') => ({ category, token, consentId: 'abcdefgh1234', time: new Date().toISOString(), action });
    const suppressions = async (query = '') => (await (await adminGet(app.base, `/api/suppressions${query}`, ADMIN)).json()).suppressions;

    test('the widget\'s opt-out adds the recipient; a replay changes nothing more; undo removes them', async () => {
      const token = createOptOutToken(SECRET, 'user-1', 'marketing');
      const response = await unsubscribe(widgetBody(token));
      assert.equal(response.status, 204);
      assert.equal(response.headers.get('access-control-allow-origin'), 'https://shop.example.jp');
      const [entry] = await suppressions('?category=marketing');
      assert.deepEqual({ recipient: entry.recipient, category: entry.category }, { recipient: 'user-1', category: 'marketing' });
      // Replayed (the same request again, or the link opened twice): still 204, still one entry, same time.
      assert.equal((await unsubscribe(widgetBody(token))).status, 204);
      const again = (await suppressions()).filter((row) => row.recipient === 'user-1');
      assert.deepEqual(again, [entry]);
      assert.equal((await unsubscribe(widgetBody(token, 'marketing', 'undo'))).status, 204);
      assert.equal((await suppressions()).filter((row) => row.recipient === 'user-1').length, 0);
    });

    test('forged, altered and wrong-category tokens get 403 and change nothing', async () => {
      const before = await suppressions();
      const good = createOptOutToken(SECRET, 'user-2', 'marketing');
      const cases = [
        widgetBody(createOptOutToken('not-our-secret', 'user-2', 'marketing')),
        // The last character: A and B differ only in bits the 32-byte MAC does not use, so this is the same
        // MAC spelled another way half the time; it must be refused all the same.
        widgetBody(good.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))),
        widgetBody(good.replace(/(.)(.{10})$/, (_, c, rest) => (c === 'A' ? 'B' : 'A') + rest)),
        widgetBody(good, 'analytics'),
        widgetBody(createOptOutToken(SECRET, 'user-2', 'analytics'), 'marketing'),
        { ...widgetBody(good), token: undefined },
      ];
      for (const body of cases) {
        const response = await unsubscribe(body);
        assert.equal(response.status, 403, JSON.stringify(body));
        assert.match((await response.json()).error, /nothing was changed/);
      }
      assert.deepEqual(await suppressions(), before);
    });

    test('a token made with the previous secret still works during a rotation', async () => {
      assert.equal((await unsubscribe(widgetBody(createOptOutToken(PREVIOUS, 'user-3', 'marketing')))).status, 204);
      assert.ok((await suppressions()).some((row) => row.recipient === 'user-3'));
    });

    test('bad bodies get 400/422; "service" cannot be opted out; a foreign origin gets 403', async () => {
      const bad = await fetch(`${app.base}/unsubscribe`, { method: 'POST', body: 'nope' });
      assert.equal(bad.status, 400);
      const noAction = await unsubscribe({ ...widgetBody('x'), action: 'delete' });
      assert.equal(noAction.status, 422);
      assert.equal((await noAction.json()).field, '/action');
      const service = await unsubscribe(widgetBody(createOptOutToken(SECRET, 'user-4', 'service'), 'service'));
      assert.equal(service.status, 422);
      assert.equal((await service.json()).field, '/category');
      const foreign = await unsubscribe(widgetBody(createOptOutToken(SECRET, 'user-4', 'marketing')), 'https://evil.example');
      assert.equal(foreign.status, 403);
      assert.ok(!(await suppressions()).some((row) => row.recipient === 'user-4'));
    });

    test('RFC 8058 one-click: POST List-Unsubscribe=One-Click to the header URL suppresses the recipient', async () => {
      const link = createOptOutLink({ secret: SECRET, recipient: 'user-5', category: 'marketing', site: 'https://shop.example.jp/', serviceUrl: app.base });
      const oneClickUrl = /^<([^>]+)>/.exec(link.headers['List-Unsubscribe'])[1];
      const post = (url, body) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      assert.equal((await post(oneClickUrl, 'nothing=here')).status, 400);
      assert.equal((await post(oneClickUrl.replace(/token=cb1\.[^.]+/, `token=cb1.${Buffer.from('user-6').toString('base64url')}`), 'List-Unsubscribe=One-Click')).status, 403);
      // What RFC 8058 asks mail clients to send: multipart/form-data (fetch writes the boundary).
      const form = new FormData();
      form.set('List-Unsubscribe', 'One-Click');
      const done = await fetch(oneClickUrl, { method: 'POST', body: form });
      assert.equal(done.status, 200);
      assert.equal((await post(oneClickUrl, 'List-Unsubscribe=One-Click')).status, 200, 'idempotent');
      assert.deepEqual((await suppressions()).filter((row) => row.recipient.startsWith('user-5') || row.recipient === 'user-6').map((row) => row.recipient), ['user-5']);
    });

    test('GET /api/suppressions filters by category and since; CSV by path or Accept', async () => {
      const since = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal((await unsubscribe(widgetBody(createOptOutToken(SECRET, '=cmd|x', 'marketing')))).status, 204);
      assert.equal((await unsubscribe(widgetBody(createOptOutToken(SECRET, 'user-8', 'newsletter'), 'newsletter'))).status, 204);
      assert.deepEqual((await suppressions(`?since=${encodeURIComponent(since)}`)).map((row) => row.recipient).sort(), ['=cmd|x', 'user-8']);
      assert.deepEqual((await suppressions(`?since=${encodeURIComponent(since)}&category=newsletter`)).map((row) => row.recipient), ['user-8']);
      const csv = await adminGet(app.base, `/api/suppressions.csv?since=${encodeURIComponent(since)}`, ADMIN);
      assert.match(csv.headers.get('content-type'), /^text\/csv/);
      const lines = (await csv.text()).trim().split('\r\n');
      assert.equal(lines[0], 'recipient,category,since');
      assert.ok(lines.some((line) => line.startsWith("'=cmd|x,marketing,")), lines.join('\n'));
      const byAccept = await adminGet(app.base, '/api/suppressions?category=newsletter', ADMIN, { accept: 'text/csv' });
      assert.match(byAccept.headers.get('content-type'), /^text\/csv/);
      assert.equal((await adminGet(app.base, '/api/suppressions?since=yesterday', ADMIN)).status, 422);
      assert.equal((await fetch(`${app.base}/api/suppressions`)).status, 401);
    });

    test('every change reaches the webhook, signed, retried with backoff until it is accepted', async () => {
      // The receiver failed its first two calls; every change so far must arrive in the end.
      await app.service.fetch(new Request(`${app.base}/health`));
      const expectedEvents = 7; // user-1 added+removed, user-3, user-5, =cmd|x, user-8 added, + the last below
      assert.equal((await unsubscribe(widgetBody(createOptOutToken(SECRET, 'user-9', 'marketing')))).status, 204);
      await hook.until(expectedEvents + 2);
      const delivered = new Map();
      for (const call of hook.calls) {
        const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(call.headers['consent-banner-signature']);
        assert.equal(call.headers['consent-banner-signature'], webhookSignature(WEBHOOK_SECRET, Number(t), call.body));
        assert.equal(v1, createHmac('sha256', WEBHOOK_SECRET).update(`${t}.${call.body}`).digest('hex'));
        const event = JSON.parse(call.body);
        assert.equal(call.headers['consent-banner-event'], String(event.id));
        delivered.set(event.id, event);
      }
      const events = [...delivered.values()].sort((a, b) => a.id - b.id);
      assert.deepEqual(
        events.map((event) => `${event.type} ${event.recipient} ${event.category}`),
        [
          'suppression.added user-1 marketing',
          'suppression.removed user-1 marketing',
          'suppression.added user-3 marketing',
          'suppression.added user-5 marketing',
          'suppression.added =cmd|x marketing',
          'suppression.added user-8 newsletter',
          'suppression.added user-9 marketing',
        ],
      );
      assert.ok(hook.calls.length >= events.length + 2, 'the two failed calls were retried');
      assert.ok(app.log.lines.some((line) => /Webhook event \d+ .* not delivered \(try 1: answered 500\); retrying/.test(line)));
    });

    test('no secret or token appears in any log line', () => {
      const logged = app.log.lines.join('\n');
      for (const secret of [SECRET, PREVIOUS, ADMIN, WEBHOOK_SECRET]) assert.ok(!logged.includes(secret), 'a secret was logged');
      assert.ok(!/cb1\.[A-Za-z0-9_-]+\.[a-z]/.test(logged), 'a token was logged');
    });
  });
}

describe('opt-out links off', () => {
  test('without CONSENT_SECRET the endpoints answer 404 and start-up says so', async () => {
    const app = await startService({ ...(await freshStore('pglite')), secret: '' });
    try {
      assert.equal((await fetch(`${app.base}/unsubscribe`, { method: 'POST', body: '{}' })).status, 404);
      assert.equal((await fetch(`${app.base}/one-click?token=x`, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status, 404);
      assert.ok(app.log.lines.some((line) => line.includes('Opt-out links are off') && line.includes('CONSENT_SECRET')));
    } finally {
      await app.close();
    }
  });
});
