// A real PostgreSQL server for the tests: Debian's `postgresql` package (installed with apt-get when missing,
// as scripts/ensure-browsers.mjs does for the browsers), a fresh cluster in a temporary directory on a free
// port, stopped (immediate mode) and removed by stop(). stop()/start() also let a test take the database away.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir() {
  const find = () => {
    const root = '/usr/lib/postgresql';
    if (!existsSync(root)) return null;
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    return versions.length ? join(root, versions[0], 'bin') : null;
  };
  let dir = find();
  if (!dir) {
    if (process.getuid?.() !== 0) throw new Error('PostgreSQL is not installed and the tests are not root: apt-get install postgresql');
    console.log('[postgres] installing Debian postgresql (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (let attempt = 0; ; attempt++) {
      const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
      const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
      if (install && install.status === 0) break;
      // Another apt run (e.g. the browsers' install) may hold the lock: wait and retry.
      if (attempt >= 20) throw new Error('apt-get install postgresql failed');
      spawnSync('sleep', ['15']);
    }
    dir = find();
    if (!dir) throw new Error('postgresql installed but initdb not found under /usr/lib/postgresql');
  }
  return dir;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts a throwaway PostgreSQL server; resolves to { url, port, stop(), start(), destroy() }. */
export async function startPostgres() {
  const bin = binDir();
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'consent-pg-'));
  const run = (tool, args) => {
    const command = root ? 'runuser' : join(bin, tool);
    const fullArgs = root ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    return execFileSync(command, fullArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  };
  if (root) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '--auth=trust', '-E', 'UTF8', '--locale=C', '-U', 'postgres']);
  const port = await freePort();
  const options = `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=on -c max_connections=100`;
  const start = () => run('pg_ctl', ['-D', data, '-w', '-t', '60', '-l', join(dir, 'log'), '-o', options, 'start']);
  const stop = () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // already stopped
    }
  };
  start();
  let gone = false;
  const destroy = () => {
    if (gone) return;
    gone = true;
    stop();
    rmSync(dir, { recursive: true, force: true });
  };
  // Never leave a server behind, even when a test process dies on an exception.
  process.once('exit', destroy);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return { url, port, start, stop, destroy };
}

/** A fresh database on the server for one test file. */
export async function createDatabase(server, name) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}
