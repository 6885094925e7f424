export type StoreKind = 'pglite' | 'postgres';
export interface Sql {
    query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}
export interface Store extends Sql {
    kind: StoreKind;
    /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK on a throw). */
    transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
    close(): Promise<void>;
}
/** Advisory lock keys (pg_advisory_xact_lock): one for migrations, one that serialises appends to the chain. */
export declare const MIGRATION_LOCK = 7310001;
export declare const CHAIN_LOCK = 7310002;
/** A store or server package that is not installed: the message says how to install it. */
export declare class MissingPackageError extends Error {
}
/** Hides the password of a connection string, for messages. */
export declare function redactUrl(url: string): string;
/**
 * PGlite in `dataDir`. PostgreSQL allows one server per data directory and so does PGlite: a lock file
 * with the process id refuses a second live process (a stale one, e.g. after SIGKILL, is taken over).
 */
export declare function openPGlite(dataDir: string): Promise<Store>;
/** A pool of connections to the PostgreSQL server at `url`. */
export declare function openPostgres(url: string, onError: (message: string) => void): Promise<Store>;
/** Applies the migrations this store has not had yet, one process at a time. */
export declare function migrate(store: Store): Promise<number>;
