import type { ConsentRecordBody, Stats, StoredRecord } from './api-types.js';
import { type Sql, type Store } from './store.js';
export declare const GENESIS_HASH: string;
export declare const ISO_MS = "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'";
export type Validation = {
    ok: true;
    record: ConsentRecordBody;
} | {
    ok: false;
    error: string;
    field: string;
};
/** Compiles schema/consent-record.schema.json with ajv (an optional peer dependency of the service). */
export declare function loadRecordValidator(schemaUrl: URL): Promise<(body: unknown) => Validation>;
/** JSON with object keys sorted, so a record hashes the same after a round trip through jsonb. */
export declare function canonicalJson(value: unknown): string;
export declare function rowHash(prevHash: string, seq: number, recordId: string, receivedAt: string, country: string | null, record: unknown): string;
/** acceptAll / rejectAll / custom over the optional categories (every key but `service`). */
export declare function outcomeOf(state: Record<string, boolean>): 'acceptAll' | 'rejectAll' | 'custom';
/** The id a record is deduplicated on: the widget's recordId, or a digest of the record for older widgets. */
export declare function recordIdOf(record: ConsentRecordBody): string;
/**
 * Appends records in group commits: requests that arrive while a commit runs wait for the next one, which
 * takes them all in one transaction. The chain lock serialises appends across every process on the database.
 */
export declare function createRecordWriter(store: Store): {
    /** Resolves once the record is committed (or was already stored); rejects when the store failed. */
    add(record: ConsentRecordBody, receivedAt: Date, country: string | null): Promise<void>;
    /** Waits for what is queued (used on close). */
    idle(): Promise<void>;
};
export interface VerifyResult {
    ok: boolean;
    /** Rows checked. */
    rows: number;
    /** Hash of the last row (keep it elsewhere to detect a rewrite of the whole tail). */
    head: string;
    /** The anchor the chain starts from after a purge. */
    anchor: {
        seq: number;
        hash: string;
    } | null;
    firstBroken?: {
        seq: number;
        recordId: string | null;
        reason: string;
    };
}
/** Walks the chain in order (keyset pages, constant memory) and names the first row that does not fit. */
export declare function verifyChain(store: Sql): Promise<VerifyResult>;
/** Deletes the rows received before `cutoff`, keeping the last deleted row as the chain's anchor. */
export declare function purgeRecords(store: Store, cutoff: Date): Promise<number>;
export declare function findRecords(sql: Sql, by: {
    consentId?: string;
    recordId?: string;
}): Promise<StoredRecord[]>;
export declare const isConsentId: (value: string) => boolean;
export declare const isRecordId: (value: string) => boolean;
/** Records received in [from, to), page by page: only one page is in memory at a time. */
export declare function recordsBetween(sql: Sql, from: Date, to: Date, pageSize?: number): AsyncGenerator<StoredRecord>;
export declare function recordStats(sql: Sql, fromDay: string, toDay: string, from: Date, to: Date): Promise<Stats>;
