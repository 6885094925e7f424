// Browser-side helpers for tests that talk to the real consent service the test server mounts
// (test/fixtures/consent-service.mjs): a shared PGlite one at the root, services of a test's own under
// /space/NAME/ (PGlite) and /pg/NAME/ (PostgreSQL).

/** The same token as in test/fixtures/consent-service.mjs. */
export const TEST_ADMIN_TOKEN = 'wtr-admin-token-5b2e8d1f';

export interface StoredRecord {
  recordId: string;
  receivedAt: string;
  country: string | null;
  hash: string;
  record: { consentId: string; recordId?: string; source: string; state: Record<string, boolean>; textVersion: string; [key: string]: unknown };
}

export function adminFetch(path: string, token = TEST_ADMIN_TOKEN): Promise<Response> {
  return fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** Every record the service stored for a consent id, oldest first. `prefix`: '/space/NAME' or '/pg/NAME'. */
export async function storedRecords(consentId: string, prefix = ''): Promise<StoredRecord[]> {
  const response = await adminFetch(`${prefix}/api/records?consentId=${encodeURIComponent(consentId)}`);
  if (!response.ok) throw new Error(`GET /api/records answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { records: StoredRecord[] }).records;
}

/** A fresh consent id (the widget's pattern: letters and digits), for records that no other test sends. */
export function newConsentId(): string {
  return `t${crypto.randomUUID().replace(/-/g, '')}`;
}

/** A name for a service of the test's own (/space/NAME/… on PGlite, /pg/NAME/… on PostgreSQL). */
export function newServiceName(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

/** Ends the services started for `name` and deletes their databases. */
export async function closeService(name: string): Promise<void> {
  await fetch(`/test-service/close?name=${name}`, { method: 'POST' });
}
