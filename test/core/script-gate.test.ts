import { expect } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { createScriptGate } from '../../src/core/script-gate.js';
import { reportTo } from '../../src/core/boot-problems.js';
import { consoleLogger } from '../../src/core/log.js';
import { recordingLogger, waitUntil } from '../helpers.js';

declare global {
  interface Window {
    __gatedRuns?: string[];
  }
}

function gatedScript(categories: string, body: string, src?: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.consent = categories;
  if (src) script.src = src;
  else script.text = body;
  return script;
}

describe('script gate', () => {
  let container: HTMLDivElement;
  let gate: ReturnType<typeof createScriptGate> | undefined;

  beforeEach(() => {
    window.__gatedRuns = [];
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    gate?.disconnect();
    container.remove();
  });

  it('runs nothing until the category is granted, then each script once, in document order', async () => {
    const manager = createConsentManager({ policyUrl: '/p' });
    container.append(
      gatedScript('analytics', "__gatedRuns.push('inline-1')"),
      gatedScript('analytics', '', new URL('./fixtures/ordered-tracker.js', import.meta.url).href),
      gatedScript('analytics', "__gatedRuns.push('inline-2')"),
      gatedScript('marketing', "__gatedRuns.push('marketing')"),
    );
    gate = createScriptGate(manager, document, reportTo(consoleLogger));
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__gatedRuns).to.deep.equal([]);

    manager.set({ analytics: true });
    await waitUntil(() => window.__gatedRuns!.length === 3, 'gated scripts did not run');
    expect(window.__gatedRuns).to.deep.equal(['inline-1', 'external', 'inline-2']);

    manager.rejectAll();
    manager.acceptAll();
    await waitUntil(() => window.__gatedRuns!.includes('marketing'));
    await new Promise((r) => setTimeout(r, 50));
    expect(window.__gatedRuns).to.deep.equal(['inline-1', 'external', 'inline-2', 'marketing']);
  });

  it('runs an inline script within the decision, before the banner or anything else queued re-renders', async () => {
    const manager = createConsentManager({ policyUrl: '/p' });
    container.append(gatedScript('analytics', "__gatedRuns.push('inline')"));
    gate = createScriptGate(manager, document, reportTo(consoleLogger));
    const runs = window.__gatedRuns!;
    // Lit's re-render after the click is a microtask queued as the decision starts.
    const reRendered = new Promise<void>((resolve) => queueMicrotask(() => (runs.push('re-render'), resolve())));
    manager.acceptAll();
    await reRendered;
    expect(runs).to.deep.equal(['inline', 're-render']);
  });

  it('needs every category a script names', async () => {
    const manager = createConsentManager({ policyUrl: '/p' });
    container.append(gatedScript('analytics marketing', "__gatedRuns.push('both')"));
    gate = createScriptGate(manager, document, reportTo(consoleLogger));
    manager.set({ analytics: true });
    await new Promise((r) => setTimeout(r, 30));
    expect(window.__gatedRuns).to.deep.equal([]);
    manager.set({ marketing: true });
    await waitUntil(() => window.__gatedRuns!.length === 1);
  });

  it('runs a restored grant at once and gates scripts added later', async () => {
    const manager = createConsentManager({ policyUrl: '/p' });
    manager.set({ analytics: true });
    container.append(gatedScript('analytics', "__gatedRuns.push('present')"));
    gate = createScriptGate(manager, document, reportTo(consoleLogger));
    await waitUntil(() => window.__gatedRuns!.length === 1);
    container.append(gatedScript('analytics', "__gatedRuns.push('added')"), gatedScript('marketing', "__gatedRuns.push('no')"));
    await waitUntil(() => window.__gatedRuns!.length === 2);
    await new Promise((r) => setTimeout(r, 30));
    expect(window.__gatedRuns).to.deep.equal(['present', 'added']);
  });

  it('names a script the browser refuses to start and still runs the ones after it, in order', async () => {
    // Stands in for Trusted Types enforced with a policy that refuses one script's text.
    Object.defineProperty(window, 'trustedTypes', {
      configurable: true,
      value: {
        createPolicy: (_name: string, rules: { createScriptURL(url: string): string }) => ({
          createScript(text: string) {
            if (text.includes('refused')) throw new TypeError('This document requires TrustedScript assignment.');
            return text;
          },
          createScriptURL: rules.createScriptURL,
        }),
      },
    });
    try {
      const log = recordingLogger();
      const manager = createConsentManager({ policyUrl: '/p' });
      const refused = gatedScript('analytics', "__gatedRuns.push('refused')");
      container.append(
        gatedScript('analytics', '', new URL('./fixtures/ordered-tracker.js', import.meta.url).href),
        refused,
        gatedScript('analytics', "__gatedRuns.push('after')"),
      );
      gate = createScriptGate(manager, document, reportTo(log));
      manager.set({ analytics: true });
      await waitUntil(() => window.__gatedRuns!.includes('after'), 'the script after the refused one did not run');
      expect(window.__gatedRuns).to.deep.equal(['external', 'after']);
      expect(refused.getAttribute('data-consent-state')).to.equal('failed');
      expect(log.errors).to.have.length(1);
      expect(log.errors[0]).to.contain('A gated script could not be started (an inline script: This document requires TrustedScript assignment.)');
    } finally {
      delete (window as { trustedTypes?: unknown }).trustedTypes;
    }
  });

  describe('refusals', () => {
    it('runs data-consent-refused scripts only once the visitor has refused that category', async () => {
      const manager = createConsentManager({ policyUrl: '/p' });
      const fallback = gatedScript('', "__gatedRuns.push('cookieless fallback')");
      fallback.removeAttribute('data-consent');
      fallback.setAttribute('data-consent-refused', 'analytics');
      container.append(fallback);
      gate = createScriptGate(manager, document, reportTo(consoleLogger));
      await new Promise((r) => setTimeout(r, 30));
      expect(window.__gatedRuns, 'not before a decision').to.deep.equal([]);
      manager.rejectAll();
      await waitUntil(() => window.__gatedRuns!.length === 1);
      manager.acceptAll();
      manager.rejectAll();
      await new Promise((r) => setTimeout(r, 30));
      expect(window.__gatedRuns).to.deep.equal(['cookieless fallback']);
    });

    it('does not run a refusal fallback when the category is granted', async () => {
      const manager = createConsentManager({ policyUrl: '/p' });
      const fallback = gatedScript('', "__gatedRuns.push('fallback')");
      fallback.removeAttribute('data-consent');
      fallback.setAttribute('data-consent-refused', 'analytics');
      container.append(fallback);
      gate = createScriptGate(manager, document, reportTo(consoleLogger));
      manager.acceptAll();
      await new Promise((r) => setTimeout(r, 30));
      expect(window.__gatedRuns).to.deep.equal([]);
    });
  });
});
