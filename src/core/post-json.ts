/** Retries after 1 s, 3 s and 9 s: long enough to ride out a flaky connection, short enough to report back while the visitor is still there. */
const RETRY_DELAYS_MS = [1000, 3000, 9000];

/**
 * POSTs JSON to the site's own endpoint and says whether it was accepted
 * (a 2xx answer). Never throws; `keepalive` lets it finish if the visitor leaves.
 */
export async function postJson(url: string, body: unknown, retryDelays: number[] = RETRY_DELAYS_MS): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
        keepalive: true,
      });
      if (response.ok) return true;
    } catch {
      // Offline or blocked: retried below like a server error.
    }
    if (attempt >= retryDelays.length) return false;
    await new Promise((resolve) => setTimeout(resolve, retryDelays[attempt]));
  }
}
