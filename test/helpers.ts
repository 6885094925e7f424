import { waitUntil as openWcWaitUntil } from '@open-wc/testing';
import type { Logger } from '../src/core/log.js';

/** A logger that keeps what the widget said, so tests can assert the message a site owner would see. */
export function recordingLogger(): Logger & { warnings: string[]; errors: string[]; all(): string } {
  const warnings: string[] = [];
  const errors: string[] = [];
  return {
    warnings,
    errors,
    warn: (message) => void warnings.push(message),
    error: (message) => void errors.push(message),
    all: () => [...warnings, ...errors].join('\n'),
  };
}

/** Deletes every cookie this page can see, so each test starts as a first visit. */
export function clearCookies(): void {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

/**
 * A cookie as `doc` sees it. Read a site's cookies from the site's own document (a frame's): Chromium
 * shows another document's write to this one a moment later, not at once.
 */
export function readCookie(name: string, doc: Document = document): string | undefined {
  const match = doc.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return match?.slice(name.length + 1);
}

export function nextEvent<T extends Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as T), { once: true }));
}

/**
 * open-wc's waitUntil with a 5 s default instead of 1 s: the suite runs two
 * browsers at once on a 2-core machine, where 1 s is not always enough.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
