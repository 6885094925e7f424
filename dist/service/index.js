import { stat, readFile } from 'node:fs/promises';
import { join, normalize, sep, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timingSafeEqual, createHmac, randomUUID, createHash } from 'node:crypto';
import { mkdirSync, openSync, writeSync, closeSync, renameSync, linkSync, unlinkSync, utimesSync, statSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';

// Small HTTP helpers of the service: JSON answers, bounded body reading, the per-client rate limit, CSV.
function json(status, body, headers = {}) {
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}
const problem = (status, error, extra = {}, headers = {}) => json(status, { error, ...extra }, headers);
class BodyTooLarge extends Error {
}
/** The request body as text, refusing more than `limit` bytes without reading them all. */
async function readBody(request, limit) {
    const declared = Number(request.headers.get('content-length') ?? NaN);
    if (declared > limit)
        throw new BodyTooLarge();
    if (!request.body)
        return '';
    const reader = request.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel().catch(() => { });
            throw new BodyTooLarge();
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * Token buckets per client: `perMinute` requests a minute, bursts of half that. Kept in memory per process
 * (behind a load balancer each process limits its share). Client keys are never stored or logged.
 */
function createRateLimiter(perMinute) {
    const capacity = Math.max(1, Math.floor(perMinute / 2));
    const refillPerMs = perMinute / 60_000;
    const buckets = new Map();
    const sweep = setInterval(() => {
        const now = Date.now();
        for (const [key, bucket] of buckets)
            if (bucket.tokens + (now - bucket.at) * refillPerMs >= capacity)
                buckets.delete(key);
    }, 60_000);
    sweep.unref();
    return {
        /** 0 when allowed, else the seconds to wait. */
        take(client) {
            if (perMinute <= 0)
                return 0;
            const now = Date.now();
            const bucket = buckets.get(client) ?? { tokens: capacity, at: now };
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * refillPerMs);
            bucket.at = now;
            buckets.set(client, bucket);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
        },
        close: () => clearInterval(sweep),
    };
}
/** One CSV cell (RFC 4180), with spreadsheet formula starts defused. */
function csvCell(value) {
    let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
    if (/^[=+\-@\t\r]/.test(text))
        text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
const csvLine = (cells) => `${cells.map(csvCell).join(',')}\r\n`;
/** A stream of text chunks pulled from an async generator: nothing is produced before the reader asks. */
function streamOf(chunks) {
    const encoder = new TextEncoder();
    return new ReadableStream({
        async pull(controller) {
            const { done, value } = await chunks.next();
            if (done)
                controller.close();
            else
                controller.enqueue(encoder.encode(value));
        },
        async cancel() {
            await chunks.return(undefined);
        },
    }, { highWaterMark: 0 });
}
const ADMIN_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.woff2': 'font/woff2',
    '.map': 'application/json; charset=utf-8',
    '.txt': 'text/plain; charset=utf-8',
};

// Opt-out link tokens: HMAC-SHA256 over recipient id, category and issue time (format in docs/service.md).
// node:crypto rather than WebCrypto so that making a link stays synchronous for mail code and the CLI.
const VERSION = 'cb1';
const CATEGORY_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
const MAX_RECIPIENT_LENGTH = 128;
const base64url = (data) => {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64url = (text) => {
    try {
        return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
    }
    catch {
        return null;
    }
};
/** True when a string holds no lone UTF-16 surrogate (which no database text column can keep). */
const isWellFormedText = (text) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
function mac(secret, recipient, category, issuedAt) {
    return createHmac('sha256', secret).update(`${VERSION}\n${recipient}\n${category}\n${issuedAt}`).digest();
}
/** Why a recipient id or category cannot go into a token, or null when they can. */
function tokenInputProblem(recipient, category) {
    if (typeof recipient !== 'string' || !recipient.length || recipient.length > MAX_RECIPIENT_LENGTH)
        return `recipient must be an id of 1 to ${MAX_RECIPIENT_LENGTH} characters`;
    if (recipient.includes('@'))
        return 'recipient looks like an e-mail address: use an opaque id from your mail system, a token must not reveal an address';
    if (!isWellFormedText(recipient))
        return 'recipient is not valid Unicode text';
    if (typeof category !== 'string' || !CATEGORY_PATTERN.test(category))
        return 'category must be a category id such as "marketing"';
    return null;
}
/** Makes a token for one recipient and category. Throws on an unusable recipient or category. */
function createOptOutToken(secret, recipient, category, issuedAt = Math.floor(Date.now() / 1000)) {
    if (!secret)
        throw new Error('An opt-out token needs a secret (CONSENT_SECRET).');
    const problem = tokenInputProblem(recipient, category);
    if (problem)
        throw new Error(`Cannot make an opt-out token: ${problem}.`);
    if (!Number.isInteger(issuedAt) || issuedAt < 0)
        throw new Error('issuedAt must be whole seconds since 1970.');
    return [VERSION, base64url(recipient), category, String(issuedAt), base64url(mac(secret, recipient, category, issuedAt))].join('.');
}
/**
 * The recipient, category and issue time of a token made with one of `secrets` (current first, then the
 * previous one during a rotation), or null for anything forged, altered or malformed. Constant-time compare.
 */
function verifyOptOutToken(token, secrets) {
    if (typeof token !== 'string' || token.length > 600)
        return null;
    const parts = token.split('.');
    if (parts.length !== 5 || parts[0] !== VERSION)
        return null;
    const [, recipientPart, category, issuedPart, macPart] = parts;
    if (!/^[A-Za-z0-9_-]+$/.test(recipientPart) || !/^[A-Za-z0-9_-]{43}$/.test(macPart) || !/^\d{1,12}$/.test(issuedPart))
        return null;
    const recipientBytes = fromBase64url(recipientPart);
    const given = fromBase64url(macPart);
    // The MAC's last character carries two unused bits: only its canonical spelling counts, so an altered
    // character never passes as the same token.
    if (!recipientBytes || !given || given.length !== 32 || base64url(given) !== macPart)
        return null;
    let recipient;
    try {
        recipient = new TextDecoder('utf-8', { fatal: true }).decode(recipientBytes);
    }
    catch {
        return null;
    }
    // Only the canonical encoding counts, so one token has exactly one spelling.
    if (base64url(recipient) !== recipientPart || tokenInputProblem(recipient, category))
        return null;
    const issuedAt = Number(issuedPart);
    if (String(issuedAt) !== issuedPart)
        return null;
    let valid = false;
    for (const secret of secrets) {
        if (!secret)
            continue;
        // Every secret is tried, so the time taken does not tell which one matched.
        if (timingSafeEqual(given, mac(secret, recipient, category, issuedAt)))
            valid = true;
    }
    return valid ? { recipient, category, issuedAt } : null;
}
/** The e-mail opt-out link and List-Unsubscribe headers for one recipient and category. */
function createOptOutLink(options) {
    const issued = options.issuedAt instanceof Date ? Math.floor(options.issuedAt.getTime() / 1000) : options.issuedAt;
    const token = createOptOutToken(options.secret, options.recipient, options.category, issued);
    if (!URL.canParse(options.site))
        throw new Error(`site is not a URL: ${options.site}`);
    const page = new URL(options.site);
    page.searchParams.set(options.optOutParam ?? 'consent-opt-out', options.category);
    page.searchParams.set(options.optOutTokenParam ?? 'consent-token', token);
    const headers = {};
    if (options.serviceUrl) {
        if (!URL.canParse(options.serviceUrl))
            throw new Error(`serviceUrl is not a URL: ${options.serviceUrl}`);
        const oneClick = new URL('one-click', options.serviceUrl.endsWith('/') ? options.serviceUrl : `${options.serviceUrl}/`);
        oneClick.searchParams.set('token', token);
        headers['List-Unsubscribe'] = `<${oneClick.href}>, <${page.href}>`;
        headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    else {
        headers['List-Unsubscribe'] = `<${page.href}>`;
    }
    return { url: page.href, token, headers };
}

// Versioned schema: migration N is MIGRATIONS[N - 1]. Never edit one that has shipped; append a new one.
const MIGRATIONS = [
    [
        `CREATE TABLE consent_records (
      seq bigint PRIMARY KEY,
      record_id text NOT NULL UNIQUE,
      consent_id text NOT NULL,
      received_at timestamptz NOT NULL,
      country text,
      source text NOT NULL,
      revision text NOT NULL,
      outcome text NOT NULL,
      record jsonb NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`,
        'CREATE INDEX consent_records_consent_id ON consent_records (consent_id)',
        'CREATE INDEX consent_records_received_at ON consent_records (received_at)',
        // The last purged row: the chain's new start after a retention purge.
        `CREATE TABLE consent_chain_anchor (
      id integer PRIMARY KEY CHECK (id = 1),
      seq bigint NOT NULL,
      hash text NOT NULL,
      purged_at timestamptz NOT NULL
    )`,
        `CREATE TABLE consent_suppressions (
      recipient text NOT NULL,
      category text NOT NULL,
      since timestamptz NOT NULL,
      PRIMARY KEY (recipient, category)
    )`,
        'CREATE INDEX consent_suppressions_since ON consent_suppressions (since)',
        // Webhook outbox: written in the same transaction as the change, so a crash loses no event.
        `CREATE TABLE consent_webhook_events (
      id bigserial PRIMARY KEY,
      type text NOT NULL,
      recipient text NOT NULL,
      category text NOT NULL,
      at timestamptz NOT NULL,
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      delivered_at timestamptz,
      failed_at timestamptz
    )`,
        'CREATE INDEX consent_webhook_events_due ON consent_webhook_events (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL',
    ],
];

// The two stores behind one small interface: PGlite (embedded, WASM) and a PostgreSQL server through pg.
// Same SQL on both; the server packages are imported only when that store is chosen.
/** Advisory lock keys (pg_advisory_xact_lock): one for migrations, one that serialises appends to the chain. */
const MIGRATION_LOCK = 7_310_001;
const CHAIN_LOCK = 7_310_002;
/** A store or server package that is not installed: the message says how to install it. */
class MissingPackageError extends Error {
}
async function importPackage(name, purpose) {
    try {
        return (await import(name));
    }
    catch (error) {
        if (error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(name))
            throw new MissingPackageError(`${purpose} needs the package "${name}": npm install ${name}`);
        throw error;
    }
}
/** Hides the password of a connection string, for messages. */
function redactUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.password)
            parsed.password = '***';
        return parsed.href;
    }
    catch {
        return 'postgres://…';
    }
}
/**
 * PGlite in `dataDir`. PostgreSQL allows one server per data directory and so does PGlite: a lock file
 * (see {@link acquireDataDirLock}) refuses a second live process, on this host or another one sharing the volume.
 */
async function openPGlite(dataDir) {
    const { PGlite } = await importPackage('@electric-sql/pglite', 'The embedded store (no DATABASE_URL)');
    mkdirSync(dataDir, { recursive: true });
    const lock = acquireDataDirLock(dataDir);
    let db;
    try {
        db = await PGlite.create(join(dataDir, 'pgdata'));
    }
    catch (error) {
        lock.release();
        throw error;
    }
    const wrap = (q) => ({
        query: async (text, params) => (await q.query(text, params)).rows,
    });
    return {
        kind: 'pglite',
        ...wrap(db),
        transaction: (work) => db.transaction((tx) => work(wrap(tx))),
        async close() {
            try {
                await db.close();
            }
            finally {
                lock.release();
            }
        },
    };
}
/** The lock file of a PGlite data directory; its mtime is refreshed every LOCK_REFRESH_MS while the store is open. */
const LOCK_FILE = 'consent-service.pid';
const LOCK_REFRESH_MS = 10_000;
/** A lock whose mtime is older than this is stale whoever holds it (its holder stopped refreshing it). */
const LOCK_STALE_MS = 30_000;
function readLock(file) {
    try {
        const mtimeMs = statSync(file).mtimeMs;
        const text = readFileSync(file, 'utf8');
        let holder = {};
        try {
            const parsed = JSON.parse(text);
            if (parsed && typeof parsed === 'object')
                holder = parsed;
            else if (typeof parsed === 'number')
                holder = { pid: parsed }; // the earlier format: the pid alone
        }
        catch {
            // Unreadable (e.g. caught half-written): only its age can make it stale.
        }
        return { holder, mtimeMs };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/**
 * Takes the lock of `dataDir`, atomically (O_EXCL), or throws naming its holder. Process ids alone cannot tell
 * processes apart (every container's service is PID 1; a pid from another PID namespace or host looks dead), so
 * the file holds hostname, pid and a random instance id, and its mtime is refreshed while the store is open.
 * An existing lock is stale only if its holder is on this host and its pid is dead, or its mtime is older than
 * LOCK_STALE_MS. A lock with our pid but another instance id is not ours (another container, or a second open).
 */
function acquireDataDirLock(dataDir, now = Date.now) {
    const file = join(dataDir, LOCK_FILE);
    const me = { hostname: hostname(), pid: process.pid, instance: randomUUID() };
    for (let attempt = 0;; attempt++) {
        try {
            const fd = openSync(file, 'wx');
            try {
                writeSync(fd, JSON.stringify(me));
            }
            finally {
                closeSync(fd);
            }
            break;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        const existing = readLock(file);
        if (!existing)
            continue; // released meanwhile: try again
        const { holder, mtimeMs } = existing;
        const age = now() - mtimeMs;
        const stale = age > LOCK_STALE_MS || (holder.hostname === me.hostname && typeof holder.pid === 'number' && holder.pid !== process.pid && !isAlive(holder.pid));
        if (!stale || attempt >= 3) {
            const who = `${holder.hostname ?? 'unknown host'}/pid ${holder.pid ?? '?'}`;
            throw new Error(`The data directory ${dataDir} is in use by process ${holder.pid ?? '?'}: one service process per PGlite directory ` +
                `(held by ${who}, lock file ${file} refreshed ${Math.max(0, Math.round(age / 1000))} s ago; it is taken over once it is ${LOCK_STALE_MS / 1000} s old). ` +
                `Run one process per data directory; for several processes use PostgreSQL with DATABASE_URL.`);
        }
        // Take the stale lock over: move it aside (atomic), check that what was moved is the lock judged stale and not
        // one that a racing process has just created, then try O_EXCL again.
        const aside = `${file}.stale-${me.instance}`;
        try {
            renameSync(file, aside);
        }
        catch (error) {
            if (error.code === 'ENOENT')
                continue;
            throw error;
        }
        const moved = readLock(aside);
        if (moved && (moved.holder.instance !== holder.instance || moved.mtimeMs !== mtimeMs)) {
            // A fresh lock of another process: put it back (link fails if yet another one exists) and look again.
            try {
                linkSync(aside, file);
            }
            catch {
                // Someone holds the file now; the next attempt reads that holder.
            }
        }
        unlinkSync(aside);
    }
    const ours = () => readLock(file)?.holder.instance === me.instance;
    const timer = setInterval(() => {
        try {
            if (ours()) {
                const t = new Date();
                utimesSync(file, t, t);
            }
        }
        catch {
            // A volume that is briefly unavailable: the next tick tries again.
        }
    }, LOCK_REFRESH_MS);
    timer.unref();
    let released = false;
    return {
        release() {
            if (released)
                return;
            released = true;
            clearInterval(timer);
            try {
                if (ours())
                    unlinkSync(file);
            }
            catch {
                // Already gone.
            }
        },
    };
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** A pool of connections to the PostgreSQL server at `url`. */
async function openPostgres(url, onError) {
    const pg = await importPackage('pg', 'The PostgreSQL store (DATABASE_URL)');
    const { Pool } = pg.default ?? pg;
    const pool = new Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
    // An idle connection that the server drops must not crash the process; the next query reconnects.
    pool.on('error', (error) => onError(`PostgreSQL connection lost: ${error.message}`));
    return {
        kind: 'postgres',
        query: async (text, params) => (await pool.query(text, params)).rows,
        async transaction(work) {
            const client = await pool.connect();
            let broken;
            // A connection lost mid-transaction is reported by the query that fails; without a listener the
            // client's 'error' event would crash the process.
            const onLost = (error) => (broken = error);
            client.on('error', onLost);
            try {
                await client.query('BEGIN');
                const result = await work({ query: async (text, params) => (await client.query(text, params)).rows });
                await client.query('COMMIT');
                return result;
            }
            catch (error) {
                await client.query('ROLLBACK').catch((rollbackError) => (broken = rollbackError));
                throw error;
            }
            finally {
                client.off('error', onLost);
                client.release(broken);
            }
        },
        close: () => pool.end(),
    };
}
/** Applies the migrations this store has not had yet, one process at a time. */
async function migrate(store) {
    return store.transaction(async (sql) => {
        await sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await sql.query('CREATE TABLE IF NOT EXISTS consent_schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
        const done = new Set((await sql.query('SELECT version FROM consent_schema_migrations')).map((row) => Number(row.version)));
        let applied = 0;
        for (const [index, statements] of MIGRATIONS.entries()) {
            const version = index + 1;
            if (done.has(version))
                continue;
            for (const statement of statements)
                await sql.query(statement);
            await sql.query('INSERT INTO consent_schema_migrations (version) VALUES ($1)', [version]);
            applied++;
        }
        return applied;
    });
}

// Consent records: validation, group-committed appends to a SHA-256 hash chain, verify, purge, reads.
const GENESIS_HASH = '0'.repeat(64);
const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const CONSENT_ID_PATTERN = /^[A-Za-z0-9]{8,64}$/;
const ISO_MS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
/** Records per group commit: concurrent requests that arrive while one commit runs go into the next. */
const MAX_BATCH = 250;
const GATHER_MS = 8;
/** Compiles schema/consent-record.schema.json with ajv (an optional peer dependency of the service). */
async function loadRecordValidator(schemaUrl) {
    const load = async (name) => {
        try {
            const module = (await import(name));
            const value = module.default;
            return (value.default ?? value);
        }
        catch (error) {
            if (error.code === 'ERR_MODULE_NOT_FOUND')
                throw new MissingPackageError('The consent service validates records with ajv: npm install ajv ajv-formats');
            throw error;
        }
    };
    const Ajv2020 = await load('ajv/dist/2020.js');
    const addFormats = await load('ajv-formats');
    const ajv = new Ajv2020({ allErrors: false, strict: true });
    addFormats(ajv, ['date-time']);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')));
    return (body) => {
        if (!validate(body)) {
            const error = validate.errors[0];
            const badName = error.propertyName ?? error.params.propertyName;
            const extra = error.params.missingProperty ?? error.params.additionalProperty ?? badName;
            const field = extra === undefined ? error.instancePath || '/' : `${error.instancePath}/${String(extra)}`;
            const message = error.keyword === 'required'
                ? 'is missing'
                : error.keyword === 'additionalProperties'
                    ? 'is not a field of a consent record'
                    : badName !== undefined
                        ? 'is not a valid category id'
                        : error.message;
            return { ok: false, field, error: `${field} ${message}` };
        }
        const record = body;
        // PostgreSQL text cannot hold NUL or lone surrogates; the schema's patterns rule them out everywhere else.
        if (record.textVersion.includes('\u0000') || !isWellFormedText(record.textVersion))
            return { ok: false, field: '/textVersion', error: '/textVersion contains a NUL character or broken Unicode' };
        return { ok: true, record };
    };
}
/** JSON with object keys sorted, so a record hashes the same after a round trip through jsonb. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value && typeof value === 'object')
        return `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
            .join(',')}}`;
    return JSON.stringify(value);
}
function rowHash(prevHash, seq, recordId, receivedAt, country, record) {
    return createHash('sha256')
        .update(`${prevHash}\n${seq}\n${recordId}\n${receivedAt}\n${country ?? ''}\n${canonicalJson(record)}`)
        .digest('hex');
}
/** acceptAll / rejectAll / custom over the optional categories (every key but `service`). */
function outcomeOf(state) {
    const optional = Object.entries(state).filter(([key]) => key !== 'service');
    if (optional.every(([, granted]) => granted))
        return 'acceptAll';
    if (optional.every(([, granted]) => !granted))
        return 'rejectAll';
    return 'custom';
}
/** The id a record is deduplicated on: the widget's recordId, or a digest of the record for older widgets. */
function recordIdOf(record) {
    return record.recordId ?? createHash('sha256').update(canonicalJson(record)).digest('hex');
}
class RetryWithoutDuplicates extends Error {
}
async function chainHead(sql) {
    const [last] = await sql.query('SELECT seq, hash FROM consent_records ORDER BY seq DESC LIMIT 1');
    if (last)
        return { seq: Number(last.seq), hash: last.hash };
    const [anchor] = await sql.query('SELECT seq, hash FROM consent_chain_anchor WHERE id = 1');
    return anchor ? { seq: Number(anchor.seq), hash: anchor.hash } : { seq: 0, hash: GENESIS_HASH };
}
/**
 * Appends records in group commits: requests that arrive while a commit runs wait for the next one, which
 * takes them all in one transaction. The chain lock serialises appends across every process on the database.
 */
function createRecordWriter(store) {
    let pending = [];
    let running = null;
    // PGlite has one process per data directory (a lock file sees to it), so its chain head can be kept in
    // memory; with PostgreSQL other processes append too, so the head is read under the lock every time.
    let cachedHead = null;
    const shared = store.kind === 'postgres';
    async function append(batch, knownDuplicates) {
        return store.transaction(async (sql) => {
            if (shared)
                await sql.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
            const head = (!shared && cachedHead) || (await chainHead(sql));
            let { seq, hash } = head;
            const seen = new Set(knownDuplicates);
            const columns = [[], [], [], [], [], [], [], [], [], [], []];
            for (const item of batch) {
                if (seen.has(item.recordId))
                    continue; // a retry of a stored record, or twice in this batch
                seen.add(item.recordId);
                const receivedAt = item.receivedAt.toISOString();
                const prev = hash;
                seq += 1;
                hash = rowHash(prev, seq, item.recordId, receivedAt, item.country, item.record);
                const row = [seq, item.recordId, item.record.consentId, receivedAt, item.country, item.record.source, item.record.revision, outcomeOf(item.record.state), JSON.stringify(item.record), prev, hash];
                row.forEach((value, column) => columns[column].push(value));
            }
            if (!columns[0].length)
                return 'done';
            // The common case (no retried record) takes one statement; a conflict means a retry of a stored record,
            // whose row must not take a place in the chain: roll back and append again without it.
            const inserted = await sql.query(`INSERT INTO consent_records (seq, record_id, consent_id, received_at, country, source, revision, outcome, record, prev_hash, hash)
         SELECT seq, record_id, consent_id, received_at, country, source, revision, outcome, record::jsonb, prev_hash, hash
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
           AS t(seq, record_id, consent_id, received_at, country, source, revision, outcome, record, prev_hash, hash)
         ON CONFLICT (record_id) DO NOTHING RETURNING seq`, columns);
            if (inserted.length !== columns[0].length)
                throw new RetryWithoutDuplicates();
            if (!shared)
                cachedHead = { seq, hash };
            return 'done';
        }).catch((error) => {
            cachedHead = null;
            if (!(error instanceof RetryWithoutDuplicates))
                throw error;
            return 'retry';
        });
    }
    async function appendBatch(batch) {
        if ((await append(batch, new Set())) === 'done')
            return;
        const ids = [...new Set(batch.map((item) => item.recordId))];
        // Another process may store one of them in between: then the next round finds that one as well.
        for (let round = 0; round < 5; round++) {
            const stored = await store.query('SELECT record_id FROM consent_records WHERE record_id = ANY($1::text[])', [ids]);
            if ((await append(batch, new Set(stored.map((row) => row.record_id)))) === 'done')
                return;
        }
        throw new Error('Could not append records after 5 tries (conflicting concurrent retries).');
    }
    async function drain() {
        while (pending.length) {
            // A moment's wait gathers the records that arrive meanwhile into the same commit: under load one
            // commit per few milliseconds instead of one per record, which is what keeps up (npm run bench:service).
            if (pending.length < MAX_BATCH)
                await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
            const batch = pending.slice(0, MAX_BATCH);
            pending = pending.slice(MAX_BATCH);
            try {
                await appendBatch(batch);
                for (const item of batch)
                    item.resolve();
            }
            catch (error) {
                for (const item of batch)
                    item.reject(error);
            }
        }
        running = null;
    }
    return {
        /** Resolves once the record is committed (or was already stored); rejects when the store failed. */
        add(record, receivedAt, country) {
            return new Promise((resolve, reject) => {
                pending.push({ recordId: recordIdOf(record), receivedAt, country, record, resolve, reject });
                running ??= drain();
            });
        },
        /** Waits for what is queued (used on close). */
        async idle() {
            while (running)
                await running;
        },
    };
}
/** Walks the chain in order (keyset pages, constant memory) and names the first row that does not fit. */
async function verifyChain(store) {
    const [anchorRow] = await store.query('SELECT seq, hash FROM consent_chain_anchor WHERE id = 1');
    const anchor = anchorRow ? { seq: Number(anchorRow.seq), hash: anchorRow.hash } : null;
    let expectedSeq = (anchor?.seq ?? 0) + 1;
    let expectedPrev = anchor?.hash ?? GENESIS_HASH;
    let rows = 0;
    for (;;) {
        const page = await store.query(`SELECT seq, record_id, to_char(received_at AT TIME ZONE 'UTC', ${ISO_MS}) AS received_at, country, record, prev_hash, hash
       FROM consent_records WHERE seq >= $1 ORDER BY seq LIMIT 1000`, [expectedSeq]);
        for (const row of page) {
            const seq = Number(row.seq);
            const broken = (reason) => ({ ok: false, rows, head: expectedPrev, anchor, firstBroken: { seq, recordId: row.record_id, reason } });
            if (seq !== expectedSeq)
                return broken(`row ${expectedSeq}${seq > expectedSeq + 1 ? `–${seq - 1}` : ''} is missing (deleted?)`);
            if (row.prev_hash !== expectedPrev)
                return broken('its previous-hash does not match the row before it');
            if (rowHash(row.prev_hash, seq, row.record_id, row.received_at, row.country, row.record) !== row.hash)
                return broken('its content does not match its hash (changed after it was stored)');
            rows++;
            expectedSeq = seq + 1;
            expectedPrev = row.hash;
        }
        if (page.length < 1000)
            break;
    }
    return { ok: true, rows, head: expectedPrev, anchor };
}
/** Deletes the rows received before `cutoff`, keeping the last deleted row as the chain's anchor. */
async function purgeRecords(store, cutoff) {
    return store.transaction(async (sql) => {
        await sql.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
        const [bounds] = await sql.query('SELECT min(seq) AS first, max(seq) AS last, min(seq) FILTER (WHERE received_at >= $1) AS keep FROM consent_records', [cutoff.toISOString()]);
        if (bounds.first === null)
            return 0;
        // The chain is purged from its start up to the first row to keep: a row a little older that was appended
        // after a newer one (receive order and commit order differ by milliseconds) waits for the next purge.
        const keepFrom = bounds.keep === null ? Number(bounds.last) + 1 : Number(bounds.keep);
        if (keepFrom <= Number(bounds.first))
            return 0;
        const [last] = await sql.query('SELECT seq, hash FROM consent_records WHERE seq = $1', [keepFrom - 1]);
        await sql.query(`INSERT INTO consent_chain_anchor (id, seq, hash, purged_at) VALUES (1, $1, $2, now())
       ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, purged_at = excluded.purged_at`, [last.seq, last.hash]);
        const deleted = await sql.query('DELETE FROM consent_records WHERE seq < $1 RETURNING seq', [keepFrom]);
        return deleted.length;
    });
}
const SELECT_STORED = `SELECT seq, record_id, to_char(received_at AT TIME ZONE 'UTC', ${ISO_MS}) AS received_at, country, hash, record FROM consent_records`;
const toStored = (row) => ({ recordId: row.record_id, receivedAt: row.received_at, country: row.country, hash: row.hash, record: row.record });
async function findRecords(sql, by) {
    const rows = by.consentId
        ? await sql.query(`${SELECT_STORED} WHERE consent_id = $1 ORDER BY seq LIMIT 10000`, [by.consentId])
        : await sql.query(`${SELECT_STORED} WHERE record_id = $1`, [by.recordId]);
    return rows.map(toStored);
}
const isConsentId = (value) => CONSENT_ID_PATTERN.test(value);
const isRecordId = (value) => RECORD_ID_PATTERN.test(value);
/** Records received in [from, to), page by page: only one page is in memory at a time. */
async function* recordsBetween(sql, from, to, pageSize = 2000) {
    let after = -1;
    for (;;) {
        const page = await sql.query(`${SELECT_STORED} WHERE seq > $1 AND received_at >= $2 AND received_at < $3 ORDER BY seq LIMIT $4`, [
            after,
            from.toISOString(),
            to.toISOString(),
            pageSize,
        ]);
        for (const row of page)
            yield toStored(row);
        if (page.length < pageSize)
            return;
        after = Number(page[page.length - 1].seq);
    }
}
async function recordStats(sql, fromDay, toDay, from, to) {
    const range = [from.toISOString(), to.toISOString()];
    const where = 'WHERE received_at >= $1 AND received_at < $2';
    const days = await sql.query(`SELECT to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS total,
       count(*) FILTER (WHERE outcome = 'acceptAll')::int AS accept_all,
       count(*) FILTER (WHERE outcome = 'rejectAll')::int AS reject_all,
       count(*) FILTER (WHERE outcome = 'custom')::int AS custom
     FROM consent_records ${where} GROUP BY 1 ORDER BY 1`, range);
    const sources = await sql.query(`SELECT source AS key, count(*)::int AS n FROM consent_records ${where} GROUP BY 1 ORDER BY 1`, range);
    const revisions = await sql.query(`SELECT revision AS key, count(*)::int AS n FROM consent_records ${where} GROUP BY 1 ORDER BY 1`, range);
    // Per day and category, and per category for the whole period (day NULL), in one pass with GROUPING SETS;
    // PGlite and PostgreSQL run the same statement.
    const categories = await sql.query(`SELECT day, key, count(*) FILTER (WHERE value = 'true'::jsonb)::int AS granted, count(*) FILTER (WHERE value = 'false'::jsonb)::int AS refused
     FROM (SELECT to_char(r.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, s.key, s.value
           FROM consent_records r CROSS JOIN LATERAL jsonb_each(r.record -> 'state') AS s ${where.replace(/received_at/g, 'r.received_at')} AND s.key <> 'service') AS choices
     GROUP BY GROUPING SETS ((day, key), (key))
     ORDER BY 1 NULLS FIRST, 2`, range);
    const counts = (row) => ({ granted: Number(row.granted), refused: Number(row.refused) });
    const dayCategories = new Map();
    for (const row of categories) {
        if (row.day === null)
            continue;
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

// The suppression list (who must not get mail of a category) and the webhook outbox that reports its changes.
/**
 * Adds (`opt-out`) or removes (`undo`) a recipient; says whether anything changed. A change and its
 * webhook event are written in one transaction, so no change goes unreported.
 */
async function changeSuppression(store, action, recipient, category, withEvent) {
    return store.transaction(async (sql) => {
        const now = new Date().toISOString();
        const changed = action === 'opt-out'
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
async function listSuppressions(sql, filter) {
    const rows = await sql.query(`SELECT recipient, category, to_char(since AT TIME ZONE 'UTC', ${ISO_MS}) AS since FROM consent_suppressions
     WHERE ($1::text IS NULL OR category = $1) AND ($2::timestamptz IS NULL OR since >= $2) ORDER BY since, recipient, category`, [filter.category ?? null, filter.since?.toISOString() ?? null]);
    return rows.map((row) => ({ recipient: row.recipient, category: row.category, since: row.since }));
}
function webhookSignature(secret, timestamp, body) {
    return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
const GIVE_UP_AFTER_MS = 3 * 24 * 3600_000;
const MAX_DELAY_MS = 3600_000;
/**
 * Delivers due webhook events. Each is leased with FOR UPDATE SKIP LOCKED before it is sent, so with several
 * processes one event goes out once per try; a failed try is retried with exponential backoff.
 */
function createWebhookDeliverer(options) {
    const { store, url, secret, retryBaseMs, log } = options;
    let running = null;
    let again = false;
    let closed = false;
    async function deliverDue() {
        const leased = await store.query(`UPDATE consent_webhook_events SET next_attempt_at = $1, attempts = attempts + 1
       WHERE id IN (SELECT id FROM consent_webhook_events WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2
                    ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED)
       RETURNING id, type, recipient, category, to_char(at AT TIME ZONE 'UTC', ${ISO_MS}) AS at, attempts`, [new Date(Date.now() + 60_000).toISOString(), new Date().toISOString()]);
        for (const event of leased.sort((a, b) => Number(a.id) - Number(b.id))) {
            const body = JSON.stringify({ id: Number(event.id), type: event.type, recipient: event.recipient, category: event.category, at: event.at });
            let problem = null;
            try {
                const response = await fetch(url, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', 'consent-banner-event': String(event.id), 'consent-banner-signature': webhookSignature(secret, Math.floor(Date.now() / 1000), body) },
                    body,
                    signal: AbortSignal.timeout(10_000),
                });
                await response.body?.cancel();
                if (!response.ok)
                    problem = `answered ${response.status}`;
            }
            catch (error) {
                problem = error.message;
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
                while (!closed && (await deliverDue()) === 20)
                    ;
            }
            catch (error) {
                log.warn(`Webhook delivery paused: ${error.message}`);
            }
        } while (again && !closed);
        running = null;
    }
    const kick = () => {
        if (closed)
            return;
        if (running)
            again = true;
        else
            running = loop();
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

// consent-banner/service: the consent service as a Fetch-style handler and a Node adapter.
// HTTP API, JSON shapes and options: docs/service.md.
const consoleLog = {
    info: (message) => console.log(message),
    warn: (message) => console.warn(message),
    error: (message) => console.error(message),
};
const DAY_MS = 86_400_000;
/** Resolves when a response can take more data (or is gone), leaving no listener behind. */
function drained(res) {
    return new Promise((resolve) => {
        const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
        };
        res.on('drain', done);
        res.on('close', done);
    });
}
const RETRY_AFTER_SECONDS = 5;
/** Opens (and migrates) the store the options name. */
async function openConsentStore(options = {}) {
    const log = options.log ?? consoleLog;
    const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
    const kind = options.store ?? (databaseUrl ? 'postgres' : 'pglite');
    let store;
    if (kind === 'postgres') {
        if (!databaseUrl)
            throw new Error('The postgres store needs a connection string: set DATABASE_URL.');
        store = await openPostgres(databaseUrl, (message) => log.warn(message));
        try {
            await migrate(store);
        }
        catch (error) {
            await store.close().catch(() => { });
            throw new Error(`Cannot reach PostgreSQL at ${redactUrl(databaseUrl)}: ${error.message}`);
        }
    }
    else {
        store = await openPGlite(options.dataDir ?? './consent-data');
        await migrate(store);
    }
    return store;
}
/** Checks the hash chain of a store without starting the service. */
async function verifyConsentStore(options = {}) {
    const store = await openConsentStore(options);
    try {
        return { ...(await verifyChain(store)), store: store.kind };
    }
    finally {
        await store.close();
    }
}
/** A `YYYY-MM-DD` query value, or null. Years 1970–9998 only: the day after `to` must still be a date the stores take. */
const parseDay = (value) => value && /^(19[7-9]\d|[2-9]\d{3})-\d{2}-\d{2}$/.test(value) && !value.startsWith('9999') && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    ? new Date(`${value}T00:00:00Z`)
    : null;
const dayOf = (date) => date.toISOString().slice(0, 10);
function sameSecret(given, expected) {
    // Digests first, so the compare takes the same time whatever the lengths.
    return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}
async function createConsentService(options = {}) {
    const log = options.log ?? consoleLog;
    const secret = options.secret ?? process.env.CONSENT_SECRET ?? '';
    const previousSecret = options.previousSecret ?? process.env.CONSENT_SECRET_PREVIOUS ?? '';
    const adminToken = options.adminToken ?? process.env.CONSENT_ADMIN_TOKEN ?? '';
    const webhookSecret = options.webhookSecret ?? process.env.CONSENT_WEBHOOK_SECRET ?? '';
    const retentionMonths = options.retentionMonths ?? 36;
    const maxBodyBytes = options.maxBodyBytes ?? 16_384;
    const requiredCategories = new Set(options.requiredCategories ?? ['service']);
    const origins = new Set((options.origins ?? []).map((origin) => new URL(origin).origin));
    const adminDir = options.adminDir ?? fileURLToPath(new URL('./admin/', import.meta.url));
    if (!Number.isFinite(retentionMonths) || retentionMonths < 1)
        throw new Error(`retentionMonths must be 1 or more; got ${retentionMonths}.`);
    if (options.webhook && !URL.canParse(options.webhook))
        throw new Error(`webhook is not a URL: ${redactUrl(options.webhook)}`);
    // fetch() refuses a URL with credentials, so such a webhook would never deliver (and its retries would log them).
    if (options.webhook && (new URL(options.webhook).username || new URL(options.webhook).password))
        throw new Error(`webhook must not carry a user name or password (${redactUrl(options.webhook)}); the calls are signed with CONSENT_WEBHOOK_SECRET.`);
    if (options.webhook && !webhookSecret)
        throw new Error('A webhook needs a signing key: set CONSENT_WEBHOOK_SECRET.');
    const validate = await loadRecordValidator(new URL('../../schema/consent-record.schema.json', import.meta.url));
    const store = await openConsentStore(options);
    const writer = createRecordWriter(store);
    const limiter = createRateLimiter(options.rateLimit ?? 120);
    if (!Number.isFinite(options.rateLimit ?? 120) || (options.rateLimit ?? 120) < 0)
        throw new Error(`rateLimit must be 0 or more; got ${options.rateLimit}.`);
    const webhook = options.webhook
        ? createWebhookDeliverer({ store, url: options.webhook, secret: webhookSecret, retryBaseMs: options.webhookRetryBaseMs ?? 1000, log })
        : null;
    const purge = async (now = new Date()) => {
        const cutoff = new Date(now);
        cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
        const removed = await purgeRecords(store, cutoff);
        if (removed)
            log.info(`Retention: removed ${removed} consent records received before ${cutoff.toISOString()}.`);
        await store.query("DELETE FROM consent_webhook_events WHERE (delivered_at IS NOT NULL OR failed_at IS NOT NULL) AND at < $1", [new Date(now.getTime() - 30 * DAY_MS).toISOString()]);
        return removed;
    };
    const runPurge = () => purge().catch((error) => log.error(`Retention purge failed (will retry tomorrow): ${error.message}`));
    await runPurge();
    const purgeTimer = setInterval(runPurge, DAY_MS);
    purgeTimer.unref();
    webhook?.kick();
    log.info(`Consent service: store ${store.kind}${store.kind === 'pglite' ? ` in ${options.dataDir ?? './consent-data'}` : ''}; records kept ${retentionMonths} months.`);
    if (!adminToken)
        log.info('Admin API and /admin/ are off: set CONSENT_ADMIN_TOKEN to turn them on.');
    if (!secret)
        log.info('Opt-out links are off (/unsubscribe, /one-click): set CONSENT_SECRET to turn them on.');
    const perMinute = options.rateLimit ?? 120;
    if (perMinute > 0)
        log.info(`Rate limit: ${perMinute} requests a minute per client ${options.trustProxy ? '(X-Forwarded-For / CF-Connecting-IP)' : 'address (behind a load balancer or CDN every client shares its address: add --trust-proxy)'}.`);
    if (!origins.size)
        log.info('No --origin: browsers on other sites cannot send records (same-site and server requests still can).');
    let unknownClientSaid = false;
    /** The client's key for the rate limit; null when nothing identifies it (then it is not limited). */
    const clientOf = (request, info) => {
        // Behind a proxy, the address it saw is the LAST X-Forwarded-For entry: the ones before it are the client's own
        // word. CF-Connecting-IP is set (and overwritten) by Cloudflare.
        const client = (options.trustProxy && (request.headers.get('cf-connecting-ip') ?? request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim())) || info?.clientAddress;
        if (!client && !unknownClientSaid) {
            unknownClientSaid = true;
            log.warn('Rate limit: a request came with no client address (pass { clientAddress } to service.fetch, or use trustProxy); such requests are not limited.');
        }
        return client || null;
    };
    const limited = (request, info) => {
        const client = clientOf(request, info);
        return client === null ? 0 : limiter.take(client);
    };
    /** The CDN's country header, believed only behind a proxy the owner trusts: anyone else could write it. */
    const countryOf = (request) => {
        if (!options.trustProxy)
            return null;
        for (const header of ['cf-ipcountry', 'cloudfront-viewer-country', 'x-vercel-ip-country']) {
            const value = request.headers.get(header)?.trim().toUpperCase();
            if (value && /^[A-Z]{2}$/.test(value) && value !== 'XX')
                return value;
        }
        return null;
    };
    const unavailable = (what, error) => {
        log.error(`${what}: the database did not answer (${error.message}); answered 503.`);
        return problem(503, 'The consent store is unavailable; try again shortly.', {}, { 'retry-after': String(RETRY_AFTER_SECONDS) });
    };
    const parseJson = (text) => {
        try {
            return { ok: true, value: JSON.parse(text) };
        }
        catch {
            return { ok: false };
        }
    };
    async function receiveRecord(request) {
        const receivedAt = new Date();
        const parsed = parseJson(await readBody(request, maxBodyBytes));
        if (!parsed.ok)
            return problem(400, 'The body is not JSON.');
        const checked = validate(parsed.value);
        if (!checked.ok)
            return problem(422, checked.error, { field: checked.field });
        try {
            await writer.add(checked.record, receivedAt, countryOf(request));
        }
        catch (error) {
            return unavailable('A consent record was not stored', error);
        }
        return new Response(null, { status: 204 });
    }
    const secrets = [secret, previousSecret];
    async function unsubscribe(request) {
        const parsed = parseJson(await readBody(request, maxBodyBytes));
        if (!parsed.ok)
            return problem(400, 'The body is not JSON.');
        const body = parsed.value;
        if (!body || typeof body !== 'object' || Array.isArray(body))
            return problem(422, 'The body must be an object.', { field: '/' });
        if (body.action !== 'opt-out' && body.action !== 'undo')
            return problem(422, '/action must be "opt-out" or "undo"', { field: '/action' });
        if (typeof body.category !== 'string' || !CATEGORY_PATTERN.test(body.category))
            return problem(422, '/category must be a category id', { field: '/category' });
        if (requiredCategories.has(body.category))
            return problem(422, `/category "${body.category}" cannot be opted out by a link`, { field: '/category' });
        if (body.token === undefined)
            return problem(403, 'The request carries no opt-out token; nothing was changed.');
        const token = verifyOptOutToken(body.token, secrets);
        if (!token)
            return problem(403, 'The opt-out token is not valid; nothing was changed.');
        if (token.category !== body.category)
            return problem(403, 'The opt-out token is for another category; nothing was changed.');
        try {
            if (await changeSuppression(store, body.action, token.recipient, token.category, !!webhook))
                webhook?.kick();
        }
        catch (error) {
            return unavailable('An opt-out was not stored', error);
        }
        return new Response(null, { status: 204 });
    }
    async function oneClick(request, url) {
        // RFC 8058 asks mail clients for multipart/form-data; some send urlencoded. Either counts.
        const text = await readBody(request, maxBodyBytes);
        const type = request.headers.get('content-type') ?? '';
        let form = new URLSearchParams(text);
        if (/^multipart\/form-data/i.test(type))
            form = await new Response(text, { headers: { 'content-type': type } }).formData().catch(() => new URLSearchParams());
        if (String(form.get('List-Unsubscribe') ?? '').trim() !== 'One-Click')
            return problem(400, 'The body must be List-Unsubscribe=One-Click (RFC 8058).');
        const token = verifyOptOutToken(url.searchParams.get('token'), secrets);
        if (!token)
            return problem(403, 'The opt-out token is not valid; nothing was changed.');
        if (requiredCategories.has(token.category))
            return problem(403, `"${token.category}" cannot be opted out by a link; nothing was changed.`);
        try {
            if (await changeSuppression(store, 'opt-out', token.recipient, token.category, !!webhook))
                webhook?.kick();
        }
        catch (error) {
            return unavailable('A one-click opt-out was not stored', error);
        }
        return new Response('Unsubscribed.\n', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    /** CORS and the Origin check for the public endpoints; null when the origin may call. */
    function originProblem(request, url) {
        const origin = request.headers.get('origin');
        if (origin === null)
            return null;
        let sameSite = false;
        try {
            sameSite = new URL(origin).origin === url.origin;
        }
        catch {
            // "null" (sandboxed frames, file:) and garbage: not an allowed site
        }
        if (origins.has(origin) || sameSite)
            return null;
        return problem(403, `Origin ${origin.slice(0, 200)} is not allowed to send to this service (see --origin).`);
    }
    const corsHeaders = (request) => {
        const origin = request.headers.get('origin');
        return origin && origins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };
    };
    /**
     * `fromMailProvider`: RFC 8058's one-click POST comes from a mailbox provider's few servers, not from a browser:
     * no Origin to check, and no per-client limit (a campaign's unsubscribes would share one address). A forged
     * token is refused before the database is touched, so only valid links cost a write.
     */
    async function publicEndpoint(request, url, info, handler, fromMailProvider = false) {
        const checkOrigin = !fromMailProvider;
        const refused = checkOrigin ? originProblem(request, url) : null;
        if (refused)
            return refused;
        const cors = checkOrigin ? corsHeaders(request) : {};
        if (request.method === 'OPTIONS')
            return new Response(null, {
                status: 204,
                headers: { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' },
            });
        if (request.method !== 'POST')
            return problem(405, 'Use POST.', {}, { allow: 'POST, OPTIONS', ...cors });
        const wait = fromMailProvider ? 0 : limited(request, info);
        let response;
        if (wait)
            response = problem(429, 'Too many requests from this client; try again later.', {}, { 'retry-after': String(wait) });
        else {
            try {
                response = await handler();
            }
            catch (error) {
                if (!(error instanceof BodyTooLarge))
                    throw error;
                response = problem(413, `The body is larger than ${maxBodyBytes} bytes.`, {}, { connection: 'close' });
            }
        }
        for (const [name, value] of Object.entries(cors))
            response.headers.set(name, value);
        return response;
    }
    function dateRange(url) {
        const today = parseDay(dayOf(new Date()));
        const from = url.searchParams.has('from') ? parseDay(url.searchParams.get('from')) : new Date(today.getTime() - 29 * DAY_MS);
        const to = url.searchParams.has('to') ? parseDay(url.searchParams.get('to')) : today;
        if (!from)
            return problem(422, 'from must be a date YYYY-MM-DD', { field: 'from' });
        if (!to)
            return problem(422, 'to must be a date YYYY-MM-DD', { field: 'to' });
        if (from > to)
            return problem(422, 'from is after to', { field: 'from' });
        return { from, to: new Date(to.getTime() + DAY_MS), fromDay: dayOf(from), toDay: dayOf(to) };
    }
    async function* exportLines(range, format) {
        if (format === 'csv')
            yield csvLine(['recordId', 'receivedAt', 'country', 'consentId', 'time', 'revision', 'language', 'source', 'gpc', 'textVersion', 'state', 'hash']);
        let lines = [];
        for await (const row of recordsBetween(store, range.from, range.to)) {
            lines.push(format === 'csv' ? csvRow(row) : `${JSON.stringify(row)}\n`);
            if (lines.length === 500) {
                yield lines.join('');
                lines = [];
            }
        }
        if (lines.length)
            yield lines.join('');
    }
    const csvRow = ({ recordId, receivedAt, country, hash, record }) => csvLine([recordId, receivedAt, country, record.consentId, record.time, record.revision, record.language, record.source, record.gpc, record.textVersion, record.state, hash]);
    async function admin(request, url, info) {
        if (!adminToken)
            return problem(404, 'The admin API is off: set CONSENT_ADMIN_TOKEN.');
        const header = request.headers.get('authorization') ?? '';
        const given = /^Bearer (.+)$/i.exec(header)?.[1]?.trim() ?? '';
        if (!given || !sameSecret(given, adminToken)) {
            // Failed tries count against the client's rate limit, so the token cannot be guessed quickly.
            const wait = limited(request, info);
            if (wait)
                return problem(429, 'Too many requests from this client; try again later.', {}, { 'retry-after': String(wait) });
            return problem(401, given ? 'The admin token is not right.' : 'The admin API needs Authorization: Bearer <CONSENT_ADMIN_TOKEN>.', {}, { 'www-authenticate': 'Bearer realm="consent-banner"' });
        }
        if (request.method !== 'GET')
            return problem(405, 'Use GET.', {}, { allow: 'GET' });
        const path = url.pathname;
        try {
            if (path === '/api/records') {
                const consentId = url.searchParams.get('consentId');
                const recordId = url.searchParams.get('recordId');
                if (consentId !== null) {
                    if (!isConsentId(consentId))
                        return problem(422, 'consentId is not a consent id (8 to 64 letters and digits)', { field: 'consentId' });
                    return json(200, { records: await findRecords(store, { consentId }) });
                }
                if (recordId !== null) {
                    if (!isRecordId(recordId))
                        return problem(422, 'recordId is not a record id', { field: 'recordId' });
                    return json(200, { records: await findRecords(store, { recordId }) });
                }
                return problem(422, 'Give consentId (or recordId).', { field: 'consentId' });
            }
            if (path === '/api/records.csv' || path === '/api/records.ndjson') {
                const range = dateRange(url);
                if (range instanceof Response)
                    return range;
                const format = path.endsWith('.csv') ? 'csv' : 'ndjson';
                // The first page is read before answering, so a store that is down gets a 503, not a cut-off file.
                await store.query('SELECT 1');
                return new Response(streamOf(exportLines(range, format)), {
                    headers: {
                        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
                        'content-disposition': `attachment; filename="consent-records-${range.fromDay}-${range.toDay}.${format}"`,
                        'cache-control': 'no-store',
                    },
                });
            }
            if (path === '/api/stats') {
                const range = dateRange(url);
                if (range instanceof Response)
                    return range;
                return json(200, await recordStats(store, range.fromDay, range.toDay, range.from, range.to));
            }
            if (path === '/api/suppressions' || path === '/api/suppressions.csv') {
                const category = url.searchParams.get('category');
                const sinceText = url.searchParams.get('since');
                if (category !== null && !CATEGORY_PATTERN.test(category))
                    return problem(422, 'category must be a category id', { field: 'category' });
                const since = sinceText === null ? undefined : new Date(sinceText);
                if (since && Number.isNaN(since.getTime()))
                    return problem(422, 'since must be an ISO date or time', { field: 'since' });
                const list = await listSuppressions(store, { category: category ?? undefined, since });
                if (path.endsWith('.csv') || /\btext\/csv\b/.test(request.headers.get('accept') ?? ''))
                    return new Response(csvLine(['recipient', 'category', 'since']) + list.map((row) => csvLine([row.recipient, row.category, row.since])).join(''), {
                        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="suppressions.csv"', 'cache-control': 'no-store' },
                    });
                return json(200, { suppressions: list });
            }
            if (path === '/api/verify')
                return json(200, await verifyChain(store));
        }
        catch (error) {
            return unavailable(`Admin request ${path}`, error);
        }
        return problem(404, `No admin endpoint ${path}.`);
    }
    const ADMIN_HEADERS = {
        'content-security-policy': ADMIN_CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cache-control': 'no-store',
    };
    async function adminPage(request, url) {
        if (!adminToken)
            return problem(404, 'The admin page is off: set CONSENT_ADMIN_TOKEN.', {}, ADMIN_HEADERS);
        if (url.pathname === '/admin')
            return new Response(null, { status: 308, headers: { location: '/admin/', ...ADMIN_HEADERS } });
        if (request.method !== 'GET' && request.method !== 'HEAD')
            return problem(405, 'Use GET.', {}, { allow: 'GET, HEAD', ...ADMIN_HEADERS });
        let relative;
        try {
            relative = decodeURIComponent(url.pathname.slice('/admin/'.length)) || 'index.html';
        }
        catch {
            return problem(400, 'Bad path.', {}, ADMIN_HEADERS);
        }
        const file = normalize(join(adminDir, relative));
        if (!file.startsWith(normalize(adminDir.endsWith(sep) ? adminDir : adminDir + sep)) || relative.includes('\0'))
            return problem(404, 'Not found.', {}, ADMIN_HEADERS);
        try {
            if (!(await stat(file)).isFile())
                throw new Error('not a file');
            const body = await readFile(file);
            return new Response(request.method === 'HEAD' ? null : body, {
                headers: { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...ADMIN_HEADERS },
            });
        }
        catch {
            return problem(404, relative === 'index.html' ? 'The admin page is not built (npm run build).' : 'Not found.', {}, ADMIN_HEADERS);
        }
    }
    const unrouted = new WeakSet();
    async function handle(request, info) {
        let url;
        try {
            url = new URL(request.url);
        }
        catch {
            return problem(400, 'Bad request URL.');
        }
        const path = url.pathname;
        if (path === '/consent-records')
            return publicEndpoint(request, url, info, () => receiveRecord(request));
        if (path === '/unsubscribe' || path === '/one-click') {
            if (!secret)
                return problem(404, 'Opt-out links are off: set CONSENT_SECRET.');
            return path === '/unsubscribe'
                ? publicEndpoint(request, url, info, () => unsubscribe(request))
                : publicEndpoint(request, url, info, () => oneClick(request, url), true);
        }
        if (path === '/health') {
            try {
                await store.query('SELECT 1');
                return json(200, { ok: true, store: store.kind });
            }
            catch {
                return json(503, { ok: false, store: store.kind }, { 'retry-after': String(RETRY_AFTER_SECONDS) });
            }
        }
        if (path.startsWith('/api/'))
            return admin(request, url, info);
        if (path === '/admin' || path.startsWith('/admin/'))
            return adminPage(request, url);
        const response = problem(404, `Nothing at ${path.slice(0, 200)}.`);
        unrouted.add(response);
        return response;
    }
    /** The paths this service answers; the rest belong to the host app when the service is middleware. */
    const servesPath = (path) => ['/consent-records', '/unsubscribe', '/one-click', '/health', '/admin'].includes(path) || path.startsWith('/api/') || path.startsWith('/admin/');
    async function fetchHandler(request, info) {
        try {
            return await handle(request, info);
        }
        catch (error) {
            log.error(`Unexpected error on ${request.method} ${new URL(request.url).pathname}: ${error.message}`);
            return problem(500, 'Internal error.');
        }
    }
    async function node(req, res, next) {
        // As middleware, a request for the host app is handed on before its body is touched, so the app can read it.
        if (next && !servesPath(new URL(req.url ?? '/', 'http://localhost').pathname))
            return next();
        try {
            const method = req.method ?? 'GET';
            const clientAddress = req.socket.remoteAddress;
            const headers = new Headers();
            for (let i = 0; i < req.rawHeaders.length; i += 2)
                headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
            let body;
            let bodyLeft = false;
            if (method !== 'GET' && method !== 'HEAD') {
                // Read at most one chunk past the limit (enough for the handler to answer 413), then stop reading.
                body = await new Promise((resolve, reject) => {
                    const chunks = [];
                    let size = 0;
                    const onData = (chunk) => {
                        chunks.push(chunk);
                        size += chunk.length;
                        if (size > maxBodyBytes) {
                            req.off('data', onData);
                            req.pause();
                            bodyLeft = true;
                            resolve(Buffer.concat(chunks));
                        }
                    };
                    req.on('data', onData);
                    req.once('end', () => resolve(Buffer.concat(chunks)));
                    req.once('error', reject);
                });
                headers.delete('content-length');
            }
            const host = /^[A-Za-z0-9.:[\]-]+$/.test(req.headers.host ?? '') ? req.headers.host : 'localhost';
            const request = new Request(`http://${host}${req.url ?? '/'}`, { method, headers, body: body && body.length ? body : method === 'GET' || method === 'HEAD' ? undefined : '' });
            const response = await fetchHandler(request, { clientAddress });
            if (next && unrouted.has(response))
                return next();
            const outHeaders = {};
            response.headers.forEach((value, name) => (outHeaders[name] = value));
            if (bodyLeft)
                outHeaders.connection = 'close';
            res.writeHead(response.status, outHeaders);
            if (response.body) {
                const reader = response.body.getReader();
                res.on('close', () => void reader.cancel().catch(() => { }));
                for (;;) {
                    const { done, value } = await reader.read();
                    if (done)
                        break;
                    if (!res.write(value))
                        await drained(res);
                }
            }
            res.end();
            if (bodyLeft)
                res.once('finish', () => req.destroy());
        }
        catch (error) {
            if (!res.headersSent) {
                res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
                res.end(JSON.stringify({ error: 'Bad request.' }));
            }
            else
                res.destroy();
            log.warn(`Request failed: ${error.message}`);
        }
    }
    return {
        store: store.kind,
        fetch: fetchHandler,
        node,
        verify: () => verifyChain(store),
        purge,
        async close() {
            clearInterval(purgeTimer);
            limiter.close();
            await writer.idle();
            await webhook?.close();
            await store.close();
        },
    };
}

export { MissingPackageError, createConsentService, createOptOutLink, createOptOutToken, openConsentStore, redactUrl, verifyConsentStore, verifyOptOutToken, webhookSignature };
