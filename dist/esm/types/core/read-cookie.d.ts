/**
 * Every value stored under `name`: cookies set with other paths or domains
 * share the name. Decoded the way js-cookie decodes (only %XX sequences), in
 * a module of its own so the boot script reads the cookie without js-cookie.
 */
export declare function readCookieValues(doc: Document, name: string): string[];
