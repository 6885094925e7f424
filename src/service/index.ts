// consent-banner/service: the consent service as a Fetch-style handler and a Node adapter.
// HTTP API, JSON shapes and options: docs/service.md.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash, timingSafeEqual } from 'node:crypto';
import { ADMIN_CSP, BodyTooLarge, CONTENT_TYPES, createRateLimiter, csvLine, json, problem, readBody, streamOf } from './http.js';
import {
  createRecordWriter,
  findRecords,
  isConsentId,
  isRecordId,
  loadRecordValidator,
  purgeRecords,
  recordsBetween,
  recordStats,
  verifyChain,
  type VerifyResult,
} from './records.js';
import { migrate, openPGlite, openPostgres, redactUrl, type Store, type StoreKind } from './store.js';
import type { StoredRecord } from './api-types.js';
import { changeSuppression, createWebhookDeliverer, listSuppressions } from './suppressions.js';
import { CATEGORY_PATTERN, verifyOptOutToken } from './tokens.js';

export { createOptOutLink, createOptOutToken, verifyOptOutToken, type OptOutLink, type OptOutLinkOptions, type OptOutToken } from './tokens.js';
export { webhookSignature } from './suppressions.js';
export type { CategoryCounts, ConsentRecordBody, DayStats, Stats, StoredRecord, Suppression } from './api-types.js';
export type { VerifyResult } from './records.js';
export { MissingPackageError, redactUrl, type StoreKind } from './store.js';

export interface ServiceLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface StoreOptions {
  /** Default: `postgres` when `databaseUrl` (or DATABASE_URL) is set, else `pglite`. */
  store?: StoreKind;
  /** PGlite's directory. Default `./consent-data`. */
  dataDir?: string;
  /** postgres://… Default: DATABASE_URL. */
  databaseUrl?: string;
  log?: ServiceLog;
}

export interface ConsentServiceOptions extends StoreOptions {
  /** Sites allowed to call the public endpoints from a browser (CORS). */
  origins?: string[];
  /** Key of the opt-out tokens. Default: CONSENT_SECRET. */
  secret?: string;
  /** The previous key during a rotation. Default: CONSENT_SECRET_PREVIOUS. */
  previousSecret?: string;
  /** Bearer token of /api/* and /admin/. Default: CONSENT_ADMIN_TOKEN. Unset: the admin API is off. */
  adminToken?: string;
  /** Records older than this are purged daily. Default 36. */
  retentionMonths?: number;
  /** URL that receives a signed POST per suppression change. */
  webhook?: string;
  /** Key that signs webhook calls. Default: CONSENT_WEBHOOK_SECRET. */
  webhookSecret?: string;
  /** First retry delay of a failed webhook call, doubled on each try. Default 1000 ms. */
  webhookRetryBaseMs?: number;
  /** Requests per minute per client on the public endpoints; 0 turns the limit off. Default 120. */
  rateLimit?: number;
  /** Identify clients by X-Forwarded-For / CF-Connecting-IP (behind a load balancer). Default false. */
  trustProxy?: boolean;
  /** Largest accepted request body. Default 16 KiB. */
  maxBodyBytes?: number;
  /** Categories that no link can opt out of. Default ['service']. */
  requiredCategories?: string[];
  /** Directory of the admin page's files. Default: dist/service/admin/ of this package. */
  adminDir?: string;
}

export interface RequestInfo {
  /** The client's address, for the rate limit only (never stored or logged). */
  clientAddress?: string;
}

export interface ConsentService {
  store: StoreKind;
  fetch(request: Request, info?: RequestInfo): Promise<Response>;
  /** Node `http` handler; also connect/Express middleware (calls `next()` for paths it does not serve). */
  node(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): Promise<void>;
  verify(): Promise<VerifyResult>;
  /** Runs the retention purge now; returns the rows removed. */
  purge(now?: Date): Promise<number>;
  close(): Promise<void>;
}

const consoleLog: ServiceLog = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

const DAY_MS = 86_400_000;

/** Resolves when a response can take more data (or is gone), leaving no listener behind. */
function drained(res: ServerResponse): Promise<void> {
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
export async function openConsentStore(options: StoreOptions = {}): Promise<Store> {
  const log = options.log ?? consoleLog;
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  const kind: StoreKind = options.store ?? (databaseUrl ? 'postgres' : 'pglite');
  let store: Store;
  if (kind === 'postgres') {
    if (!databaseUrl) throw new Error('The postgres store needs a connection string: set DATABASE_URL.');
    store = await openPostgres(databaseUrl, (message) => log.warn(message));
    try {
      await migrate(store);
    } catch (error) {
      await store.close().catch(() => {});
      throw new Error(`Cannot reach PostgreSQL at ${redactUrl(databaseUrl)}: ${(error as Error).message}`);
    }
  } else {
    store = await openPGlite(options.dataDir ?? './consent-data');
    await migrate(store);
  }
  return store;
}

/** Checks the hash chain of a store without starting the service. */
export async function verifyConsentStore(options: StoreOptions = {}): Promise<VerifyResult & { store: StoreKind }> {
  const store = await openConsentStore(options);
  try {
    return { ...(await verifyChain(store)), store: store.kind };
  } finally {
    await store.close();
  }
}

/** A `YYYY-MM-DD` query value, or null. Years 1970–9998 only: the day after `to` must still be a date the stores take. */
const parseDay = (value: string | null) =>
  value && /^(19[7-9]\d|[2-9]\d{3})-\d{2}-\d{2}$/.test(value) && !value.startsWith('9999') && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
    ? new Date(`${value}T00:00:00Z`)
    : null;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

function sameSecret(given: string, expected: string): boolean {
  // Digests first, so the compare takes the same time whatever the lengths.
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}

export async function createConsentService(options: ConsentServiceOptions = {}): Promise<ConsentService> {
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
  if (!Number.isFinite(retentionMonths) || retentionMonths < 1) throw new Error(`retentionMonths must be 1 or more; got ${retentionMonths}.`);
  if (options.webhook && !URL.canParse(options.webhook)) throw new Error(`webhook is not a URL: ${redactUrl(options.webhook)}`);
  // fetch() refuses a URL with credentials, so such a webhook would never deliver (and its retries would log them).
  if (options.webhook && (new URL(options.webhook).username || new URL(options.webhook).password))
    throw new Error(`webhook must not carry a user name or password (${redactUrl(options.webhook)}); the calls are signed with CONSENT_WEBHOOK_SECRET.`);
  if (options.webhook && !webhookSecret) throw new Error('A webhook needs a signing key: set CONSENT_WEBHOOK_SECRET.');

  const validate = await loadRecordValidator(new URL('../../schema/consent-record.schema.json', import.meta.url));
  const store = await openConsentStore(options);
  const writer = createRecordWriter(store);
  const limiter = createRateLimiter(options.rateLimit ?? 120);
  if (!Number.isFinite(options.rateLimit ?? 120) || (options.rateLimit ?? 120) < 0) throw new Error(`rateLimit must be 0 or more; got ${options.rateLimit}.`);
  const webhook = options.webhook
    ? createWebhookDeliverer({ store, url: options.webhook, secret: webhookSecret, retryBaseMs: options.webhookRetryBaseMs ?? 1000, log })
    : null;

  const purge = async (now = new Date()) => {
    const cutoff = new Date(now);
    cutoff.setUTCMonth(cutoff.getUTCMonth() - retentionMonths);
    const removed = await purgeRecords(store, cutoff);
    if (removed) log.info(`Retention: removed ${removed} consent records received before ${cutoff.toISOString()}.`);
    await store.query("DELETE FROM consent_webhook_events WHERE (delivered_at IS NOT NULL OR failed_at IS NOT NULL) AND at < $1", [new Date(now.getTime() - 30 * DAY_MS).toISOString()]);
    return removed;
  };
  const runPurge = () => purge().catch((error: Error) => log.error(`Retention purge failed (will retry tomorrow): ${error.message}`));
  await runPurge();
  const purgeTimer = setInterval(runPurge, DAY_MS);
  purgeTimer.unref();
  webhook?.kick();

  log.info(`Consent service: store ${store.kind}${store.kind === 'pglite' ? ` in ${options.dataDir ?? './consent-data'}` : ''}; records kept ${retentionMonths} months.`);
  if (!adminToken) log.info('Admin API and /admin/ are off: set CONSENT_ADMIN_TOKEN to turn them on.');
  if (!secret) log.info('Opt-out links are off (/unsubscribe, /one-click): set CONSENT_SECRET to turn them on.');
  const perMinute = options.rateLimit ?? 120;
  if (perMinute > 0)
    log.info(
      `Rate limit: ${perMinute} requests a minute per client ${options.trustProxy ? '(X-Forwarded-For / CF-Connecting-IP)' : 'address (behind a load balancer or CDN every client shares its address: add --trust-proxy)'}.`,
    );
  if (!origins.size) log.info('No --origin: browsers on other sites cannot send records (same-site and server requests still can).');

  let unknownClientSaid = false;
  /** The client's key for the rate limit; null when nothing identifies it (then it is not limited). */
  const clientOf = (request: Request, info?: RequestInfo): string | null => {
    // Behind a proxy, the address it saw is the LAST X-Forwarded-For entry: the ones before it are the client's own
    // word. CF-Connecting-IP is set (and overwritten) by Cloudflare.
    const client = (options.trustProxy && (request.headers.get('cf-connecting-ip') ?? request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim())) || info?.clientAddress;
    if (!client && !unknownClientSaid) {
      unknownClientSaid = true;
      log.warn('Rate limit: a request came with no client address (pass { clientAddress } to service.fetch, or use trustProxy); such requests are not limited.');
    }
    return client || null;
  };
  const limited = (request: Request, info?: RequestInfo) => {
    const client = clientOf(request, info);
    return client === null ? 0 : limiter.take(client);
  };

  /** The CDN's country header, believed only behind a proxy the owner trusts: anyone else could write it. */
  const countryOf = (request: Request) => {
    if (!options.trustProxy) return null;
    for (const header of ['cf-ipcountry', 'cloudfront-viewer-country', 'x-vercel-ip-country']) {
      const value = request.headers.get(header)?.trim().toUpperCase();
      if (value && /^[A-Z]{2}$/.test(value) && value !== 'XX') return value;
    }
    return null;
  };

  const unavailable = (what: string, error: unknown) => {
    log.error(`${what}: the database did not answer (${(error as Error).message}); answered 503.`);
    return problem(503, 'The consent store is unavailable; try again shortly.', {}, { 'retry-after': String(RETRY_AFTER_SECONDS) });
  };

  const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return { ok: false };
    }
  };

  async function receiveRecord(request: Request): Promise<Response> {
    const receivedAt = new Date();
    const parsed = parseJson(await readBody(request, maxBodyBytes));
    if (!parsed.ok) return problem(400, 'The body is not JSON.');
    const checked = validate(parsed.value);
    if (!checked.ok) return problem(422, checked.error, { field: checked.field });
    try {
      await writer.add(checked.record, receivedAt, countryOf(request));
    } catch (error) {
      return unavailable('A consent record was not stored', error);
    }
    return new Response(null, { status: 204 });
  }

  const secrets = [secret, previousSecret];

  async function unsubscribe(request: Request): Promise<Response> {
    const parsed = parseJson(await readBody(request, maxBodyBytes));
    if (!parsed.ok) return problem(400, 'The body is not JSON.');
    const body = parsed.value as Record<string, unknown>;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return problem(422, 'The body must be an object.', { field: '/' });
    if (body.action !== 'opt-out' && body.action !== 'undo') return problem(422, '/action must be "opt-out" or "undo"', { field: '/action' });
    if (typeof body.category !== 'string' || !CATEGORY_PATTERN.test(body.category)) return problem(422, '/category must be a category id', { field: '/category' });
    if (requiredCategories.has(body.category)) return problem(422, `/category "${body.category}" cannot be opted out by a link`, { field: '/category' });
    if (body.token === undefined) return problem(403, 'The request carries no opt-out token; nothing was changed.');
    const token = verifyOptOutToken(body.token, secrets);
    if (!token) return problem(403, 'The opt-out token is not valid; nothing was changed.');
    if (token.category !== body.category) return problem(403, 'The opt-out token is for another category; nothing was changed.');
    try {
      if (await changeSuppression(store, body.action, token.recipient, token.category, !!webhook)) webhook?.kick();
    } catch (error) {
      return unavailable('An opt-out was not stored', error);
    }
    return new Response(null, { status: 204 });
  }

  async function oneClick(request: Request, url: URL): Promise<Response> {
    // RFC 8058 asks mail clients for multipart/form-data; some send urlencoded. Either counts.
    const text = await readBody(request, maxBodyBytes);
    const type = request.headers.get('content-type') ?? '';
    let form: { get(name: string): unknown } = new URLSearchParams(text);
    if (/^multipart\/form-data/i.test(type)) form = await new Response(text, { headers: { 'content-type': type } }).formData().catch(() => new URLSearchParams());
    if (String(form.get('List-Unsubscribe') ?? '').trim() !== 'One-Click') return problem(400, 'The body must be List-Unsubscribe=One-Click (RFC 8058).');
    const token = verifyOptOutToken(url.searchParams.get('token'), secrets);
    if (!token) return problem(403, 'The opt-out token is not valid; nothing was changed.');
    if (requiredCategories.has(token.category)) return problem(403, `"${token.category}" cannot be opted out by a link; nothing was changed.`);
    try {
      if (await changeSuppression(store, 'opt-out', token.recipient, token.category, !!webhook)) webhook?.kick();
    } catch (error) {
      return unavailable('A one-click opt-out was not stored', error);
    }
    return new Response('Unsubscribed.\n', { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }

  /** CORS and the Origin check for the public endpoints; null when the origin may call. */
  function originProblem(request: Request, url: URL): Response | null {
    const origin = request.headers.get('origin');
    if (origin === null) return null;
    let sameSite = false;
    try {
      sameSite = new URL(origin).origin === url.origin;
    } catch {
      // "null" (sandboxed frames, file:) and garbage: not an allowed site
    }
    if (origins.has(origin) || sameSite) return null;
    return problem(403, `Origin ${origin.slice(0, 200)} is not allowed to send to this service (see --origin).`);
  }
  const corsHeaders = (request: Request): Record<string, string> => {
    const origin = request.headers.get('origin');
    return origin && origins.has(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' };
  };

  /**
   * `fromMailProvider`: RFC 8058's one-click POST comes from a mailbox provider's few servers, not from a browser:
   * no Origin to check, and no per-client limit (a campaign's unsubscribes would share one address). A forged
   * token is refused before the database is touched, so only valid links cost a write.
   */
  async function publicEndpoint(request: Request, url: URL, info: RequestInfo | undefined, handler: () => Promise<Response>, fromMailProvider = false): Promise<Response> {
    const checkOrigin = !fromMailProvider;
    const refused = checkOrigin ? originProblem(request, url) : null;
    if (refused) return refused;
    const cors = checkOrigin ? corsHeaders(request) : {};
    if (request.method === 'OPTIONS')
      return new Response(null, {
        status: 204,
        headers: { ...cors, 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '600' },
      });
    if (request.method !== 'POST') return problem(405, 'Use POST.', {}, { allow: 'POST, OPTIONS', ...cors });
    const wait = fromMailProvider ? 0 : limited(request, info);
    let response: Response;
    if (wait) response = problem(429, 'Too many requests from this client; try again later.', {}, { 'retry-after': String(wait) });
    else {
      try {
        response = await handler();
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        response = problem(413, `The body is larger than ${maxBodyBytes} bytes.`, {}, { connection: 'close' });
      }
    }
    for (const [name, value] of Object.entries(cors)) response.headers.set(name, value);
    return response;
  }

  function dateRange(url: URL): { from: Date; to: Date; fromDay: string; toDay: string } | Response {
    const today = parseDay(dayOf(new Date()))!;
    const from = url.searchParams.has('from') ? parseDay(url.searchParams.get('from')) : new Date(today.getTime() - 29 * DAY_MS);
    const to = url.searchParams.has('to') ? parseDay(url.searchParams.get('to')) : today;
    if (!from) return problem(422, 'from must be a date YYYY-MM-DD', { field: 'from' });
    if (!to) return problem(422, 'to must be a date YYYY-MM-DD', { field: 'to' });
    if (from > to) return problem(422, 'from is after to', { field: 'from' });
    return { from, to: new Date(to.getTime() + DAY_MS), fromDay: dayOf(from), toDay: dayOf(to) };
  }

  async function* exportLines(range: { from: Date; to: Date }, format: 'csv' | 'ndjson'): AsyncGenerator<string> {
    if (format === 'csv') yield csvLine(['recordId', 'receivedAt', 'country', 'consentId', 'time', 'revision', 'language', 'source', 'gpc', 'textVersion', 'state', 'hash']);
    let lines: string[] = [];
    for await (const row of recordsBetween(store, range.from, range.to)) {
      lines.push(format === 'csv' ? csvRow(row) : `${JSON.stringify(row)}\n`);
      if (lines.length === 500) {
        yield lines.join('');
        lines = [];
      }
    }
    if (lines.length) yield lines.join('');
  }
  const csvRow = ({ recordId, receivedAt, country, hash, record }: StoredRecord) =>
    csvLine([recordId, receivedAt, country, record.consentId, record.time, record.revision, record.language, record.source, record.gpc, record.textVersion, record.state, hash]);

  async function admin(request: Request, url: URL, info: RequestInfo | undefined): Promise<Response> {
    if (!adminToken) return problem(404, 'The admin API is off: set CONSENT_ADMIN_TOKEN.');
    const header = request.headers.get('authorization') ?? '';
    const given = /^Bearer (.+)$/i.exec(header)?.[1]?.trim() ?? '';
    if (!given || !sameSecret(given, adminToken)) {
      // Failed tries count against the client's rate limit, so the token cannot be guessed quickly.
      const wait = limited(request, info);
      if (wait) return problem(429, 'Too many requests from this client; try again later.', {}, { 'retry-after': String(wait) });
      return problem(401, given ? 'The admin token is not right.' : 'The admin API needs Authorization: Bearer <CONSENT_ADMIN_TOKEN>.', {}, { 'www-authenticate': 'Bearer realm="consent-banner"' });
    }
    if (request.method !== 'GET') return problem(405, 'Use GET.', {}, { allow: 'GET' });
    const path = url.pathname;
    try {
      if (path === '/api/records') {
        const consentId = url.searchParams.get('consentId');
        const recordId = url.searchParams.get('recordId');
        if (consentId !== null) {
          if (!isConsentId(consentId)) return problem(422, 'consentId is not a consent id (8 to 64 letters and digits)', { field: 'consentId' });
          return json(200, { records: await findRecords(store, { consentId }) });
        }
        if (recordId !== null) {
          if (!isRecordId(recordId)) return problem(422, 'recordId is not a record id', { field: 'recordId' });
          return json(200, { records: await findRecords(store, { recordId }) });
        }
        return problem(422, 'Give consentId (or recordId).', { field: 'consentId' });
      }
      if (path === '/api/records.csv' || path === '/api/records.ndjson') {
        const range = dateRange(url);
        if (range instanceof Response) return range;
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
        if (range instanceof Response) return range;
        return json(200, await recordStats(store, range.fromDay, range.toDay, range.from, range.to));
      }
      if (path === '/api/suppressions' || path === '/api/suppressions.csv') {
        const category = url.searchParams.get('category');
        const sinceText = url.searchParams.get('since');
        if (category !== null && !CATEGORY_PATTERN.test(category)) return problem(422, 'category must be a category id', { field: 'category' });
        const since = sinceText === null ? undefined : new Date(sinceText);
        if (since && Number.isNaN(since.getTime())) return problem(422, 'since must be an ISO date or time', { field: 'since' });
        const list = await listSuppressions(store, { category: category ?? undefined, since });
        if (path.endsWith('.csv') || /\btext\/csv\b/.test(request.headers.get('accept') ?? ''))
          return new Response(csvLine(['recipient', 'category', 'since']) + list.map((row) => csvLine([row.recipient, row.category, row.since])).join(''), {
            headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="suppressions.csv"', 'cache-control': 'no-store' },
          });
        return json(200, { suppressions: list });
      }
      if (path === '/api/verify') return json(200, await verifyChain(store));
    } catch (error) {
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

  async function adminPage(request: Request, url: URL): Promise<Response> {
    if (!adminToken) return problem(404, 'The admin page is off: set CONSENT_ADMIN_TOKEN.', {}, ADMIN_HEADERS);
    if (url.pathname === '/admin') return new Response(null, { status: 308, headers: { location: '/admin/', ...ADMIN_HEADERS } });
    if (request.method !== 'GET' && request.method !== 'HEAD') return problem(405, 'Use GET.', {}, { allow: 'GET, HEAD', ...ADMIN_HEADERS });
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice('/admin/'.length)) || 'index.html';
    } catch {
      return problem(400, 'Bad path.', {}, ADMIN_HEADERS);
    }
    const file = normalize(join(adminDir, relative));
    if (!file.startsWith(normalize(adminDir.endsWith(sep) ? adminDir : adminDir + sep)) || relative.includes('\0'))
      return problem(404, 'Not found.', {}, ADMIN_HEADERS);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        headers: { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', ...ADMIN_HEADERS },
      });
    } catch {
      return problem(404, relative === 'index.html' ? 'The admin page is not built (npm run build).' : 'Not found.', {}, ADMIN_HEADERS);
    }
  }

  const unrouted = new WeakSet<Response>();

  async function handle(request: Request, info?: RequestInfo): Promise<Response> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return problem(400, 'Bad request URL.');
    }
    const path = url.pathname;
    if (path === '/consent-records') return publicEndpoint(request, url, info, () => receiveRecord(request));
    if (path === '/unsubscribe' || path === '/one-click') {
      if (!secret) return problem(404, 'Opt-out links are off: set CONSENT_SECRET.');
      return path === '/unsubscribe'
        ? publicEndpoint(request, url, info, () => unsubscribe(request))
        : publicEndpoint(request, url, info, () => oneClick(request, url), true);
    }
    if (path === '/health') {
      try {
        await store.query('SELECT 1');
        return json(200, { ok: true, store: store.kind });
      } catch {
        return json(503, { ok: false, store: store.kind }, { 'retry-after': String(RETRY_AFTER_SECONDS) });
      }
    }
    if (path.startsWith('/api/')) return admin(request, url, info);
    if (path === '/admin' || path.startsWith('/admin/')) return adminPage(request, url);
    const response = problem(404, `Nothing at ${path.slice(0, 200)}.`);
    unrouted.add(response);
    return response;
  }

  /** The paths this service answers; the rest belong to the host app when the service is middleware. */
  const servesPath = (path: string) =>
    ['/consent-records', '/unsubscribe', '/one-click', '/health', '/admin'].includes(path) || path.startsWith('/api/') || path.startsWith('/admin/');

  async function fetchHandler(request: Request, info?: RequestInfo): Promise<Response> {
    try {
      return await handle(request, info);
    } catch (error) {
      log.error(`Unexpected error on ${request.method} ${new URL(request.url).pathname}: ${(error as Error).message}`);
      return problem(500, 'Internal error.');
    }
  }

  async function node(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): Promise<void> {
    // As middleware, a request for the host app is handed on before its body is touched, so the app can read it.
    if (next && !servesPath(new URL(req.url ?? '/', 'http://localhost').pathname)) return next();
    try {
      const method = req.method ?? 'GET';
      const clientAddress = req.socket.remoteAddress;
      const headers = new Headers();
      for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
      let body: Buffer | undefined;
      let bodyLeft = false;
      if (method !== 'GET' && method !== 'HEAD') {
        // Read at most one chunk past the limit (enough for the handler to answer 413), then stop reading.
        body = await new Promise<Buffer>((resolve, reject) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const onData = (chunk: Buffer) => {
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
      if (next && unrouted.has(response)) return next();
      const outHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => (outHeaders[name] = value));
      if (bodyLeft) outHeaders.connection = 'close';
      res.writeHead(response.status, outHeaders);
      if (response.body) {
        const reader = response.body.getReader();
        res.on('close', () => void reader.cancel().catch(() => {}));
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          if (!res.write(value)) await drained(res);
        }
      }
      res.end();
      if (bodyLeft) res.once('finish', () => req.destroy());
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: 'Bad request.' }));
      } else res.destroy();
      log.warn(`Request failed: ${(error as Error).message}`);
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

