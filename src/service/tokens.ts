// Opt-out link tokens: HMAC-SHA256 over recipient id, category and issue time (format in docs/service.md).
// node:crypto rather than WebCrypto so that making a link stays synchronous for mail code and the CLI.
import { createHmac, timingSafeEqual } from 'node:crypto';

const VERSION = 'cb1';
export const CATEGORY_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;
const MAX_RECIPIENT_LENGTH = 128;

export interface OptOutToken {
  recipient: string;
  category: string;
  /** Issue time, whole seconds since 1970. */
  issuedAt: number;
}

const base64url = (data: Uint8Array | string) => {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64url = (text: string): Uint8Array | null => {
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
};
/** True when a string holds no lone UTF-16 surrogate (which no database text column can keep). */
export const isWellFormedText = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

function mac(secret: string, recipient: string, category: string, issuedAt: number): Uint8Array {
  return createHmac('sha256', secret).update(`${VERSION}\n${recipient}\n${category}\n${issuedAt}`).digest();
}

/** Why a recipient id or category cannot go into a token, or null when they can. */
export function tokenInputProblem(recipient: unknown, category: unknown): string | null {
  if (typeof recipient !== 'string' || !recipient.length || recipient.length > MAX_RECIPIENT_LENGTH)
    return `recipient must be an id of 1 to ${MAX_RECIPIENT_LENGTH} characters`;
  if (recipient.includes('@')) return 'recipient looks like an e-mail address: use an opaque id from your mail system, a token must not reveal an address';
  if (!isWellFormedText(recipient)) return 'recipient is not valid Unicode text';
  if (typeof category !== 'string' || !CATEGORY_PATTERN.test(category)) return 'category must be a category id such as "marketing"';
  return null;
}

/** Makes a token for one recipient and category. Throws on an unusable recipient or category. */
export function createOptOutToken(secret: string, recipient: string, category: string, issuedAt = Math.floor(Date.now() / 1000)): string {
  if (!secret) throw new Error('An opt-out token needs a secret (CONSENT_SECRET).');
  const problem = tokenInputProblem(recipient, category);
  if (problem) throw new Error(`Cannot make an opt-out token: ${problem}.`);
  if (!Number.isInteger(issuedAt) || issuedAt < 0) throw new Error('issuedAt must be whole seconds since 1970.');
  return [VERSION, base64url(recipient), category, String(issuedAt), base64url(mac(secret, recipient, category, issuedAt))].join('.');
}

/**
 * The recipient, category and issue time of a token made with one of `secrets` (current first, then the
 * previous one during a rotation), or null for anything forged, altered or malformed. Constant-time compare.
 */
export function verifyOptOutToken(token: unknown, secrets: readonly (string | undefined)[]): OptOutToken | null {
  if (typeof token !== 'string' || token.length > 600) return null;
  const parts = token.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) return null;
  const [, recipientPart, category, issuedPart, macPart] = parts;
  if (!/^[A-Za-z0-9_-]+$/.test(recipientPart) || !/^[A-Za-z0-9_-]{43}$/.test(macPart) || !/^\d{1,12}$/.test(issuedPart)) return null;
  const recipientBytes = fromBase64url(recipientPart);
  const given = fromBase64url(macPart);
  // The MAC's last character carries two unused bits: only its canonical spelling counts, so an altered
  // character never passes as the same token.
  if (!recipientBytes || !given || given.length !== 32 || base64url(given) !== macPart) return null;
  let recipient: string;
  try {
    recipient = new TextDecoder('utf-8', { fatal: true }).decode(recipientBytes);
  } catch {
    return null;
  }
  // Only the canonical encoding counts, so one token has exactly one spelling.
  if (base64url(recipient) !== recipientPart || tokenInputProblem(recipient, category)) return null;
  const issuedAt = Number(issuedPart);
  if (String(issuedAt) !== issuedPart) return null;
  let valid = false;
  for (const secret of secrets) {
    if (!secret) continue;
    // Every secret is tried, so the time taken does not tell which one matched.
    if (timingSafeEqual(given, mac(secret, recipient, category, issuedAt))) valid = true;
  }
  return valid ? { recipient, category, issuedAt } : null;
}

export interface OptOutLinkOptions {
  /** CONSENT_SECRET. */
  secret: string;
  /** An opaque id of the recipient chosen by your mail system (never the address itself). */
  recipient: string;
  /** The category the link withdraws, e.g. `marketing`. */
  category: string;
  /** The page of your site that runs the widget; the link opens it with the opt-out parameters. */
  site: string;
  /** The consent service's public URL: adds the RFC 8058 one-click address to `List-Unsubscribe`. */
  serviceUrl?: string;
  /** Issue time (a Date or seconds since 1970); default now. */
  issuedAt?: Date | number;
  /** The widget's `optOutParam` / `optOutTokenParam` when the site changed them. */
  optOutParam?: string;
  optOutTokenParam?: string;
}

export interface OptOutLink {
  /** For the e-mail body: the site's page with `consent-opt-out` and `consent-token`. */
  url: string;
  token: string;
  /** `List-Unsubscribe` (and, with `serviceUrl`, `List-Unsubscribe-Post`) for the message's headers. */
  headers: Record<string, string>;
}

/** The e-mail opt-out link and List-Unsubscribe headers for one recipient and category. */
export function createOptOutLink(options: OptOutLinkOptions): OptOutLink {
  const issued = options.issuedAt instanceof Date ? Math.floor(options.issuedAt.getTime() / 1000) : options.issuedAt;
  const token = createOptOutToken(options.secret, options.recipient, options.category, issued);
  if (!URL.canParse(options.site)) throw new Error(`site is not a URL: ${options.site}`);
  const page = new URL(options.site);
  page.searchParams.set(options.optOutParam ?? 'consent-opt-out', options.category);
  page.searchParams.set(options.optOutTokenParam ?? 'consent-token', token);
  const headers: Record<string, string> = {};
  if (options.serviceUrl) {
    if (!URL.canParse(options.serviceUrl)) throw new Error(`serviceUrl is not a URL: ${options.serviceUrl}`);
    const oneClick = new URL('one-click', options.serviceUrl.endsWith('/') ? options.serviceUrl : `${options.serviceUrl}/`);
    oneClick.searchParams.set('token', token);
    headers['List-Unsubscribe'] = `<${oneClick.href}>, <${page.href}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  } else {
    headers['List-Unsubscribe'] = `<${page.href}>`;
  }
  return { url: page.href, token, headers };
}
