// The admin API and page: auth, lookup, streamed exports, statistics, CSP and static files.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { STORES, adminGet, freshStore, postRecord, record, spawnServe, startService, tempDir } from './harness.mjs';

const ADMIN = 'admin-api-token-9f8e7d6c5b4a';
const today = new Date().toISOString().slice(0, 10);

for (const kind of STORES) {
  describe(`admin API (${kind})`, () => {
    let app;
    let adminDir;
    const sent = [];
    before(async () => {
      adminDir = tempDir('consent-admin-page-');
      writeFileSync(join(adminDir, 'index.html'), '<!doctype html><title>admin</title><script type="module" src="admin.js"></script>');
      writeFileSync(join(adminDir, 'admin.js'), 'export {};');
      mkdirSync(join(adminDir, 'sub'));
      writeFileSync(join(adminDir, 'sub', 'a.css'), 'p{}');
      writeFileSync(join(adminDir, '..', 'secret.txt'), 'outside');
      app = await startService({ ...(await freshStore(kind)), adminToken: ADMIN, adminDir, rateLimit: 0 });
      const shapes = [
        { state: { service: true, analytics: true, marketing: true }, source: 'banner', revision: '2026-11' },
        { state: { service: true, analytics: false, marketing: false }, source: 'banner', revision: '2026-11' },
        { state: { service: true, analytics: true, marketing: false }, source: 'preferences', revision: '2026-11' },
        { state: { service: true, analytics: false, marketing: false }, source: 'banner', revision: '2026-12' },
        { state: { service: true, analytics: true, marketing: true }, source: 'api', revision: '2026-12' },
      ];
      const consentId = 'shared0consent0id';
      for (const shape of shapes) {
        const one = record({ ...shape, consentId });
        assert.equal((await postRecord(app.base, one)).status, 204);
        sent.push(one);
      }
    });
    after(() => app.close());

    test('401 without or with a wrong token; the token is compared as a whole', async () => {
      for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${ADMIN}x` }, { authorization: `Basic ${ADMIN}` }, { authorization: `Bearer ${ADMIN.slice(0, -1)}` }]) {
        const response = await fetch(`${app.base}/api/stats`, { headers });
        assert.equal(response.status, 401, JSON.stringify(headers));
        assert.match(response.headers.get('www-authenticate'), /^Bearer/);
      }
      assert.equal((await adminGet(app.base, '/api/stats', ADMIN)).status, 200);
    });

    test('lookup by consent id returns every record of it, oldest first', async () => {
      const response = await adminGet(app.base, '/api/records?consentId=shared0consent0id', ADMIN);
      const { records } = await response.json();
      assert.deepEqual(records.map((row) => row.recordId), sent.map((one) => one.recordId));
      assert.deepEqual(Object.keys(records[0]).sort(), ['country', 'hash', 'receivedAt', 'record', 'recordId']);
      assert.deepEqual((await (await adminGet(app.base, `/api/records?recordId=${sent[2].recordId}`, ADMIN)).json()).records[0].record, sent[2]);
      assert.deepEqual((await (await adminGet(app.base, '/api/records?consentId=nobody0here', ADMIN)).json()).records, []);
      const bad = await adminGet(app.base, "/api/records?consentId=x'%20OR%201=1", ADMIN);
      assert.equal(bad.status, 422);
      assert.equal((await bad.json()).field, 'consentId');
    });

    test('stats count per day, outcome, source, category and revision', async () => {
      const stats = await (await adminGet(app.base, `/api/stats?from=${today}&to=${today}`, ADMIN)).json();
      assert.deepEqual(stats, {
        from: today,
        to: today,
        total: 5,
        days: [{ day: today, total: 5, acceptAll: 2, rejectAll: 2, custom: 1, categories: { analytics: { granted: 3, refused: 2 }, marketing: { granted: 2, refused: 3 } } }],
        sources: { api: 1, banner: 3, preferences: 1 },
        categories: { analytics: { granted: 3, refused: 2 }, marketing: { granted: 2, refused: 3 } },
        revisions: { '2026-11': 3, '2026-12': 2 },
      });
      const empty = await (await adminGet(app.base, '/api/stats?from=2020-01-01&to=2020-01-31', ADMIN)).json();
      assert.deepEqual(empty, { from: '2020-01-01', to: '2020-01-31', total: 0, days: [], sources: {}, categories: {}, revisions: {} });
      const defaults = await (await adminGet(app.base, '/api/stats', ADMIN)).json();
      assert.equal(defaults.to, today);
      assert.equal(defaults.total, 5);
      for (const query of ['from=2026-13-01', 'to=yesterday', 'from=2026-12-31&to=2026-01-01', 'from=2026-01-01&to=9999-12-31', 'from=0000-01-01']) assert.equal((await adminGet(app.base, `/api/stats?${query}`, ADMIN)).status, 422, query);
    });

    test('CSV and NDJSON exports are attachments with every record of the range', async () => {
      const csv = await adminGet(app.base, `/api/records.csv?from=${today}&to=${today}`, ADMIN);
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type'), /^text\/csv/);
      assert.equal(csv.headers.get('content-disposition'), `attachment; filename="consent-records-${today}-${today}.csv"`);
      const lines = (await csv.text()).trim().split('\r\n');
      assert.equal(lines[0], 'recordId,receivedAt,country,consentId,time,revision,language,source,gpc,textVersion,state,hash');
      assert.equal(lines.length, 6);
      assert.ok(lines[1].startsWith(`${sent[0].recordId},`));

      const ndjson = await adminGet(app.base, `/api/records.ndjson?from=${today}&to=${today}`, ADMIN);
      assert.match(ndjson.headers.get('content-type'), /^application\/x-ndjson/);
      const rows = (await ndjson.text()).trim().split('\n').map((line) => JSON.parse(line));
      assert.deepEqual(rows.map((row) => row.record), sent);
      const none = await (await adminGet(app.base, '/api/records.ndjson?from=2020-01-01&to=2020-01-02', ADMIN)).text();
      assert.equal(none, '');
    });

    test('/admin/ serves the page files with a strict CSP; nothing outside the directory', async () => {
      const page = await fetch(`${app.base}/admin/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type'), /^text\/html/);
      const csp = page.headers.get('content-security-policy');
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
      assert.match(await page.text(), /<title>admin<\/title>/);
      assert.match((await fetch(`${app.base}/admin/admin.js`)).headers.get('content-type'), /^text\/javascript/);
      assert.equal((await fetch(`${app.base}/admin/sub/a.css`)).status, 200);
      const redirect = await fetch(`${app.base}/admin`, { redirect: 'manual' });
      assert.equal(redirect.status, 308);
      assert.equal(redirect.headers.get('location'), '/admin/');
      for (const path of ['/admin/../secret.txt', '/admin/%2e%2e/secret.txt', '/admin/sub/..%2f..%2fsecret.txt', '/admin/missing.js']) {
        const response = await fetch(`${app.base}${path}`);
        assert.equal(response.status, 404, path);
        assert.ok(!(await response.text()).includes('outside'));
      }
    });
  });
}

describe('exports stream', () => {
  test('a large export arrives in many chunks while the service keeps answering', async () => {
    const app = await startService({ ...(await freshStore('postgres')), adminToken: ADMIN, rateLimit: 0 });
    try {
      const total = 3000;
      for (let start = 0; start < total; start += 300) {
        const statuses = await Promise.all(Array.from({ length: 300 }, () => postRecord(app.base, record()).then((r) => r.status)));
        assert.deepEqual([...new Set(statuses)], [204]);
      }
      const warnings = [];
      const onWarning = (warning) => warnings.push(warning.name);
      process.on('warning', onWarning);
      const response = await adminGet(app.base, '/api/records.ndjson', ADMIN);
      assert.equal(response.headers.get('content-length'), null, 'streamed, not buffered with a length');
      const reader = response.body.getReader();
      let chunks = 0;
      let text = '';
      const decoder = new TextDecoder();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks++;
        text += decoder.decode(value, { stream: true });
        if (chunks === 1) assert.equal((await fetch(`${app.base}/health`)).status, 200, 'health answers mid-export');
      }
      const lines = text.trim().split('\n');
      assert.equal(lines.length, total);
      assert.equal(new Set(lines.map((line) => JSON.parse(line).recordId)).size, total);
      assert.ok(chunks > 5, `${chunks} chunks`);
      process.off('warning', onWarning);
      assert.deepEqual(warnings, [], 'no listener leak while waiting for the client to drain');
    } finally {
      await app.close();
    }
  });
});

describe('admin off', () => {
  test('without CONSENT_ADMIN_TOKEN /api/* and /admin/ answer 404 and start-up says the admin API is off', async () => {
    const options = await freshStore('pglite');
    const served = await spawnServe(['--data', options.dataDir], { CONSENT_ADMIN_TOKEN: '', DATABASE_URL: '' });
    try {
      assert.match(served.output(), /Admin API and \/admin\/ are off: set CONSENT_ADMIN_TOKEN/);
      for (const path of ['/api/stats', '/api/records?consentId=abcdefgh', '/admin/']) {
        const response = await fetch(`${served.base}${path}`, { headers: { authorization: 'Bearer anything' } });
        assert.equal(response.status, 404, path);
        assert.match((await response.json()).error, /CONSENT_ADMIN_TOKEN/);
      }
      const health = await (await fetch(`${served.base}/health`)).json();
      assert.deepEqual(health, { ok: true, store: 'pglite' });
    } finally {
      served.child.kill('SIGTERM');
      await served.exited;
    }
  });
});
