import Cookies from 'js-cookie';
import { cookieValues } from './read-cookie.js';

/** First-party cookie storage: `Path=/`, `SameSite=Lax`, `Secure` on https. */
function createCookieStorage({ name, domain, secure }) {
    const attributes = {
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
function createMemoryStorage(initial) {
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

export { createCookieStorage, createMemoryStorage };
