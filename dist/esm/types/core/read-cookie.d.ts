/**
 * Every value stored under `name` in a `Cookie` header or `document.cookie`:
 * cookies set with other paths or domains share the name. Decoded the way
 * js-cookie decodes (only %XX sequences). A module of its own, so the boot
 * script reads the cookie without js-cookie; the server entry uses it too.
 */
export declare function cookieValues(header: string | null | undefined, name: string): string[];
