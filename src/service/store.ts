// The two stores behind one small interface: PGlite (embedded, WASM) and a PostgreSQL server through pg.
// Same SQL on both; the server packages are imported only when that store is chosen.
import { randomUUID } from 'node:crypto';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations.js';

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
export const MIGRATION_LOCK = 7_310_001;
export const CHAIN_LOCK = 7_310_002;

/** A store or server package that is not installed: the message says how to install it. */
export class MissingPackageError extends Error {}

async function importPackage<T>(name: string, purpose: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(name))
      throw new MissingPackageError(`${purpose} needs the package "${name}": npm install ${name}`);
    throw error;
  }
}

/** Hides the password of a connection string, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'postgres://…';
  }
}

type PGliteModule = typeof import('@electric-sql/pglite');
type PgModule = typeof import('pg');

/**
 * PGlite in `dataDir`. PostgreSQL allows one server per data directory and so does PGlite: a lock file
 * (see {@link acquireDataDirLock}) refuses a second live process, on this host or another one sharing the volume.
 */
export async function openPGlite(dataDir: string): Promise<Store> {
  const { PGlite } = await importPackage<PGliteModule>('@electric-sql/pglite', 'The embedded store (no DATABASE_URL)');
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir);
  let db: InstanceType<PGliteModule['PGlite']>;
  try {
    db = await PGlite.create(join(dataDir, 'pgdata'));
  } catch (error) {
    lock.release();
    throw error;
  }
  const wrap = (q: { query: PGliteModule['PGlite']['prototype']['query'] }): Sql => ({
    query: async <T,>(text: string, params?: unknown[]) => (await q.query<T>(text, params)).rows,
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async close() {
      try {
        await db.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** The lock file of a PGlite data directory; its mtime is refreshed every LOCK_REFRESH_MS while the store is open. */
export const LOCK_FILE = 'consent-service.pid';
export const LOCK_REFRESH_MS = 10_000;
/** A lock whose mtime is older than this is stale whoever holds it (its holder stopped refreshing it). */
export const LOCK_STALE_MS = 30_000;

interface LockHolder {
  hostname?: string;
  pid?: number;
  instance?: string;
}

function readLock(file: string): { holder: LockHolder; mtimeMs: number } | undefined {
  try {
    const mtimeMs = statSync(file).mtimeMs;
    const text = readFileSync(file, 'utf8');
    let holder: LockHolder = {};
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed && typeof parsed === 'object') holder = parsed as LockHolder;
      else if (typeof parsed === 'number') holder = { pid: parsed }; // the earlier format: the pid alone
    } catch {
      // Unreadable (e.g. caught half-written): only its age can make it stale.
    }
    return { holder, mtimeMs };
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
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
export function acquireDataDirLock(dataDir: string, now: () => number = Date.now): { release(): void } {
  const file = join(dataDir, LOCK_FILE);
  const me = { hostname: hostname(), pid: process.pid, instance: randomUUID() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, JSON.stringify(me));
      } finally {
        closeSync(fd);
      }
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
    const existing = readLock(file);
    if (!existing) continue; // released meanwhile: try again
    const { holder, mtimeMs } = existing;
    const age = now() - mtimeMs;
    const stale = age > LOCK_STALE_MS || (holder.hostname === me.hostname && typeof holder.pid === 'number' && holder.pid !== process.pid && !isAlive(holder.pid));
    if (!stale || attempt >= 3) {
      const who = `${holder.hostname ?? 'unknown host'}/pid ${holder.pid ?? '?'}`;
      throw new Error(
        `The data directory ${dataDir} is in use by process ${holder.pid ?? '?'}: one service process per PGlite directory ` +
          `(held by ${who}, lock file ${file} refreshed ${Math.max(0, Math.round(age / 1000))} s ago; it is taken over once it is ${LOCK_STALE_MS / 1000} s old). ` +
          `Run one process per data directory; for several processes use PostgreSQL with DATABASE_URL.`,
      );
    }
    // Take the stale lock over: move it aside (atomic), check that what was moved is the lock judged stale and not
    // one that a racing process has just created, then try O_EXCL again.
    const aside = `${file}.stale-${me.instance}`;
    try {
      renameSync(file, aside);
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') continue;
      throw error;
    }
    const moved = readLock(aside);
    if (moved && (moved.holder.instance !== holder.instance || moved.mtimeMs !== mtimeMs)) {
      // A fresh lock of another process: put it back (link fails if yet another one exists) and look again.
      try {
        linkSync(aside, file);
      } catch {
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
    } catch {
      // A volume that is briefly unavailable: the next tick tries again.
    }
  }, LOCK_REFRESH_MS);
  timer.unref();
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      try {
        if (ours()) unlinkSync(file);
      } catch {
        // Already gone.
      }
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** A pool of connections to the PostgreSQL server at `url`. */
export async function openPostgres(url: string, onError: (message: string) => void): Promise<Store> {
  const pg = await importPackage<PgModule>('pg', 'The PostgreSQL store (DATABASE_URL)');
  const { Pool } = (pg as unknown as { default?: PgModule }).default ?? pg;
  const pool = new Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', (error) => onError(`PostgreSQL connection lost: ${error.message}`));
  return {
    kind: 'postgres',
    query: async <T,>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      // A connection lost mid-transaction is reported by the query that fails; without a listener the
      // client's 'error' event would crash the process.
      const onLost = (error: Error) => (broken = error);
      client.on('error', onLost);
      try {
        await client.query('BEGIN');
        const result = await work({ query: async <T,>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[] });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.off('error', onLost);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** Applies the migrations this store has not had yet, one process at a time. */
export async function migrate(store: Store): Promise<number> {
  return store.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await sql.query('CREATE TABLE IF NOT EXISTS consent_schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await sql.query<{ version: number }>('SELECT version FROM consent_schema_migrations')).map((row) => Number(row.version)));
    let applied = 0;
    for (const [index, statements] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (done.has(version)) continue;
      for (const statement of statements) await sql.query(statement);
      await sql.query('INSERT INTO consent_schema_migrations (version) VALUES ($1)', [version]);
      applied++;
    }
    return applied;
  });
}
