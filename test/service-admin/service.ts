// Browser-side helpers for tests that talk to the real consent service the test server mounts
// (test/fixtures/consent-service.mjs): PGlite at the root, PostgreSQL under /pg/.

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

/** Every record the service stored for a consent id, oldest first. `prefix` '/pg' asks the PostgreSQL one. */
export async function storedRecords(consentId: string, prefix = ''): Promise<StoredRecord[]> {
  const response = await adminFetch(`${prefix}/api/records?consentId=${encodeURIComponent(consentId)}`);
  if (!response.ok) throw new Error(`GET /api/records answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { records: StoredRecord[] }).records;
}

/** A fresh consent id (the widget's pattern: letters and digits), for records that no other test sends. */
export function newConsentId(): string {
  return `t${crypto.randomUUID().replace(/-/g, '')}`;
}
