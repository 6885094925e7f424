// The two stores behind one small interface: PGlite (embedded, WASM) and a PostgreSQL server through pg.
// Same SQL on both; the server packages are imported only when that store is chosen.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
 * with the process id refuses a second live process (a stale one, e.g. after SIGKILL, is taken over).
 */
export async function openPGlite(dataDir: string): Promise<Store> {
  const { PGlite } = await importPackage<PGliteModule>('@electric-sql/pglite', 'The embedded store (no DATABASE_URL)');
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'consent-service.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid))
      throw new Error(`The data directory ${dataDir} is in use by process ${pid}: one service process per PGlite directory (use PostgreSQL with DATABASE_URL for several).`);
  }
  writeFileSync(lockFile, String(process.pid));
  const db = await PGlite.create(join(dataDir, 'pgdata'));
  const wrap = (q: { query: PGliteModule['PGlite']['prototype']['query'] }): Sql => ({
    query: async <T,>(text: string, params?: unknown[]) => (await q.query<T>(text, params)).rows,
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async close() {
      await db.close();
      rmSync(lockFile, { force: true });
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
