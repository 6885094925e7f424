/**
 * POSTs JSON to the site's own endpoint and says whether it was accepted
 * (a 2xx answer). Never throws; `keepalive` lets it finish if the visitor leaves.
 */
export declare function postJson(url: string, body: unknown, retryDelays?: number[]): Promise<boolean>;
