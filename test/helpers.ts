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

/**
 * Presses `press` and returns the file a page's download link would save: the click on the link is caught
 * (so no file lands on disk) and its blob read back.
 */
export async function catchDownload(doc: Document, press: () => void): Promise<{ name: string; text: string }> {
  const caught = new Promise<{ name: string; href: string }>((resolve) => {
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (link.localName !== 'a' || !link.download) return;
      event.preventDefault();
      doc.removeEventListener('click', onClick, true);
      resolve({ name: link.download, href: link.href });
    };
    doc.addEventListener('click', onClick, true);
  });
  press();
  const { name, href } = await caught;
  return { name, text: await (await fetch(href)).text() };
}

type AxeWindow = Window & {
  axe?: { run(context: Document, options?: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
};

/**
 * Runs axe-core inside a page of this origin (loaded from node_modules, as a strict CSP allows) and returns
 * the violations with the elements they concern.
 */
export async function axeViolations(doc: Document, options: object = {}): Promise<{ id: string; nodes: unknown[] }[]> {
  const win = doc.defaultView as AxeWindow;
  if (!win.axe) {
    const script = doc.createElement('script');
    const loaded = new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject)));
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await loaded;
  }
  const { violations } = await win.axe!.run(doc, options);
  return violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => node.target) }));
}
