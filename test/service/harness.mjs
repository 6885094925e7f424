// Shared set-up of the service tests: both stores, the service on a real HTTP port, CLI processes.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { createConsentService } from '../../dist/service/index.js';
import { createDatabase, startPostgres } from './postgres-server.mjs';

export const STORES = ['pglite', 'postgres'];
export const ROOT = new URL('../../', import.meta.url).pathname;
export const CLI = join(ROOT, 'bin/consent-banner.mjs');

let postgres;
const temporary = [];
after(() => {
  postgres?.destroy();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

export async function postgresServer() {
  postgres ??= await startPostgres();
  return postgres;
}

export function tempDir(prefix = 'consent-test-') {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

let databases = 0;
/** Options that give a fresh, empty store of `kind`. */
export async function freshStore(kind) {
  if (kind === 'pglite') return { store: 'pglite', dataDir: tempDir('consent-pglite-') };
  const server = await postgresServer();
  return { store: 'postgres', databaseUrl: await createDatabase(server, `consent_${process.pid}_${++databases}`) };
}

/** A log that keeps every line, to check what the service says (and that it says no secret). */
export function memoryLog() {
  const lines = [];
  const keep = (level) => (message) => lines.push(`${level}: ${message}`);
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') };
}

/** The service on a real HTTP server on a free loopback port. */
export async function startService(options) {
  const log = options.log ?? memoryLog();
  const service = await createConsentService({ log, ...options });
  const server = createServer(service.node);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    service,
    base,
    log,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await service.close();
    },
  };
}

/** Runs SQL on a store while no service holds it (PGlite allows one process per directory). */
export async function withSql(options, work) {
  if (options.store === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(join(options.dataDir, 'pgdata'));
    try {
      return await work((text, params) => db.query(text, params).then((r) => r.rows));
    } finally {
      await db.close();
    }
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    return await work((text, params) => client.query(text, params).then((r) => r.rows));
  } finally {
    await client.end();
  }
}

let counter = 0;
/** A valid record as the widget sends it; `overrides` replace fields. */
export function record(overrides = {}) {
  counter++;
  return {
    recordId: `r${process.pid}x${counter}x${randomBytes(6).toString('hex')}`,
    consentId: `c${randomBytes(8).toString('hex')}`,
    time: new Date().toISOString(),
    revision: '2026-11',
    language: 'ja',
    state: { service: true, analytics: true, marketing: false },
    source: 'banner',
    textVersion: '1.0+site-3',
    gpc: false,
    ...overrides,
  };
}

export const postRecord = (base, body, headers = {}) =>
  fetch(`${base}/consent-records`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

export const adminGet = (base, path, token, headers = {}) => fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });

/** Runs `consent-banner serve` in a child process; resolves once it listens, with its base URL. */
export async function spawnServe(args, env = {}) {
  const child = spawn(process.execPath, [CLI, 'serve', '--host', '127.0.0.1', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const base = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, base, output: () => output, exited };
}

/** Runs the CLI to completion. */
export function runCli(args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
