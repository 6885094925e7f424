// /api/stats over several days: outcomes and per-category grants per UTC day, and the period's totals.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STORES, adminGet, freshStore, postRecord, record, startService, withSql } from './harness.mjs';

const ADMIN = 'admin-api-token-stats-4d3c2b1a';
const DAY_MS = 86_400_000;
const dayOf = (time) => new Date(time).toISOString().slice(0, 10);

for (const kind of STORES) {
  describe(`statistics per day (${kind})`, () => {
    test('days[].categories counts grants and refusals per UTC day; the period totals add them up', async () => {
      const options = await freshStore(kind);
      let app = await startService({ ...options, adminToken: ADMIN, rateLimit: 0 });
      const twoDaysAgo = dayOf(Date.now() - 2 * DAY_MS);
      const yesterday = dayOf(Date.now() - DAY_MS);
      // Received on earlier days: the last millisecond of one day and the first of the next, so a record is
      // counted on its own UTC day on either side of midnight.
      const earlier = [
        { at: `${twoDaysAgo}T23:59:59.999Z`, state: { service: true, analytics: true, marketing: false } },
        { at: `${twoDaysAgo}T08:00:00.000Z`, state: { service: true, analytics: true, marketing: true } },
        { at: `${yesterday}T00:00:00.000Z`, state: { service: true, analytics: false, marketing: false, video: true } },
        { at: `${yesterday}T12:30:00.000Z`, state: { service: true, analytics: false, marketing: true, video: false } },
      ].map((shape) => ({ ...shape, body: record({ state: shape.state }) }));
      const current = record({ state: { service: true, analytics: true, marketing: true } });
      try {
        for (const one of [...earlier.map((shape) => shape.body), current]) assert.equal((await postRecord(app.base, one)).status, 204);
      } finally {
        await app.close();
      }
      // The service stamps the receive time itself; the earlier records are moved back in the table (which
      // breaks the hash chain, of no concern to the statistics).
      await withSql(options, async (sql) => {
        for (const { at, body } of earlier) await sql('UPDATE consent_records SET received_at = $1 WHERE record_id = $2', [at, body.recordId]);
      });

      app = await startService({ ...options, adminToken: ADMIN, rateLimit: 0 });
      try {
        const [stored] = (await (await adminGet(app.base, `/api/records?recordId=${current.recordId}`, ADMIN)).json()).records;
        const today = dayOf(stored.receivedAt);
        const stats = await (await adminGet(app.base, `/api/stats?from=${twoDaysAgo}&to=${today}`, ADMIN)).json();
        assert.deepEqual(stats.days, [
          { day: twoDaysAgo, total: 2, acceptAll: 1, rejectAll: 0, custom: 1, categories: { analytics: { granted: 2, refused: 0 }, marketing: { granted: 1, refused: 1 } } },
          {
            day: yesterday,
            total: 2,
            acceptAll: 0,
            rejectAll: 0,
            custom: 2,
            categories: { analytics: { granted: 0, refused: 2 }, marketing: { granted: 1, refused: 1 }, video: { granted: 1, refused: 1 } },
          },
          { day: today, total: 1, acceptAll: 1, rejectAll: 0, custom: 0, categories: { analytics: { granted: 1, refused: 0 }, marketing: { granted: 1, refused: 0 } } },
        ]);
        assert.equal(stats.total, 5);
        assert.deepEqual(stats.categories, { analytics: { granted: 3, refused: 2 }, marketing: { granted: 3, refused: 2 }, video: { granted: 1, refused: 1 } });

        const oneDay = await (await adminGet(app.base, `/api/stats?from=${yesterday}&to=${yesterday}`, ADMIN)).json();
        assert.deepEqual(
          oneDay.days.map((day) => [day.day, day.categories]),
          [[yesterday, { analytics: { granted: 0, refused: 2 }, marketing: { granted: 1, refused: 1 }, video: { granted: 1, refused: 1 } }]],
        );
        assert.deepEqual(oneDay.categories, { analytics: { granted: 0, refused: 2 }, marketing: { granted: 1, refused: 1 }, video: { granted: 1, refused: 1 } });
      } finally {
        await app.close();
      }
    });
  });
}
