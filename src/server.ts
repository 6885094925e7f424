// consent-banner/server: reads and writes the consent cookie on a server (Node, Deno, edge runtimes).
// No DOM: it parses a `Cookie` header into the same state the browser sees.
import type { ConsentState } from './core/categories.js';
import { resolveConfig, type ConsentConfigInput, type ResolvedConfig } from './core/config.js';
import { createConsentManager, type ConsentManager } from './core/consent-manager.js';
import type { StoredDecision } from './core/cookie-format.js';
import type { Logger } from './core/log.js';
import { cookieValues } from './core/read-cookie.js';
import type { ConsentStorage } from './core/storage.js';

export { formatConsentCookie, parseConsentCookie } from './core/cookie-format.js';
/** The values of every cookie named `name` in a `Cookie` request header. */
export { cookieValues };
export type { StoredDecision } from './core/cookie-format.js';

export interface ServerConsent {
  /** Every configured category → granted, exactly as `window.consentBanner.getState()` in the browser. */
  state: ConsentState;
  /** False when the visitor has not decided (or the decision no longer counts): treat as first visit. */
  decided: boolean;
  decision: StoredDecision | null;
  isGranted(id: string): boolean;
}

/** Storage over one request: reads its Cookie header, keeps what is written for the response. */
function requestStorage(header: string | null | undefined, name: string) {
  const values = cookieValues(header, name);
  let written: { value: string; lifetimeDays: number } | null | undefined;
  const storage: ConsentStorage = {
    read: () => (written === undefined ? values[0] : (written?.value ?? undefined)),
    readAll: () => values,
    write(value, lifetimeDays) {
      written = { value, lifetimeDays };
      return true;
    },
    clear() {
      written = null;
    },
  };
  return { storage, written: () => written };
}

const silent: Logger = { warn: () => {}, error: () => {} };

function managerFor(header: string | null | undefined, config: ConsentConfigInput | ResolvedConfig, log: Logger) {
  const resolved = Array.isArray((config as ResolvedConfig).categories) ? (config as ResolvedConfig) : resolveConfig(config, log);
  const request = requestStorage(header, resolved.cookieName);
  // A server knows no Global Privacy Control header here; pass the Sec-GPC header's value yourself if you honour it.
  const manager = createConsentManager(resolved, { storage: request.storage, log, gpc: false });
  return { manager, request, config: resolved };
}

function toServerConsent(manager: ConsentManager): ServerConsent {
  return {
    state: manager.getState(),
    decided: manager.isDecided(),
    decision: manager.getDecision(),
    isGranted: (id) => manager.isGranted(id),
  };
}

/**
 * The consent in a request, from its `Cookie` header: the same rules as the
 * browser (revision, expiry, damaged cookies grant nothing).
 */
export function readConsent(
  cookieHeader: string | null | undefined,
  config: ConsentConfigInput | ResolvedConfig = {},
  log: Logger = silent,
): ServerConsent {
  return toServerConsent(managerFor(cookieHeader, config, log).manager);
}

/** A `Set-Cookie` header value for a consent cookie, with the attributes the widget itself uses. */
export function consentSetCookie(name: string, value: string, lifetimeDays: number, options: { domain?: string; secure?: boolean } = {}): string {
  return [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${Math.round(lifetimeDays * 86_400)}`,
    'SameSite=Lax',
    ...(options.domain ? [`Domain=${options.domain}`] : []),
    ...(options.secure === false ? [] : ['Secure']),
  ].join('; ');
}

/**
 * Records a decision on the server, e.g. after handling the e-mail
 * unsubscribe link server-side: `{ marketing: false }` on top of what the
 * visitor chose. Returns the new consent and the `Set-Cookie` value to send.
 */
export function writeConsent(
  cookieHeader: string | null | undefined,
  choices: Partial<ConsentState>,
  config: ConsentConfigInput = {},
  options: { secure?: boolean; log?: Logger } = {},
): { consent: ServerConsent; setCookie: string } {
  const { manager, request, config: resolved } = managerFor(cookieHeader, config, options.log ?? silent);
  manager.set(choices, 'api');
  const written = request.written()!;
  return {
    consent: toServerConsent(manager),
    setCookie: consentSetCookie(resolved.cookieName, written!.value, written!.lifetimeDays, { domain: resolved.cookieDomain, secure: options.secure }),
  };
}

interface RequestLike {
  headers: { cookie?: string | string[] | undefined } | Headers;
  consent?: ServerConsent;
}

/**
 * Middleware for Node's `http` and Express-style handlers: puts the
 * request's consent on `request.consent`, then calls `next()` if given.
 */
export function consentMiddleware(config: ConsentConfigInput = {}) {
  const resolved = resolveConfig(config, silent);
  return (request: RequestLike, _response?: unknown, next?: () => void) => {
    const headers = request.headers;
    const header = typeof (headers as Headers).get === 'function' ? (headers as Headers).get('cookie') : (headers as { cookie?: string | string[] }).cookie;
    request.consent = readConsent(Array.isArray(header) ? header.join('; ') : header, resolved);
    next?.();
  };
}

/** E-mail opt-out links and List-Unsubscribe headers (Node: uses node:crypto); see consent-banner/service. */
export { createOptOutLink, type OptOutLink, type OptOutLinkOptions } from './service/tokens.js';
