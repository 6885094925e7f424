/** A consent record as the widget sends it (schema/consent-record.schema.json). */
export interface ConsentRecordBody {
    recordId?: string;
    consentId: string;
    time: string;
    revision: string;
    language: string;
    state: Record<string, boolean>;
    source: string;
    textVersion: string;
    gpc: boolean;
}
/** A record as stored: `GET /api/records` and the exports. */
export interface StoredRecord {
    recordId: string;
    receivedAt: string;
    country: string | null;
    hash: string;
    record: ConsentRecordBody;
}
/** Granted and refused decisions of one category. */
export interface CategoryCounts {
    granted: number;
    refused: number;
}
/** One UTC day of `GET /api/stats`. */
export interface DayStats {
    day: string;
    total: number;
    acceptAll: number;
    rejectAll: number;
    custom: number;
    /** Per optional category that the day's records carry. */
    categories: Record<string, CategoryCounts>;
}
/** `GET /api/stats`. */
export interface Stats {
    from: string;
    to: string;
    total: number;
    days: DayStats[];
    sources: Record<string, number>;
    categories: Record<string, CategoryCounts>;
    revisions: Record<string, number>;
}
/** A row of the suppression list: `GET /api/suppressions`. */
export interface Suppression {
    recipient: string;
    category: string;
    since: string;
}
