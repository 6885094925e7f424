import { CATEGORY_ID_PATTERN, type CategoryId } from './categories.js';

/**
 * The stored decision. In the cookie it reads
 * `1|<revision>|<unix seconds>|<consent id>|<granted ids joined by +>`,
 * e.g. `1|3|1764497075|k3j9f0a2x1c8q7zm|analytics+marketing`: every
 * character is a valid cookie octet, so servers read it without decoding.
 * `service` is always granted and not written.
 */
export interface StoredDecision {
  revision: string;
  /** Decision time in milliseconds since the epoch (stored to the second). */
  time: number;
  consentId: string;
  granted: CategoryId[];
}

export const COOKIE_FORMAT_VERSION = '1';
const SEPARATOR = '|';
const GRANTED_SEPARATOR = '+';
const REVISION_PATTERN = /^[A-Za-z0-9._-]{1,32}$/;
const CONSENT_ID_PATTERN = /^[A-Za-z0-9]{8,64}$/;
const SECONDS_PATTERN = /^\d{1,11}$/;

export function formatConsentCookie(decision: StoredDecision): string {
  return [
    COOKIE_FORMAT_VERSION,
    decision.revision,
    Math.floor(decision.time / 1000),
    decision.consentId,
    decision.granted.join(GRANTED_SEPARATOR),
  ].join(SEPARATOR);
}

/**
 * Reads a cookie value that any script on the site could have written.
 * Returns null for anything that is not exactly our format (never throws),
 * so a foreign or damaged value counts as "no decision" and grants nothing.
 */
export function parseConsentCookie(value: unknown): StoredDecision | null {
  if (typeof value !== 'string' || value.length > 1024) return null;
  const fields = value.split(SEPARATOR);
  if (fields.length !== 5) return null;
  const [version, revision, seconds, consentId, grantedField] = fields;
  if (version !== COOKIE_FORMAT_VERSION) return null;
  if (!REVISION_PATTERN.test(revision) || !SECONDS_PATTERN.test(seconds) || !CONSENT_ID_PATTERN.test(consentId)) return null;
  const granted = grantedField === '' ? [] : grantedField.split(GRANTED_SEPARATOR);
  if (!granted.every((id) => CATEGORY_ID_PATTERN.test(id))) return null;
  return { revision, time: Number(seconds) * 1000, consentId, granted: [...new Set(granted)] };
}
