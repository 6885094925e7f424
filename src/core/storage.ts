import Cookies from 'js-cookie';
import { cookieValues } from './read-cookie.js';

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
export function createCookieStorage({ name, domain, secure }: CookieStorageOptions): ConsentStorage {
  const attributes: Cookies.CookieAttributes = {
    path: '/',
    sameSite: 'Lax',
    secure: secure ?? (typeof location !== 'undefined' && location.protocol === 'https:'),
    ...(domain ? { domain } : {}),
  };
  return {
    read: () => Cookies.get(name),
    readAll: () => cookieValues(document.cookie, name),
    write(value, lifetimeDays) {
      Cookies.set(name, value, { ...attributes, expires: lifetimeDays });
      // Reading a cookie just written waits for the browser's cookie store (milliseconds): checked in a
      // later task, so the click that decided is not held up by it.
      return new Promise((resolve) => setTimeout(() => resolve(Cookies.get(name) === value)));
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
