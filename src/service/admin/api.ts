import type { Stats, StoredRecord, Suppression } from '../api-types.js';

export type { DayStats, Stats, StoredRecord, Suppression } from '../api-types.js';

/** A refused or failed request: `status` 0 when the service could not be reached. */
export class AdminApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Calls the admin API of the service that serves this page, with the owner's token as a Bearer header. */
export function createAdminApi(token: string, base = new URL('../api/', location.href)) {
  const request = async (path: string, query: Record<string, string | undefined> = {}): Promise<Response> => {
    const url = new URL(path, base);
    for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
    let response: Response;
    try {
      response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
    } catch (error) {
      throw new AdminApiError(0, (error as Error).message);
    }
    if (!response.ok) throw new AdminApiError(response.status, `${response.status} ${response.statusText}`.trim());
    return response;
  };
  const json = async <T>(path: string, query?: Record<string, string | undefined>): Promise<T> => (await request(path, query)).json() as Promise<T>;
  return {
    stats: (from: string, to: string) => json<Stats>('stats', { from, to }),
    records: async (consentId: string) => (await json<{ records: StoredRecord[] }>('records', { consentId })).records,
    suppressions: async (category: string) => (await json<{ suppressions: Suppression[] }>('suppressions', { category })).suppressions,
    /** The file as the service sends it (records.csv, records.ndjson, suppressions.csv), for a download. */
    file: async (path: string, query: Record<string, string | undefined>) => (await request(path, query)).blob(),
  };
}
export type AdminApi = ReturnType<typeof createAdminApi>;
