// Consent records: validation, group-committed appends to a SHA-256 hash chain, verify, purge, reads.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isWellFormedText } from './tokens.js';
import type { ConsentRecordBody, Stats, StoredRecord } from './api-types.js';
import { CHAIN_LOCK, MissingPackageError, type Sql, type Store } from './store.js';

export const GENESIS_HASH = '0'.repeat(64);
const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const CONSENT_ID_PATTERN = /^[A-Za-z0-9]{8,64}$/;
export const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
/** Records per group commit: concurrent requests that arrive while one commit runs go into the next. */
const MAX_BATCH = 250;
const GATHER_MS = 8;


export type Validation = { ok: true; record: ConsentRecordBody } | { ok: false; error: string; field: string };

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
  propertyName?: string;
}
type ValidateFunction = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

/** Compiles schema/consent-record.schema.json with ajv (an optional peer dependency of the service). */
export async function loadRecordValidator(schemaUrl: URL): Promise<(body: unknown) => Validation> {
  const load = async (name: string) => {
    try {
      const module = (await import(name)) as { default: unknown };
      const value = module.default as { default?: unknown };
      return (value.default ?? value) as never;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND')
        throw new MissingPackageError('The consent service validates records with ajv: npm install ajv ajv-formats');
      throw error;
    }
  };
  const Ajv2020: new (options: object) => { compile(schema: object): ValidateFunction } = await load('ajv/dist/2020.js');
  const addFormats: (ajv: unknown, formats: string[]) => void = await load('ajv-formats');
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  addFormats(ajv, ['date-time']);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')));
  return (body) => {
    if (!validate(body)) {
      const error = validate.errors![0];
      const badName = error.propertyName ?? error.params.propertyName;
      const extra = error.params.missingProperty ?? error.params.additionalProperty ?? badName;
      const field = extra === undefined ? error.instancePath || '/' : `${error.instancePath}/${String(extra)}`;
      const message =
        error.keyword === 'required'
          ? 'is missing'
          : error.keyword === 'additionalProperties'
            ? 'is not a field of a consent record'
            : badName !== undefined
              ? 'is not a valid category id'
              : error.message;
      return { ok: false, field, error: `${field} ${message}` };
    }
    const record = body as ConsentRecordBody;
    // PostgreSQL text cannot hold NUL or lone surrogates; the schema's patterns rule them out everywhere else.
    if (record.textVersion.includes('\u0000') || !isWellFormedText(record.textVersion))
      return { ok: false, field: '/textVersion', error: '/textVersion contains a NUL character or broken Unicode' };
    return { ok: true, record };
  };
}

/** JSON with object keys sorted, so a record hashes the same after a round trip through jsonb. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function rowHash(prevHash: string, seq: number, recordId: string, receivedAt: string, country: string | null, record: unknown): string {
  return createHash('sha256')
    .update(`${prevHash}\n${seq}\n${recordId}\n${receivedAt}\n${country ?? ''}\n${canonicalJson(record)}`)
    .digest('hex');
}

/** acceptAll / rejectAll / custom over the optional categories (every key but `service`). */
export function outcomeOf(state: Record<string, boolean>): 'acceptAll' | 'rejectAll' | 'custom' {
  const optional = Object.entries(state).filter(([key]) => key !== 'service');
  if (optional.every(([, granted]) => granted)) return 'acceptAll';
  if (optional.every(([, granted]) => !granted)) return 'rejectAll';
  return 'custom';
}

/** The id a record is deduplicated on: the widget's recordId, or a digest of the record for older widgets. */
export function recordIdOf(record: ConsentRecordBody): string {
  return record.recordId ?? createHash('sha256').update(canonicalJson(record)).digest('hex');
}

class RetryWithoutDuplicates extends Error {}

interface PendingRecord {
  recordId: string;
  receivedAt: Date;
  country: string | null;
  record: ConsentRecordBody;
  resolve(): void;
  reject(error: unknown): void;
}

async function chainHead(sql: Sql): Promise<{ seq: number; hash: string }> {
  const [last] = await sql.query<{ seq: string; hash: string }>('SELECT seq, hash FROM consent_records ORDER BY seq DESC LIMIT 1');
  if (last) return { seq: Number(last.seq), hash: last.hash };
  const [anchor] = await sql.query<{ seq: string; hash: string }>('SELECT seq, hash FROM consent_chain_anchor WHERE id = 1');
  return anchor ? { seq: Number(anchor.seq), hash: anchor.hash } : { seq: 0, hash: GENESIS_HASH };
}

/**
 * Appends records in group commits: requests that arrive while a commit runs wait for the next one, which
 * takes them all in one transaction. The chain lock serialises appends across every process on the database.
 */
export function createRecordWriter(store: Store) {
  let pending: PendingRecord[] = [];
  let running: Promise<void> | null = null;
  // PGlite has one process per data directory (a lock file sees to it), so its chain head can be kept in
  // memory; with PostgreSQL other processes append too, so the head is read under the lock every time.
  let cachedHead: { seq: number; hash: string } | null = null;
  const shared = store.kind === 'postgres';

  async function append(batch: PendingRecord[], knownDuplicates: ReadonlySet<string>): Promise<'done' | 'retry'> {
    return store.transaction<'done' | 'retry'>(async (sql) => {
      if (shared) await sql.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const head = (!shared && cachedHead) || (await chainHead(sql));
      let { seq, hash } = head;
      const seen = new Set(knownDuplicates);
      const columns: unknown[][] = [[], [], [], [], [], [], [], [], [], [], []];
      for (const item of batch) {
        if (seen.has(item.recordId)) continue; // a retry of a stored record, or twice in this batch
        seen.add(item.recordId);
        const receivedAt = item.receivedAt.toISOString();
        const prev = hash;
        seq += 1;
        hash = rowHash(prev, seq, item.recordId, receivedAt, item.country, item.record);
        const row = [seq, item.recordId, item.record.consentId, receivedAt, item.country, item.record.source, item.record.revision, outcomeOf(item.record.state), JSON.stringify(item.record), prev, hash];
        row.forEach((value, column) => columns[column].push(value));
      }
      if (!columns[0].length) return 'done';
      // The common case (no retried record) takes one statement; a conflict means a retry of a stored record,
      // whose row must not take a place in the chain: roll back and append again without it.
      const inserted = await sql.query(
        `INSERT INTO consent_records (seq, record_id, consent_id, received_at, country, source, revision, outcome, record, prev_hash, hash)
         SELECT seq, record_id, consent_id, received_at, country, source, revision, outcome, record::jsonb, prev_hash, hash
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
           AS t(seq, record_id, consent_id, received_at, country, source, revision, outcome, record, prev_hash, hash)
         ON CONFLICT (record_id) DO NOTHING RETURNING seq`,
        columns,
      );
      if (inserted.length !== columns[0].length) throw new RetryWithoutDuplicates();
      if (!shared) cachedHead = { seq, hash };
      return 'done';
    }).catch((error): 'retry' => {
      cachedHead = null;
      if (!(error instanceof RetryWithoutDuplicates)) throw error;
      return 'retry';
    });
  }

  async function appendBatch(batch: PendingRecord[]) {
    if ((await append(batch, new Set())) === 'done') return;
    const ids = [...new Set(batch.map((item) => item.recordId))];
    // Another process may store one of them in between: then the next round finds that one as well.
    for (let round = 0; round < 5; round++) {
      const stored = await store.query<{ record_id: string }>('SELECT record_id FROM consent_records WHERE record_id = ANY($1::text[])', [ids]);
      if ((await append(batch, new Set(stored.map((row) => row.record_id)))) === 'done') return;
    }
    throw new Error('Could not append records after 5 tries (conflicting concurrent retries).');
  }

  async function drain() {
    while (pending.length) {
      // A moment's wait gathers the records that arrive meanwhile into the same commit: under load one
      // commit per few milliseconds instead of one per record, which is what keeps up (npm run bench:service).
      if (pending.length < MAX_BATCH) await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
      const batch = pending.slice(0, MAX_BATCH);
      pending = pending.slice(MAX_BATCH);
      try {
        await appendBatch(batch);
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    running = null;
  }

  return {
    /** Resolves once the record is committed (or was already stored); rejects when the store failed. */
    add(record: ConsentRecordBody, receivedAt: Date, country: string | null): Promise<void> {
      return new Promise((resolve, reject) => {
        pending.push({ recordId: recordIdOf(record), receivedAt, country, record, resolve, reject });
        running ??= drain();
      });
    },
    /** Waits for what is queued (used on close). */
    async idle() {
      while (running) await running;
    },
  };
}

export interface VerifyResult {
  ok: boolean;
  /** Rows checked. */
  rows: number;
  /** Hash of the last row (keep it elsewhere to detect a rewrite of the whole tail). */
  head: string;
  /** The anchor the chain starts from after a purge. */
  anchor: { seq: number; hash: string } | null;
  firstBroken?: { seq: number; recordId: string | null; reason: string };
}

/** Walks the chain in order (keyset pages, constant memory) and names the first row that does not fit. */
export async function verifyChain(store: Sql): Promise<VerifyResult> {
  const [anchorRow] = await store.query<{ seq: string; hash: string }>('SELECT seq, hash FROM consent_chain_anchor WHERE id = 1');
  const anchor = anchorRow ? { seq: Number(anchorRow.seq), hash: anchorRow.hash } : null;
  let expectedSeq = (anchor?.seq ?? 0) + 1;
  let expectedPrev = anchor?.hash ?? GENESIS_HASH;
  let rows = 0;
  for (;;) {
    const page = await store.query<{ seq: string; record_id: string; received_at: string; country: string | null; record: unknown; prev_hash: string; hash: string }>(
      `SELECT seq, record_id, to_char(received_at AT TIME ZONE 'UTC', ${ISO_MS}) AS received_at, country, record, prev_hash, hash
       FROM consent_records WHERE seq >= $1 ORDER BY seq LIMIT 1000`,
      [expectedSeq],
    );
    for (const row of page) {
      const seq = Number(row.seq);
      const broken = (reason: string): VerifyResult => ({ ok: false, rows, head: expectedPrev, anchor, firstBroken: { seq, recordId: row.record_id, reason } });
      if (seq !== expectedSeq) return broken(`row ${expectedSeq}${seq > expectedSeq + 1 ? `–${seq - 1}` : ''} is missing (deleted?)`);
      if (row.prev_hash !== expectedPrev) return broken('its previous-hash does not match the row before it');
      if (rowHash(row.prev_hash, seq, row.record_id, row.received_at, row.country, row.record) !== row.hash)
        return broken('its content does not match its hash (changed after it was stored)');
      rows++;
      expectedSeq = seq + 1;
      expectedPrev = row.hash;
    }
    if (page.length < 1000) break;
  }
  return { ok: true, rows, head: expectedPrev, anchor };
}

/** Deletes the rows received before `cutoff`, keeping the last deleted row as the chain's anchor. */
export async function purgeRecords(store: Store, cutoff: Date): Promise<number> {
  return store.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
    const [bounds] = await sql.query<{ first: string | null; keep: string | null; last: string | null }>(
      'SELECT min(seq) AS first, max(seq) AS last, min(seq) FILTER (WHERE received_at >= $1) AS keep FROM consent_records',
      [cutoff.toISOString()],
    );
    if (bounds.first === null) return 0;
    // The chain is purged from its start up to the first row to keep: a row a little older that was appended
    // after a newer one (receive order and commit order differ by milliseconds) waits for the next purge.
    const keepFrom = bounds.keep === null ? Number(bounds.last) + 1 : Number(bounds.keep);
    if (keepFrom <= Number(bounds.first)) return 0;
    const [last] = await sql.query<{ seq: string; hash: string }>('SELECT seq, hash FROM consent_records WHERE seq = $1', [keepFrom - 1]);
    await sql.query(
      `INSERT INTO consent_chain_anchor (id, seq, hash, purged_at) VALUES (1, $1, $2, now())
       ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, purged_at = excluded.purged_at`,
      [last.seq, last.hash],
    );
    const deleted = await sql.query('DELETE FROM consent_records WHERE seq < $1 RETURNING seq', [keepFrom]);
    return deleted.length;
  });
}

const SELECT_STORED = `SELECT seq, record_id, to_char(received_at AT TIME ZONE 'UTC', ${ISO_MS}) AS received_at, country, hash, record FROM consent_records`;

interface StoredRow {
  seq: string;
  record_id: string;
  received_at: string;
  country: string | null;
  hash: string;
  record: ConsentRecordBody;
}
const toStored = (row: StoredRow): StoredRecord => ({ recordId: row.record_id, receivedAt: row.received_at, country: row.country, hash: row.hash, record: row.record });

export async function findRecords(sql: Sql, by: { consentId?: string; recordId?: string }): Promise<StoredRecord[]> {
  const rows = by.consentId
    ? await sql.query<StoredRow>(`${SELECT_STORED} WHERE consent_id = $1 ORDER BY seq LIMIT 10000`, [by.consentId])
    : await sql.query<StoredRow>(`${SELECT_STORED} WHERE record_id = $1`, [by.recordId]);
  return rows.map(toStored);
}
export const isConsentId = (value: string) => CONSENT_ID_PATTERN.test(value);
export const isRecordId = (value: string) => RECORD_ID_PATTERN.test(value);

/** Records received in [from, to), page by page: only one page is in memory at a time. */
export async function* recordsBetween(sql: Sql, from: Date, to: Date, pageSize = 2000): AsyncGenerator<StoredRecord> {
  let after = -1;
  for (;;) {
    const page = await sql.query<StoredRow>(`${SELECT_STORED} WHERE seq > $1 AND received_at >= $2 AND received_at < $3 ORDER BY seq LIMIT $4`, [
      after,
      from.toISOString(),
      to.toISOString(),
      pageSize,
    ]);
    for (const row of page) yield toStored(row);
    if (page.length < pageSize) return;
    after = Number(page[page.length - 1].seq);
  }
}

export async function recordStats(sql: Sql, fromDay: string, toDay: string, from: Date, to: Date): Promise<Stats> {
  const range = [from.toISOString(), to.toISOString()];
  const where = 'WHERE received_at >= $1 AND received_at < $2';
  const days = await sql.query<{ day: string; total: number; accept_all: number; reject_all: number; custom: number }>(
    `SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS total,
       count(*) FILTER (WHERE outcome = 'acceptAll')::int AS accept_all,
       count(*) FILTER (WHERE outcome = 'rejectAll')::int AS reject_all,
       count(*) FILTER (WHERE outcome = 'custom')::int AS custom
     FROM consent_records ${where} GROUP BY 1 ORDER BY 1`,
    range,
  );
  const sources = await sql.query<{ key: string; n: number }>(`SELECT source AS key, count(*)::int AS n FROM consent_records ${where} GROUP BY 1 ORDER BY 1`, range);
  const revisions = await sql.query<{ key: string; n: number }>(`SELECT revision AS key, count(*)::int AS n FROM consent_records ${where} GROUP BY 1 ORDER BY 1`, range);
  // Per day and category, and per category for the whole period (day NULL), in one pass with GROUPING SETS;
  // PGlite and PostgreSQL run the same statement.
  const categories = await sql.query<{ day: string | null; key: string; granted: number; refused: number }>(
    `SELECT day, key, count(*) FILTER (WHERE value = 'true'::jsonb)::int AS granted, count(*) FILTER (WHERE value = 'false'::jsonb)::int AS refused
     FROM (SELECT to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, s.key, s.value
           FROM consent_records r CROSS JOIN LATERAL jsonb_each(r.record -> 'state') AS s ${where.replace(/received_at/g, 'r.received_at')} AND s.key <> 'service') AS choices
     GROUP BY GROUPING SETS ((day, key), (key))
     ORDER BY 1 NULLS FIRST, 2`,
    range,
  );
  const counts = (row: { granted: number; refused: number }) => ({ granted: Number(row.granted), refused: Number(row.refused) });
  const dayCategories = new Map<string, Record<string, { granted: number; refused: number }>>();
  for (const row of categories) {
    if (row.day === null) continue;
    const forDay = dayCategories.get(row.day) ?? {};
    forDay[row.key] = counts(row);
    dayCategories.set(row.day, forDay);
  }
  return {
    from: fromDay,
    to: toDay,
    total: days.reduce((sum, day) => sum + Number(day.total), 0),
    days: days.map((day) => ({
      day: day.day,
      total: Number(day.total),
      acceptAll: Number(day.accept_all),
      rejectAll: Number(day.reject_all),
      custom: Number(day.custom),
      categories: dayCategories.get(day.day) ?? {},
    })),
    sources: Object.fromEntries(sources.map((row) => [row.key, Number(row.n)])),
    categories: Object.fromEntries(categories.filter((row) => row.day === null).map((row) => [row.key, counts(row)])),
    revisions: Object.fromEntries(revisions.map((row) => [row.key, Number(row.n)])),
  };
}
