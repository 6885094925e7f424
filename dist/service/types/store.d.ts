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
 * (see {@link acquireDataDirLock}) refuses a second live process, on this host or another one sharing the volume.
 */
export declare function openPGlite(dataDir: string): Promise<Store>;
/** The lock file of a PGlite data directory; its mtime is refreshed every LOCK_REFRESH_MS while the store is open. */
export declare const LOCK_FILE = "consent-service.pid";
export declare const LOCK_REFRESH_MS = 10000;
/** A lock whose mtime is older than this is stale whoever holds it (its holder stopped refreshing it). */
export declare const LOCK_STALE_MS = 30000;
/**
 * Takes the lock of `dataDir`, atomically (O_EXCL), or throws naming its holder. Process ids alone cannot tell
 * processes apart (every container's service is PID 1; a pid from another PID namespace or host looks dead), so
 * the file holds hostname, pid and a random instance id, and its mtime is refreshed while the store is open.
 * An existing lock is stale only if its holder is on this host and its pid is dead, or its mtime is older than
 * LOCK_STALE_MS. A lock with our pid but another instance id is not ours (another container, or a second open).
 */
export declare function acquireDataDirLock(dataDir: string, now?: () => number): {
    release(): void;
};
/** A pool of connections to the PostgreSQL server at `url`. */
export declare function openPostgres(url: string, onError: (message: string) => void): Promise<Store>;
/** Applies the migrations this store has not had yet, one process at a time. */
export declare function migrate(store: Store): Promise<number>;
