/** The admin API's answers (docs/service.md). */
export interface DayStats {
    day: string;
    total: number;
    acceptAll: number;
    rejectAll: number;
    custom: number;
}
export interface Stats {
    from: string;
    to: string;
    total: number;
    days: DayStats[];
    sources: Record<string, number>;
    categories: Record<string, {
        granted: number;
        refused: number;
    }>;
    revisions: Record<string, number>;
}
export interface StoredRecord {
    recordId: string;
    receivedAt: string;
    country: string | null;
    hash: string;
    record: {
        consentId: string;
        time: string;
        revision: string;
        language: string;
        state: Record<string, boolean>;
        source: string;
        textVersion: string;
        gpc: boolean;
    };
}
export interface Suppression {
    recipient: string;
    category: string;
    since: string;
}
/** A refused or failed request: `status` 0 when the service could not be reached. */
export declare class AdminApiError extends Error {
    readonly status: number;
    constructor(status: number, message: string);
}
/** Calls the admin API of the service that serves this page, with the owner's token as a Bearer header. */
export declare function createAdminApi(token: string, base?: URL): {
    stats: (from: string, to: string) => Promise<Stats>;
    records: (consentId: string) => Promise<StoredRecord[]>;
    suppressions: (category: string) => Promise<Suppression[]>;
    /** The file as the service sends it (records.csv, records.ndjson, suppressions.csv), for a download. */
    file: (path: string, query: Record<string, string | undefined>) => Promise<Blob>;
};
export type AdminApi = ReturnType<typeof createAdminApi>;
