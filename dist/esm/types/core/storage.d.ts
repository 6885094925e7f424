/** Where the decision is kept between page views. */
export interface ConsentStorage {
    read(): string | undefined;
    /** Every value stored under the name: cookies set with other paths or domains share it. */
    readAll?(): string[];
    /**
     * Whether the value stuck (false when cookies are disabled or blocked): at once, or a moment later
     * when finding out is slow.
     */
    write(value: string, lifetimeDays: number): boolean | Promise<boolean>;
    clear(): void;
}
export interface CookieStorageOptions {
    name: string;
    domain?: string;
    /** Defaults to true on https pages. */
    secure?: boolean;
}
/** First-party cookie storage: `Path=/`, `SameSite=Lax`, `Secure` on https. */
export declare function createCookieStorage({ name, domain, secure }: CookieStorageOptions): ConsentStorage;
/** Keeps the decision for this page view only: for tests and for browsers that refuse cookies. */
export declare function createMemoryStorage(initial?: string): ConsentStorage;
