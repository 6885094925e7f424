// The part of node:crypto that src/service/tokens.ts uses, for the browser-typed program that builds
// consent-banner/server (which re-exports createOptOutLink). The service itself is checked with @types/node.
declare module 'node:crypto' {
  interface Hmac {
    update(data: string): Hmac;
    digest(): Uint8Array;
  }
  export function createHmac(algorithm: string, key: string): Hmac;
  export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}
