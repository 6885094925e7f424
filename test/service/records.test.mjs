// POST /consent-records on both stores: every answer the issue names, dedupe, CORS, hostile strings as data.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { STORES, adminGet, freshStore, postRecord, postgresServer, record, startService } from './harness.mjs';

const ADMIN = 'admin-token-for-records-test-0123456789';
const ORIGIN = 'https://shop.example.jp';

for (const kind of STORES) {
  describe(`consent records (${kind})`, () => {
    let app;
    before(async () => {
      // As behind a CDN: the service believes its country header (trustProxy).
      app = await startService({ ...(await freshStore(kind)), adminToken: ADMIN, origins: [ORIGIN], rateLimit: 0, trustProxy: true });
    });
    after(() => app.close());
    const lookup = async (consentId) => (await (await adminGet(app.base, `/api/records?consentId=${consentId}`, ADMIN)).json()).records;

    test('a valid record is stored (204) with the receive time and the CDN country, and no IP address', async () => {
      const sent = record();
      const before = Date.now();
      const response = await postRecord(app.base, sent, { 'cf-ipcountry': 'jp', 'x-forwarded-for': '203.0.113.9' });
      assert.equal(response.status, 204);
      const [stored, ...more] = await lookup(sent.consentId);
      assert.equal(more.length, 0);
      assert.deepEqual(stored.record, sent);
      assert.equal(stored.recordId, sent.recordId);
      assert.equal(stored.country, 'JP');
      assert.ok(Date.parse(stored.receivedAt) >= before - 5 && Date.parse(stored.receivedAt) <= Date.now() + 5);
      assert.match(stored.hash, /^[0-9a-f]{64}$/);
      assert.ok(!JSON.stringify(stored).includes('203.0.113.9') && !JSON.stringify(stored).includes('127.0.0.1'), 'no IP address is stored');
    });

    test('CloudFront and Vercel country headers are read too; a bogus value is not stored', async () => {
      const a = record();
      const b = record();
      const c = record();
      await postRecord(app.base, a, { 'cloudfront-viewer-country': 'US' });
      await postRecord(app.base, b, { 'x-vercel-ip-country': 'de' });
      await postRecord(app.base, c, { 'cf-ipcountry': '<script>' });
      assert.equal((await lookup(a.consentId))[0].country, 'US');
      assert.equal((await lookup(b.consentId))[0].country, 'DE');
      assert.equal((await lookup(c.consentId))[0].country, null);
    });

    test("without trustProxy, a country header is the client's own word and is not stored", async () => {
      const direct = await startService({ ...(await freshStore(kind)), adminToken: ADMIN, origins: [ORIGIN], rateLimit: 0 });
      try {
        const sent = record();
        assert.equal((await postRecord(direct.base, sent, { 'cf-ipcountry': 'KP' })).status, 204);
        const [stored] = (await (await adminGet(direct.base, `/api/records?consentId=${sent.consentId}`, ADMIN)).json()).records;
        assert.equal(stored.country, null);
      } finally {
        await direct.close();
      }
    });

    test('text/plain (sendBeacon) bodies are accepted', async () => {
      const sent = record();
      const response = await fetch(`${app.base}/consent-records`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify(sent) });
      assert.equal(response.status, 204);
      assert.equal((await lookup(sent.consentId)).length, 1);
    });

    test('a retried record (same recordId) answers 204 again and is stored once', async () => {
      const sent = record();
      for (let i = 0; i < 3; i++) assert.equal((await postRecord(app.base, sent)).status, 204);
      const concurrent = await Promise.all(Array.from({ length: 10 }, () => postRecord(app.base, sent)));
      assert.deepEqual(concurrent.map((r) => r.status), Array(10).fill(204));
      assert.equal((await lookup(sent.consentId)).length, 1);
    });

    test('a record from an older widget (no recordId) is deduplicated by its content', async () => {
      const { recordId, ...sent } = record();
      assert.ok(recordId);
      assert.equal((await postRecord(app.base, sent)).status, 204);
      assert.equal((await postRecord(app.base, sent)).status, 204);
      const stored = await lookup(sent.consentId);
      assert.equal(stored.length, 1);
      assert.match(stored[0].recordId, /^[0-9a-f]{64}$/);
    });

    test('400 for a body that is not JSON, and nothing is stored', async () => {
      for (const body of ['not json', '{"consentId":', '', '\u0000\u0001']) {
        const response = await postRecord(app.base, body);
        assert.equal(response.status, 400, `body ${JSON.stringify(body)}`);
        assert.match((await response.json()).error, /not JSON/);
      }
    });

    test('413 for a body over the limit', async () => {
      const response = await postRecord(app.base, record({ textVersion: 'x'.repeat(20_000) }));
      assert.equal(response.status, 413);
      assert.match((await response.json()).error, /larger than 16384 bytes/);
      const huge = await fetch(`${app.base}/consent-records`, { method: 'POST', body: 'x'.repeat(5_000_000) }).catch((error) => error);
      // Either the 413 arrives, or the connection is closed while the client still sends: never a 2xx.
      if (huge instanceof Response) assert.equal(huge.status, 413);
      assert.equal((await fetch(`${app.base}/health`)).status, 200, 'the service stays up');
    });

    test('422 names the field that does not match the schema', async () => {
      const cases = [
        [{ consentId: 'short' }, '/consentId'],
        [{ time: 'yesterday' }, '/time'],
        [{ state: { analytics: true } }, '/state/service'],
        [{ state: { service: false } }, '/state/service'],
        [{ state: { service: true, analytics: 'yes' } }, '/state/analytics'],
        [{ state: { service: true, 'Bad Name': true } }, '/state/Bad Name'],
        [{ source: 'email' }, '/source'],
        [{ gpc: 'false' }, '/gpc'],
        [{ recordId: 'x' }, '/recordId'],
        [{ extra: 1 }, '/extra'],
        [{ textVersion: 'a\u0000b' }, '/textVersion'],
      ];
      for (const [override, field] of cases) {
        const response = await postRecord(app.base, record(override));
        assert.equal(response.status, 422, field);
        const body = await response.json();
        assert.equal(body.field, field);
        assert.ok(body.error.includes(field), body.error);
      }
      const { language, ...withoutLanguage } = record();
      assert.ok(language);
      const missing = await postRecord(app.base, withoutLanguage);
      assert.equal(missing.status, 422);
      assert.deepEqual(await missing.json(), { error: '/language is missing', field: '/language' });
      const array = await postRecord(app.base, '[1,2]');
      assert.equal(array.status, 422);
    });

    test('SQL and HTML in every field: stored as data byte for byte where the schema allows text, else 422 naming the field', async () => {
      const hostile = ["'); DROP TABLE consent_records; --", '<img src=x onerror=alert(1)>', '"\\\'`${x}', '=HYPERLINK("http://evil")', '日本語 ✓ 😀', "x' OR '1'='1"];
      for (const text of hostile) {
        // textVersion is the record's one free-text field: kept exactly as sent.
        const sent = record({ textVersion: text });
        assert.equal((await postRecord(app.base, sent)).status, 204, text);
        const [stored] = await lookup(sent.consentId);
        assert.equal(stored.record.textVersion, text);
        // Every other field has a pattern, an enum or a type: the same string is refused and names the field.
        const fields = {
          '/recordId': { recordId: text },
          '/consentId': { consentId: text },
          '/time': { time: text },
          '/revision': { revision: text },
          '/language': { language: text },
          '/source': { source: text },
          '/gpc': { gpc: text },
          [`/state/${text}`]: { state: { service: true, [text]: true } },
          '/state/analytics': { state: { service: true, analytics: text } },
        };
        for (const [field, override] of Object.entries(fields)) {
          const refused = record(override);
          const response = await postRecord(app.base, refused);
          assert.equal(response.status, 422, `${field} = ${text}`);
          assert.equal((await response.json()).field, field);
        }
      }
      const csv = await (await adminGet(app.base, '/api/records.csv', ADMIN)).text();
      assert.ok(csv.includes(`"'=HYPERLINK(""http://evil"")"`), 'a formula is defused in the CSV export');
      assert.equal((await fetch(`${app.base}/health`)).status, 200);
      assert.equal((await app.service.verify()).ok, true, 'the table is intact and the chain verifies');
    });

    test('CORS: the configured origin may send and read; another origin gets 403 and nothing is stored', async () => {
      const preflight = await fetch(`${app.base}/consent-records`, {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(preflight.headers.get('access-control-allow-methods'), /POST/);
      assert.match(preflight.headers.get('access-control-allow-headers'), /content-type/);

      const allowed = await postRecord(app.base, record(), { origin: ORIGIN });
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), ORIGIN);

      const foreign = record();
      const refused = await postRecord(app.base, foreign, { origin: 'https://evil.example' });
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      assert.equal((await lookup(foreign.consentId)).length, 0);
      const refusedPreflight = await fetch(`${app.base}/consent-records`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      assert.equal(refusedPreflight.status, 403);
      assert.equal(refusedPreflight.headers.get('access-control-allow-origin'), null);
      // The admin API never answers with CORS headers, even to the allowed origin.
      const adminAnswer = await adminGet(app.base, '/api/stats', ADMIN, { origin: ORIGIN });
      assert.equal(adminAnswer.headers.get('access-control-allow-origin'), null);
    });

    test('405 for a GET on the records endpoint; 404 elsewhere', async () => {
      assert.equal((await fetch(`${app.base}/consent-records`)).status, 405);
      assert.equal((await fetch(`${app.base}/nothing-here`)).status, 404);
    });

    test('GET /health names the store', async () => {
      const response = await fetch(`${app.base}/health`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { ok: true, store: kind });
    });
  });
}

describe('rate limit', () => {
  test('429 with Retry-After once a client sends more than the limit; other endpoints of the same client too', async () => {
    const app = await startService({ ...(await freshStore('pglite')), rateLimit: 10 });
    try {
      const statuses = [];
      for (let i = 0; i < 8; i++) statuses.push((await postRecord(app.base, record())).status);
      assert.deepEqual(statuses.slice(0, 5), Array(5).fill(204), 'a burst of half the per-minute limit passes');
      assert.ok(statuses.includes(429), `statuses ${statuses}`);
      const limited = await postRecord(app.base, record());
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      assert.equal((await fetch(`${app.base}/health`)).status, 200, 'health is not limited');
    } finally {
      await app.close();
    }
  });
});

describe('rate limit behind a proxy (trustProxy)', () => {
  test('the proxy\'s own X-Forwarded-For entry counts: entries a client writes before it do not escape the limit', async () => {
    const app = await startService({ ...(await freshStore('pglite')), rateLimit: 10, trustProxy: true });
    try {
      const statuses = [];
      // The same client (203.0.113.9, as the proxy appends it) claiming another address each time.
      for (let i = 0; i < 8; i++) statuses.push((await postRecord(app.base, record(), { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.9` })).status);
      assert.ok(statuses.includes(429), `statuses ${statuses}`);
      assert.equal((await postRecord(app.base, record(), { 'x-forwarded-for': '198.51.100.7' })).status, 204, 'another client is not limited');
    } finally {
      await app.close();
    }
  });
});

describe('database unreachable (postgres)', () => {
  test('503 with Retry-After while PostgreSQL is down, 204 again once it is back, nothing stored twice', async () => {
    const server = await postgresServer();
    const app = await startService({ ...(await freshStore('postgres')), adminToken: ADMIN, rateLimit: 0 });
    try {
      const first = record();
      assert.equal((await postRecord(app.base, first)).status, 204);
      server.stop();
      const during = record();
      const down = await postRecord(app.base, during);
      assert.equal(down.status, 503);
      assert.equal(down.headers.get('retry-after'), '5');
      assert.match((await down.json()).error, /unavailable/);
      assert.equal((await fetch(`${app.base}/health`)).status, 503);
      server.start();
      // The widget's queue sends the same record again: stored now, once.
      let status;
      for (let i = 0; i < 20 && status !== 204; i++) {
        status = (await postRecord(app.base, during)).status;
        if (status !== 204) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.equal(status, 204);
      assert.equal((await postRecord(app.base, during)).status, 204);
      const stored = (await (await adminGet(app.base, `/api/records?consentId=${during.consentId}`, ADMIN)).json()).records;
      assert.equal(stored.length, 1);
      assert.ok(app.log.lines.some((line) => line.startsWith('error:') && line.includes('503')));
      assert.equal((await app.service.verify()).ok, true);
    } finally {
      await app.close();
    }
  });
});
