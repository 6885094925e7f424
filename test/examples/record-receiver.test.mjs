// The reference receiver (examples/record-receiver/), kept as a short example of a receiver of your own:
// it must accept what today's widget sends (recordId included) and refuse what the schema refuses.
// Run: node --test test/examples/record-receiver.test.mjs
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createRecordReceiver } from '../../examples/record-receiver/receiver.mjs';

const dir = mkdtempSync(join(tmpdir(), 'consent-receiver-'));
const file = join(dir, 'records.jsonl');
let server;
let url;

before(async () => {
  const receive = await createRecordReceiver({ file });
  server = createServer(receive);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}/consent-records`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

const record = { consentId: 'ytiml8r3fo2sds20', time: '2026-11-30T10:51:43.943Z', revision: '2026-11', language: 'ja', state: { service: true, analytics: true, marketing: false }, source: 'banner', textVersion: '1', gpc: false, recordId: 'H9T0tLnzJqGG6D52AtuP9z' };
const post = (body) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

test('stores a record as the widget sends it, with the time it was received', async () => {
  assert.equal((await post(JSON.stringify(record))).status, 204);
  const [line] = readFileSync(file, 'utf8').trim().split('\n');
  const stored = JSON.parse(line);
  assert.deepEqual(stored.record, record);
  assert.ok(Date.parse(stored.receivedAt) <= Date.now());
});

test('refuses what is not a record: 400 not JSON, 422 schema mismatch, 413 too large', async () => {
  assert.equal((await post('{not json')).status, 400);
  assert.equal((await post(JSON.stringify({ ...record, recordId: 'short' }))).status, 422);
  assert.equal((await post(JSON.stringify({ ...record, extra: 1 }))).status, 422);
  assert.equal((await post(JSON.stringify({ ...record, textVersion: 'x'.repeat(5000) }))).status, 413);
  assert.equal(readFileSync(file, 'utf8').trim().split('\n').length, 1, 'nothing more stored');
});
