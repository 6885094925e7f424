// The lock of a PGlite data directory: created atomically, holding hostname, pid and an instance id; refused
// while another holder refreshes it (another container is PID 1 too), taken over only when stale.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openConsentStore } from '../../dist/service/index.js';
import { tempDir } from './harness.mjs';

const LOCK = 'consent-service.pid';
const STALE_MS = 30_000;
const quiet = { info() {}, warn() {}, error() {} };
const open = (dataDir) => openConsentStore({ store: 'pglite', dataDir, log: quiet });
const refusal = (dataDir, holder) =>
  new RegExp(`The data directory ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by process ${holder.pid}: one service process per PGlite directory \\(held by ${holder.hostname.replace(/\./g, '\\.')}/pid ${holder.pid}.*use PostgreSQL with DATABASE_URL`, 's');

function writeLock(dataDir, holder, ageMs = 0) {
  const file = join(dataDir, LOCK);
  writeFileSync(file, JSON.stringify(holder));
  const when = new Date(Date.now() - ageMs);
  utimesSync(file, when, when);
  return file;
}

test('a second open in the same process is refused while the first is open; closing removes the lock', async () => {
  const dataDir = tempDir('consent-lock-');
  const first = await open(dataDir);
  const file = join(dataDir, LOCK);
  try {
    const held = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(held.hostname, hostname());
    assert.equal(held.pid, process.pid);
    assert.match(held.instance, /^[0-9a-f-]{36}$/);
    await assert.rejects(open(dataDir), refusal(dataDir, held));
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).instance, held.instance, 'the refused open leaves the lock alone');
    await first.query('SELECT 1');
  } finally {
    await first.close();
  }
  assert.equal(existsSync(file), false, 'close removes the lock');
  const again = await open(dataDir);
  await again.close();
  assert.equal(existsSync(file), false);
});

test('a fresh lock of another host is refused, even when its pid is dead here', async () => {
  const dataDir = tempDir('consent-lock-');
  const holder = { hostname: 'other-container.example', pid: 1, instance: 'b0c1f2d3-0000-4000-8000-000000000001' };
  const file = writeLock(dataDir, holder, 2_000);
  await assert.rejects(open(dataDir), refusal(dataDir, holder));
  const deadPid = { ...holder, pid: 2 ** 22 + 12345 };
  writeLock(dataDir, deadPid, 2_000);
  await assert.rejects(open(dataDir), refusal(dataDir, deadPid));
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), deadPid, 'the lock is left as it was');
});

test('a lock with our pid but another instance id is refused (another container is PID 1 too)', async () => {
  const dataDir = tempDir('consent-lock-');
  const holder = { hostname: hostname(), pid: process.pid, instance: 'b0c1f2d3-0000-4000-8000-000000000002' };
  writeLock(dataDir, holder, 1_000);
  await assert.rejects(open(dataDir), refusal(dataDir, holder));
  const otherHost = { ...holder, hostname: 'other-container.example' };
  writeLock(dataDir, otherHost, 1_000);
  await assert.rejects(open(dataDir), refusal(dataDir, otherHost));
});

test(`a lock not refreshed for longer than ${STALE_MS / 1000} s is taken over, whoever held it`, async () => {
  const dataDir = tempDir('consent-lock-');
  const file = writeLock(dataDir, { hostname: 'other-container.example', pid: 1, instance: 'b0c1f2d3-0000-4000-8000-000000000003' }, STALE_MS + 5_000);
  const store = await open(dataDir);
  try {
    const held = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual({ hostname: held.hostname, pid: held.pid }, { hostname: hostname(), pid: process.pid });
    assert.notEqual(held.instance, 'b0c1f2d3-0000-4000-8000-000000000003');
  } finally {
    await store.close();
  }
  assert.equal(existsSync(file), false);
});

test('a lock of a dead process on this host is taken over at once; so is one in the earlier pid-only format once stale', async () => {
  const dataDir = tempDir('consent-lock-');
  const file = writeLock(dataDir, { hostname: hostname(), pid: 2 ** 22 + 12345, instance: 'b0c1f2d3-0000-4000-8000-000000000004' }, 1_000);
  let store = await open(dataDir);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).pid, process.pid);
  await store.close();

  writeFileSync(file, String(process.pid));
  await assert.rejects(open(dataDir), new RegExp(`in use by process ${process.pid}: one service process per PGlite directory`));
  const old = new Date(Date.now() - STALE_MS - 5_000);
  utimesSync(file, old, old);
  store = await open(dataDir);
  await store.close();
  assert.equal(existsSync(file), false);
});

test('close leaves a lock alone that is no longer ours', async () => {
  const dataDir = tempDir('consent-lock-');
  const store = await open(dataDir);
  const other = { hostname: 'other-container.example', pid: 1, instance: 'b0c1f2d3-0000-4000-8000-000000000005' };
  const file = writeLock(dataDir, other);
  await store.close();
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), other);
});

test('an open store refreshes its lock, so a long-running holder is not mistaken for a stale one', async () => {
  const dataDir = tempDir('consent-lock-');
  const store = await open(dataDir);
  const file = join(dataDir, LOCK);
  try {
    const old = new Date(Date.now() - STALE_MS + 2_000);
    utimesSync(file, old, old);
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    const age = Date.now() - statSync(file).mtimeMs;
    assert.ok(age < 11_000, `refreshed within the last tick (${age} ms ago)`);
    await assert.rejects(open(dataDir), /in use by process/);
  } finally {
    await store.close();
  }
});
