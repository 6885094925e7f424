// The hash chain: verify, tamper detection naming the row, the retention purge, `consent-banner verify`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STORES, freshStore, postRecord, record, runCli, startService, withSql } from './harness.mjs';

const cliEnv = (options) => (options.store === 'postgres' ? { DATABASE_URL: options.databaseUrl } : { DATABASE_URL: '' });
const cliArgs = (options) => (options.store === 'pglite' ? ['verify', '--data', options.dataDir] : ['verify']);

async function send(app, count) {
  const sent = [];
  for (let i = 0; i < count; i++) {
    const one = record();
    assert.equal((await postRecord(app.base, one)).status, 204);
    sent.push(one);
  }
  return sent;
}

for (const kind of STORES) {
  describe(`hash chain (${kind})`, () => {
    test('verify passes on an intact chain, then names the first changed, deleted or reordered row', async () => {
      const options = await freshStore(kind);
      let app = await startService({ ...options, rateLimit: 0 });
      const sent = await send(app, 12);
      await Promise.all(Array.from({ length: 30 }, () => postRecord(app.base, record()))); // a group commit
      const intact = await app.service.verify();
      assert.equal(intact.ok, true);
      assert.equal(intact.rows, 42);
      await app.close();

      const ok = await runCli(cliArgs(options), cliEnv(options));
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /Chain intact: 42 records/);

      // An edit of one stored record (what someone with database access might try) breaks row 5.
      await withSql(options, (sql) => sql(`UPDATE consent_records SET record = jsonb_set(record, '{state,marketing}', 'true') WHERE seq = 5`));
      const edited = await runCli(cliArgs(options), cliEnv(options));
      assert.equal(edited.code, 1);
      assert.match(edited.stdout, new RegExp(`BROKEN at row 5 \\(recordId ${sent[4].recordId}\\): its content does not match its hash`));

      // Put the content back, then delete row 8: the gap is named.
      await withSql(options, (sql) => sql(`UPDATE consent_records SET record = jsonb_set(record, '{state,marketing}', 'false') WHERE seq = 5`));
      assert.equal((await runCli(cliArgs(options), cliEnv(options))).code, 0, 'restoring the content restores the chain');
      await withSql(options, (sql) => sql('DELETE FROM consent_records WHERE seq = 8'));
      const deleted = await runCli([...cliArgs(options), '--json'], cliEnv(options));
      assert.equal(deleted.code, 1);
      const report = JSON.parse(deleted.stdout);
      assert.equal(report.ok, false);
      assert.equal(report.firstBroken.seq, 9);
      assert.equal(report.firstBroken.recordId, sent[8].recordId);
      assert.match(report.firstBroken.reason, /row 8 is missing/);

      // A changed receive time is caught as well.
      app = await startService({ ...options, rateLimit: 0 });
      await app.close();
      await withSql(options, (sql) => sql(`UPDATE consent_records SET received_at = received_at - interval '1 day' WHERE seq = 2`));
      const moved = await runCli([...cliArgs(options), '--json'], cliEnv(options));
      assert.equal(JSON.parse(moved.stdout).firstBroken.seq, 2);
    });

    test('the retention purge removes old rows and the chain still verifies; appends continue after the anchor', async () => {
      const options = await freshStore(kind);
      const app = await startService({ ...options, rateLimit: 0, retentionMonths: 36 });
      try {
        const old = await send(app, 5);
        await new Promise((resolve) => setTimeout(resolve, 30));
        const middle = new Date();
        await new Promise((resolve) => setTimeout(resolve, 30));
        const recent = await send(app, 4);
        // "Now" is 36 months after `middle`, so the first five rows are past the retention period.
        const now = new Date(middle);
        now.setUTCMonth(now.getUTCMonth() + 36);
        assert.equal(await app.service.purge(now), 5);
        const afterPurge = await app.service.verify();
        assert.equal(afterPurge.ok, true);
        assert.equal(afterPurge.rows, 4);
        assert.equal(afterPurge.anchor.seq, 5);
        assert.equal(await app.service.purge(now), 0, 'a second purge on the same day removes nothing more');

        await send(app, 3);
        const appended = await app.service.verify();
        assert.equal(appended.ok, true);
        assert.equal(appended.rows, 7);

        // Everything past retention: the table is empty, the anchor keeps the chain going.
        const later = new Date(Date.now());
        later.setUTCMonth(later.getUTCMonth() + 37);
        assert.equal(await app.service.purge(later), 7);
        assert.deepEqual({ ...(await app.service.verify()), head: undefined }, { ok: true, rows: 0, head: undefined, anchor: { seq: 12, hash: appended.head } });
        await send(app, 2);
        const resumed = await app.service.verify();
        assert.equal(resumed.ok, true);
        assert.equal(resumed.rows, 2);
        assert.equal(old.length + recent.length, 9);
      } finally {
        await app.close();
      }
    });
  });
}
