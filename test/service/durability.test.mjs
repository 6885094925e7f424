// What a 204 promises: the record survives SIGKILL of the service; several processes on one PostgreSQL
// store each record exactly once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STORES, adminGet, freshStore, postRecord, record, spawnServe } from './harness.mjs';

const ADMIN = 'durability-admin-token-abcdefghijklmnop';

function serveArgs(options) {
  return {
    args: ['--rate-limit', '0', ...(options.store === 'pglite' ? ['--data', options.dataDir] : [])],
    env: { CONSENT_ADMIN_TOKEN: ADMIN, DATABASE_URL: options.databaseUrl ?? '' },
  };
}

async function countOf(base, records) {
  let found = 0;
  for (const one of records) {
    const { records: stored } = await (await adminGet(base, `/api/records?consentId=${one.consentId}`, ADMIN)).json();
    assert.ok(stored.length <= 1, `record ${one.recordId} stored ${stored.length} times`);
    found += stored.length;
  }
  return found;
}

for (const kind of STORES) {
  describe(`durability (${kind})`, () => {
    test('every record answered 204 is still there after SIGKILL and a restart', async () => {
      const options = await freshStore(kind);
      const { args, env } = serveArgs(options);
      const first = await spawnServe(args, env);
      const sent = Array.from({ length: 150 }, () => record());
      const statuses = await Promise.all(sent.map((one) => postRecord(first.base, one).then((r) => r.status)));
      assert.deepEqual([...new Set(statuses)], [204]);
      first.child.kill('SIGKILL');
      assert.equal((await first.exited).signal, 'SIGKILL');

      // PGlite's lock file names a dead process now: the restarted service takes the directory over.
      const second = await spawnServe(args, env);
      try {
        assert.equal(await countOf(second.base, sent), sent.length);
        const verify = await (await adminGet(second.base, '/api/verify', ADMIN)).json();
        assert.equal(verify.ok, true);
        assert.equal(verify.rows, sent.length);
      } finally {
        second.child.kill('SIGTERM');
        assert.equal((await second.exited).code, 0, 'SIGTERM stops the service cleanly');
      }
    });
  });
}

describe('several processes', () => {
  test('two service processes on one PostgreSQL, sent the same records concurrently, store each exactly once', async () => {
    const options = await freshStore('postgres');
    const { args, env } = serveArgs(options);
    const [a, b] = await Promise.all([spawnServe(args, env), spawnServe(args, env)]);
    try {
      const sent = Array.from({ length: 300 }, () => record());
      const statuses = await Promise.all(sent.flatMap((one) => [postRecord(a.base, one), postRecord(b.base, one), postRecord(a.base, one)]).map((p) => p.then((r) => r.status)));
      assert.deepEqual([...new Set(statuses)], [204]);
      assert.equal(await countOf(a.base, sent), sent.length);
      const verify = await (await adminGet(b.base, '/api/verify', ADMIN)).json();
      assert.deepEqual({ ok: verify.ok, rows: verify.rows }, { ok: true, rows: sent.length });
    } finally {
      a.child.kill('SIGTERM');
      b.child.kill('SIGTERM');
      await Promise.all([a.exited, b.exited]);
    }
  });

  test('a second process on the same PGlite directory is refused with a clear message', async () => {
    const options = await freshStore('pglite');
    const { args, env } = serveArgs(options);
    const first = await spawnServe(args, env);
    try {
      const refused = await spawnServe(args, env).then(
        () => null,
        (error) => error.message,
      );
      assert.match(refused, /exited with 1/);
      assert.match(refused, /in use by process \d+: one service process per PGlite directory/);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  });
});
