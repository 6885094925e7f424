// npm run bench:service — the consent service under a steady load of consent records, on both stores.
// The service runs as `consent-banner serve` in its own process (as in production); this process sends
// records over real HTTP on loopback at a fixed rate (open loop: a slow answer does not slow the sender, so
// latency is not hidden) and measures each answer. Then it checks that every record is stored exactly once
// and that the hash chain verifies. The table goes into bench/results.md between the service markers.
//   node bench/service.mjs [--seconds 60] [--rate 1000] [--stores pglite,postgres] [--no-write]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, startPostgres } from '../test/service/postgres-server.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    rate: { type: 'string', default: '1000' },
    stores: { type: 'string', default: 'pglite,postgres' },
    'no-write': { type: 'boolean', default: false },
    note: { type: 'string' },
  },
});
const SECONDS = Number(values.seconds);
const RATE = Number(values.rate);
const ADMIN = randomBytes(16).toString('hex');
const TICK_MS = 10;

function serve(args, env) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/consent-banner.mjs'), 'serve', '--host', '127.0.0.1', '--port', '0', '--rate-limit', '0', ...args], {
    env: { ...process.env, CONSENT_ADMIN_TOKEN: ADMIN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, base: match[1] });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${output}`)));
  });
}

function makeRecord(i) {
  return JSON.stringify({
    recordId: `b${i.toString(36)}x${randomBytes(8).toString('hex')}`,
    consentId: randomBytes(10).toString('hex'),
    time: new Date().toISOString(),
    revision: '2026-11',
    language: i % 2 ? 'ja' : 'en',
    state: { service: true, analytics: i % 3 === 0, marketing: i % 5 === 0 },
    source: 'banner',
    textVersion: '1.0',
    gpc: false,
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function post(base, body) {
  const url = new URL('/consent-records', base);
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end(body);
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function load(base) {
  // Warm-up: JIT, connection pool, PGlite caches.
  await Promise.all(Array.from({ length: 200 }, (_, i) => post(base, makeRecord(-1 - i))));
  const results = [];
  const pending = [];
  const perTick = (RATE * TICK_MS) / 1000;
  const start = performance.now();
  let sent = 0;
  let lateTicks = 0;
  while (performance.now() - start < SECONDS * 1000) {
    const due = Math.floor(((performance.now() - start) / 1000) * RATE);
    if (due - sent > perTick * 2) lateTicks++;
    for (; sent < due; sent++) pending.push(post(base, makeRecord(sent)).then((r) => results.push(r)));
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  const ok = results.filter((r) => r.status === 204);
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  return { sent, ok: ok.length, failed: results.length - ok.length, elapsed, perSecond: ok.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1), lateTicks };
}

async function check(base) {
  const get = async (path) => (await fetch(new URL(path, base), { headers: { authorization: `Bearer ${ADMIN}` } })).json();
  const stats = await get('/api/stats');
  const verify = await get('/api/verify');
  return { stored: stats.total, verified: verify.ok, rows: verify.rows };
}

async function benchStore(kind) {
  let postgres;
  let dataDir;
  let args = [];
  let env = { DATABASE_URL: '' };
  if (kind === 'pglite') {
    dataDir = mkdtempSync(join(os.tmpdir(), 'consent-bench-'));
    args = ['--data', dataDir];
  } else {
    postgres = await startPostgres();
    env = { DATABASE_URL: await createDatabase(postgres, 'consent_bench') };
  }
  const { child, base } = await serve(args, env);
  try {
    console.error(`[bench:service] ${kind}: ${RATE} records/s for ${SECONDS} s…`);
    const loads = [];
    const sampler = setInterval(() => loads.push(os.loadavg()[0]), 5000);
    const result = await load(base).finally(() => clearInterval(sampler));
    result.loadMax = Math.max(os.loadavg()[0], ...loads);
    const stored = await check(base);
    return { kind, ...result, ...stored, warmup: 200 };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
    postgres?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const rows = [];
const loadBefore = os.loadavg()[0];
for (const kind of values.stores.split(',')) rows.push(await benchStore(kind));
const loadAfter = os.loadavg()[0];

const ms = (value) => `${value.toFixed(1)} ms`;
const cpus = os.cpus();
const table = [
  '| store | target | answered 204 | records/s | p50 | p99 | max | errors | stored (incl. 200 warm-up) | lost | chain | load avg max |',
  '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|',
  ...rows.map(
    (r) =>
      `| ${r.kind === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL 15 (pg)'} | ${RATE}/s × ${SECONDS} s | ${r.ok} | ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.failed} | ${r.stored} | ${r.ok + r.warmup - r.stored} | ${r.verified ? `verifies (${r.rows} rows)` : 'BROKEN'} | ${r.loadMax.toFixed(1)} |`,
  ),
].join('\n');
const section = `<!-- service-bench:start -->
## Consent service (\`npm run bench:service\`)

- Date: ${new Date().toISOString()}; Node ${process.version}; ${cpus.length} × ${cpus[0]?.model.trim()}; load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after.
- \`consent-banner serve\` in its own process, a client process sending records over HTTP/1.1 keep-alive on loopback at a fixed rate (open loop, ${TICK_MS} ms ticks), after ${200} warm-up records. Latency: request sent → answer received. "lost" = records answered 204 that are not in the store afterwards.
- Appends are group-committed: a commit takes the records that arrive within 8 ms (and while the previous commit runs), under the chain's advisory lock. PostgreSQL: Debian's 15, started by the benchmark in a temporary directory, fsync on.
- The machine is shared: "load avg max" is the highest 1-minute load average seen during that store's run (2 cores; above 2 means other work was competing for them).${values.note ? `\n- ${values.note}` : ''}

${table}
<!-- service-bench:end -->`;
console.log(`\n${table}\n`);
if (!values['no-write']) {
  const file = join(ROOT, 'bench', 'results.md');
  const current = readFileSync(file, 'utf8');
  const marked = /<!-- service-bench:start -->[\s\S]*<!-- service-bench:end -->/;
  writeFileSync(file, marked.test(current) ? current.replace(marked, section) : `${current.trimEnd()}\n\n${section}\n`);
  console.error('[bench:service] written to bench/results.md');
}
agent.destroy();
const failed = rows.some((r) => r.ok + r.warmup !== r.stored || !r.verified);
process.exitCode = failed ? 1 : 0;
