import type { ConsentManager } from './consent-manager.js';

const GATED_SCRIPTS = 'script[type="text/plain"][data-consent]';
/** Set on a gated script once it is queued, so nothing runs twice. */
const STATE_ATTRIBUTE = 'data-consent-state';

export function categoriesOf(element: Element, attribute = 'data-consent'): string[] {
  return (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
}

/** A parsed `<script type="text/plain">` never runs; a fresh element with the real type does. */
function activate(original: HTMLScriptElement): Promise<void> {
  const script = original.ownerDocument.createElement('script');
  for (const { name, value } of Array.from(original.attributes)) {
    if (name !== 'type' && name !== STATE_ATTRIBUTE) script.setAttribute(name, value);
  }
  const type = original.getAttribute('data-type');
  if (type) script.type = type;
  // The nonce attribute reads back empty once parsed; only the property keeps it.
  if (original.nonce) script.nonce = original.nonce;
  script.text = original.text;
  // Inserted scripts are async by default; keep document order unless the page asked for async.
  const waitForLoad = Boolean(script.src) && !original.hasAttribute('async');
  script.async = !waitForLoad;
  const done = waitForLoad
    ? new Promise<void>((resolve) => {
        script.addEventListener('load', () => resolve(), { once: true });
        script.addEventListener('error', () => resolve(), { once: true });
      })
    : Promise.resolve();
  original.after(script);
  return done;
}

/**
 * Runs `<script type="text/plain" data-consent="analytics">` once every
 * category it names is granted, in document order, each at most once:
 * on this page view's decision, on a restored one, and for scripts added later.
 */
export function createScriptGate(manager: Pick<ConsentManager, 'isGranted' | 'onChange'>, doc: Document) {
  let queue = Promise.resolve();

  function scan() {
    for (const script of Array.from(doc.querySelectorAll<HTMLScriptElement>(GATED_SCRIPTS))) {
      if (script.hasAttribute(STATE_ATTRIBUTE)) continue;
      // While the parser is still inside a script, its text may be incomplete; DOMContentLoaded rescans.
      if (doc.readyState === 'loading' && !script.nextSibling) continue;
      const categories = categoriesOf(script);
      if (!categories.every((id) => manager.isGranted(id))) continue;
      script.setAttribute(STATE_ATTRIBUTE, 'run');
      queue = queue.then(() => activate(script));
    }
  }

  const observer = new MutationObserver((records) => {
    if (records.some((r) => Array.from(r.addedNodes).some((n) => n.nodeName === 'SCRIPT' || n.hasChildNodes()))) scan();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  const unsubscribe = manager.onChange(scan);
  doc.addEventListener('DOMContentLoaded', scan);
  scan();

  return {
    scan,
    disconnect() {
      observer.disconnect();
      unsubscribe();
      doc.removeEventListener('DOMContentLoaded', scan);
    },
  };
}
