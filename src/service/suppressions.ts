// The suppression list (who must not get mail of a category) and the webhook outbox that reports its changes.
import { createHmac } from 'node:crypto';
import { ISO_MS } from './records.js';
import type { Suppression } from './api-types.js';
import type { Sql, Store } from './store.js';

/**
 * Adds (`opt-out`) or removes (`undo`) a recipient; says whether anything changed. A change and its
 * webhook event are written in one transaction, so no change goes unreported.
 */
export async function changeSuppression(store: Store, action: 'opt-out' | 'undo', recipient: string, category: string, withEvent: boolean): Promise<boolean> {
  return store.transaction(async (sql) => {
    const now = new Date().toISOString();
    const changed =
      action === 'opt-out'
        ? await sql.query('INSERT INTO consent_suppressions (recipient, category, since) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING recipient', [recipient, category, now])
        : await sql.query('DELETE FROM consent_suppressions WHERE recipient = $1 AND category = $2 RETURNING recipient', [recipient, category]);
    if (changed.length && withEvent)
      await sql.query('INSERT INTO consent_webhook_events (type, recipient, category, at, next_attempt_at) VALUES ($1, $2, $3, $4, $4)', [
        action === 'opt-out' ? 'suppression.added' : 'suppression.removed',
        recipient,
        category,
        now,
      ]);
    return changed.length > 0;
  });
}

export async function listSuppressions(sql: Sql, filter: { category?: string; since?: Date }): Promise<Suppression[]> {
  const rows = await sql.query<Suppression>(
    `SELECT recipient, category, to_char(since AT TIME ZONE 'UTC', ${ISO_MS}) AS since FROM consent_suppressions
     WHERE ($1::text IS NULL OR category = $1) AND ($2::timestamptz IS NULL OR since >= $2) ORDER BY since, recipient, category`,
    [filter.category ?? null, filter.since?.toISOString() ?? null],
  );
  return rows.map((row) => ({ recipient: row.recipient, category: row.category, since: row.since }));
}

export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

const GIVE_UP_AFTER_MS = 3 * 24 * 3600_000;
const MAX_DELAY_MS = 3600_000;

/**
 * Delivers due webhook events. Each is leased with FOR UPDATE SKIP LOCKED before it is sent, so with several
 * processes one event goes out once per try; a failed try is retried with exponential backoff.
 */
export function createWebhookDeliverer(options: { store: Store; url: string; secret: string; retryBaseMs: number; log: { warn(message: string): void } }) {
  const { store, url, secret, retryBaseMs, log } = options;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  async function deliverDue() {
    const leased = await store.query<{ id: string; type: string; recipient: string; category: string; at: string; attempts: number; created: string }>(
      `UPDATE consent_webhook_events SET next_attempt_at = $1, attempts = attempts + 1
       WHERE id IN (SELECT id FROM consent_webhook_events WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2
                    ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED)
       RETURNING id, type, recipient, category, to_char(at AT TIME ZONE 'UTC', ${ISO_MS}) AS at, attempts`,
      [new Date(Date.now() + 60_000).toISOString(), new Date().toISOString()],
    );
    for (const event of leased.sort((a, b) => Number(a.id) - Number(b.id))) {
      const body = JSON.stringify({ id: Number(event.id), type: event.type, recipient: event.recipient, category: event.category, at: event.at });
      let problem: string | null = null;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'consent-banner-event': String(event.id), 'consent-banner-signature': webhookSignature(secret, Math.floor(Date.now() / 1000), body) },
          body,
          signal: AbortSignal.timeout(10_000),
        });
        await response.body?.cancel();
        if (!response.ok) problem = `answered ${response.status}`;
      } catch (error) {
        problem = (error as Error).message;
      }
      if (!problem) {
        await store.query('UPDATE consent_webhook_events SET delivered_at = $1 WHERE id = $2', [new Date().toISOString(), event.id]);
        continue;
      }
      const attempts = Number(event.attempts);
      const delay = Math.min(retryBaseMs * 2 ** (attempts - 1), MAX_DELAY_MS);
      const giveUp = Date.now() - Date.parse(event.at) > GIVE_UP_AFTER_MS;
      log.warn(`Webhook event ${event.id} (${event.type}) not delivered (try ${attempts}: ${problem}); ${giveUp ? 'giving up after 3 days' : `retrying in ${Math.round(delay / 1000)} s`}.`);
      await store.query(giveUp ? 'UPDATE consent_webhook_events SET failed_at = $1 WHERE id = $2' : 'UPDATE consent_webhook_events SET next_attempt_at = $1 WHERE id = $2', [
        new Date(giveUp ? Date.now() : Date.now() + delay).toISOString(),
        event.id,
      ]);
    }
    return leased.length;
  }

  async function loop() {
    do {
      again = false;
      try {
        while (!closed && (await deliverDue()) === 20);
      } catch (error) {
        log.warn(`Webhook delivery paused: ${(error as Error).message}`);
      }
    } while (again && !closed);
    running = null;
  }

  const kick = () => {
    if (closed) return;
    if (running) again = true;
    else running = loop();
  };
  const timer = setInterval(kick, Math.max(50, Math.min(retryBaseMs, 5000)));
  timer.unref();
  return {
    kick,
    async close() {
      closed = true;
      clearInterval(timer);
      await running;
    },
  };
}
