import Cookies from 'js-cookie';
import type { CategoryId } from './categories.js';
import type { ResolvedConfig } from './config-types.js';
import type { ConsentManager } from './consent-manager.js';
import { cleanupPendingKey } from './storage-keys.js';

/** `_ga*` → matches `_ga`, `_ga_ABC123`; every other character is literal. */
export function namePattern(patterns: string[]): RegExp | null {
  if (!patterns.length) return null;
  const escaped = patterns.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'));
  return new RegExp(`^(?:${escaped.join('|')})$`);
}

/** What a category's trackers leave behind: its own lists plus those of its vendors. */
export function leftoversOf(config: ResolvedConfig, id: CategoryId): { cookies: string[]; storage: string[] } {
  const category = config.categories.find((c) => c.id === id);
  const vendors = config.vendors.filter((v) => v.category === id);
  return {
    cookies: [...(category?.cookies ?? []), ...vendors.flatMap((v) => v.cookies)],
    storage: [...(category?.storage ?? []), ...vendors.flatMap((v) => v.storage)],
  };
}

/**
 * The domains a cookie visible here may have been set on: the host itself
 * (host-only and `Domain=`) and every parent, e.g. `shop.example.jp`,
 * `example.jp`. The browser ignores the public suffixes among them.
 */
export function candidateDomains(hostname: string): (string | undefined)[] {
  if (!hostname.includes('.') || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return [undefined];
  const labels = hostname.split('.');
  return [undefined, ...labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'))];
}

/** Paths a cookie visible on this page may have been set with: `/` and each parent of the current path. */
function candidatePaths(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  return ['/', ...parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`)];
}

export function deleteCookies(patterns: string[], doc: Document = document): string[] {
  const pattern = namePattern(patterns);
  if (!pattern) return [];
  const names = Object.keys(Cookies.get()).filter((name) => pattern.test(name));
  const { hostname, pathname } = doc.location;
  for (const name of names) {
    for (const domain of candidateDomains(hostname)) {
      for (const path of candidatePaths(pathname)) Cookies.remove(name, domain ? { domain, path } : { path });
    }
  }
  return names;
}

export function deleteStorageKeys(patterns: string[], win: Window = window): void {
  const pattern = namePattern(patterns);
  if (!pattern) return;
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = win[area];
      for (const key of Object.keys(storage)) if (pattern.test(key)) storage.removeItem(key);
    } catch {
      // Storage can throw when blocked (Safari private mode); then there is nothing of ours to delete.
    }
  }
}

/**
 * A cookie, not localStorage, because the boot script reads the cookies anyway while a page's first
 * localStorage access costs milliseconds. Kept for 30 days: long enough for the next page view.
 */
function markPending(name: string, domain: string | undefined, pending: boolean) {
  const attributes: Cookies.CookieAttributes = { path: '/', sameSite: 'Lax', ...(domain ? { domain } : {}) };
  if (pending) Cookies.set(name, '1', { ...attributes, expires: 30 });
  else if (Cookies.get(name) !== undefined) Cookies.remove(name, attributes);
}

/**
 * Deletes the cookies and storage keys of every category that is not granted:
 * at start (left over from before a withdrawal) and whenever one is withdrawn,
 * noting in a cookie that the next page view must look again.
 * With `reloadOnWithdraw`, a withdrawal reloads the page so running scripts stop.
 */
export function installCleanup(manager: ConsentManager, doc: Document = document, win: Window = window): () => void {
  const pendingKey = cleanupPendingKey(manager.config.cookieName);
  const { cookieDomain } = manager.config;
  const clean = (ids: CategoryId[]) => {
    for (const id of ids) {
      const { cookies, storage } = leftoversOf(manager.config, id);
      deleteCookies(cookies, doc);
      deleteStorageKeys(storage, win);
    }
  };
  const cleanRefused = () => {
    const state = manager.getState();
    clean(Object.keys(state).filter((id) => !state[id]));
    markPending(pendingKey, cookieDomain, false);
  };
  cleanRefused();
  manager.onChange(({ state, changed }) => {
    const withdrawn = changed.filter((id) => !state[id]);
    clean(withdrawn);
    if (withdrawn.length) markPending(pendingKey, cookieDomain, true);
    if (withdrawn.length && manager.config.reloadOnWithdraw) setTimeout(() => win.location.reload());
  });
  // Run again when more vendors become known (the catalogue loads later).
  return cleanRefused;
}
