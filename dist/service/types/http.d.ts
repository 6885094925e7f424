export declare function json(status: number, body: unknown, headers?: Record<string, string>): Response;
export declare const problem: (status: number, error: string, extra?: Record<string, unknown>, headers?: Record<string, string>) => Response;
export declare class BodyTooLarge extends Error {
}
/** The request body as text, refusing more than `limit` bytes without reading them all. */
export declare function readBody(request: Request, limit: number): Promise<string>;
/**
 * Token buckets per client: `perMinute` requests a minute, bursts of half that. Kept in memory per process
 * (behind a load balancer each process limits its share). Client keys are never stored or logged.
 */
export declare function createRateLimiter(perMinute: number): {
    /** 0 when allowed, else the seconds to wait. */
    take(client: string): number;
    close: () => void;
};
/** One CSV cell (RFC 4180), with spreadsheet formula starts defused. */
export declare function csvCell(value: unknown): string;
export declare const csvLine: (cells: unknown[]) => string;
/** A stream of text chunks pulled from an async generator: nothing is produced before the reader asks. */
export declare function streamOf(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array>;
export declare const ADMIN_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
export declare const CONTENT_TYPES: Record<string, string>;
