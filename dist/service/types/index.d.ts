import type { IncomingMessage, ServerResponse } from 'node:http';
import { type VerifyResult } from './records.js';
import { type Store, type StoreKind } from './store.js';
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
/** Opens (and migrates) the store the options name. */
export declare function openConsentStore(options?: StoreOptions): Promise<Store>;
/** Checks the hash chain of a store without starting the service. */
export declare function verifyConsentStore(options?: StoreOptions): Promise<VerifyResult & {
    store: StoreKind;
}>;
export declare function createConsentService(options?: ConsentServiceOptions): Promise<ConsentService>;
