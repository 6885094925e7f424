import Cookies from 'js-cookie';
import { readCookieValues } from './read-cookie.js';

/** Where the decision is kept between page views. */
export interface ConsentStorage {
  read(): string | undefined;
  /** Every value stored under the name: cookies set with other paths or domains share it. */
  readAll?(): string[];
  /** Returns false when the value did not stick (cookies disabled or blocked). */
  write(value: string, lifetimeDays: number): boolean;
  clear(): void;
}

export interface CookieStorageOptions {
  name: string;
  domain?: string;
  /** Defaults to true on https pages. */
  secure?: boolean;
}

/** First-party cookie storage: `Path=/`, `SameSite=Lax`, `Secure` on https. */
export function createCookieStorage({ name, domain, secure }: CookieStorageOptions): ConsentStorage {
  const attributes: Cookies.CookieAttributes = {
    path: '/',
    sameSite: 'Lax',
    secure: secure ?? (typeof location !== 'undefined' && location.protocol === 'https:'),
    ...(domain ? { domain } : {}),
  };
  return {
    read: () => Cookies.get(name),
    readAll: () => readCookieValues(document, name),
    write(value, lifetimeDays) {
      Cookies.set(name, value, { ...attributes, expires: lifetimeDays });
      return Cookies.get(name) === value;
    },
    clear: () => Cookies.remove(name, attributes),
  };
}

/** Keeps the decision for this page view only: for tests and for browsers that refuse cookies. */
export function createMemoryStorage(initial?: string): ConsentStorage {
  let value = initial;
  return {
    read: () => value,
    write(next) {
      value = next;
      return true;
    },
    clear() {
      value = undefined;
    },
  };
}
