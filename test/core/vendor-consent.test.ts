import { expect } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { installVendorConsentCalls, VENDOR_CONSENT_CALLS, VENDOR_CONSENT_GLOBALS } from '../../src/core/vendor-consent.js';

type Calls = unknown[][];

/** A window holding the globals the vendors' published snippets define, each recording what it is told. */
function pageWithTags() {
  const calls: Record<string, Calls> = { clarity: [], fbq: [], uetq: [], ttq: [] };
  const win = {
    clarity: (...args: unknown[]) => calls.clarity.push(args),
    fbq: (...args: unknown[]) => calls.fbq.push(args),
    uetq: { push: (...args: unknown[]) => calls.uetq.push(args) },
    ttq: { grantConsent: () => calls.ttq.push(['grantConsent']), revokeConsent: () => calls.ttq.push(['revokeConsent']) },
  };
  return { win: win as unknown as Window, calls };
}

describe('vendors\' own consent calls', () => {
  const manager = (vendors: unknown[] = []) => createConsentManager({ policyUrl: '/p', vendors } as never);

  it('tells each vendor tag on the page a grant, once, in the vendor\'s documented form', () => {
    const consent = manager();
    const { win, calls } = pageWithTags();
    installVendorConsentCalls(consent, win);
    consent.acceptAll();
    expect(calls.clarity).to.deep.equal([['consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' }]]);
    expect(calls.fbq).to.deep.equal([['consent', 'grant']]);
    expect(calls.uetq).to.deep.equal([['consent', 'update', { ad_storage: 'granted' }]]);
    expect(calls.ttq).to.deep.equal([['grantConsent']]);
  });

  it('tells them a withdrawal, each once', () => {
    const consent = manager();
    const { win, calls } = pageWithTags();
    installVendorConsentCalls(consent, win);
    consent.acceptAll();
    Object.values(calls).forEach((list) => list.splice(0));
    consent.set({ marketing: false });
    expect(calls.fbq).to.deep.equal([['consent', 'revoke']]);
    expect(calls.uetq).to.deep.equal([['consent', 'update', { ad_storage: 'denied' }]]);
    expect(calls.ttq).to.deep.equal([['revokeConsent']]);
    // Clarity's ad storage follows marketing; its analytics consent stands.
    expect(calls.clarity).to.deep.equal([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' }]]);

    Object.values(calls).forEach((list) => list.splice(0));
    consent.set({ analytics: false });
    expect(calls.clarity).to.deep.equal([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
    expect(calls.fbq).to.deep.equal([['consent', 'revoke']]);
  });

  it('follows the category the site gives a vendor', () => {
    const consent = manager([{ id: 'meta-pixel', name: 'Meta', category: 'analytics', domains: ['connect.facebook.net'] }]);
    const { win, calls } = pageWithTags();
    installVendorConsentCalls(consent, win);
    consent.set({ marketing: true });
    expect(calls.fbq).to.deep.equal([['consent', 'revoke']]);
    consent.set({ analytics: true });
    expect(calls.fbq).to.deep.equal([['consent', 'revoke'], ['consent', 'grant']]);
  });

  it('leaves alone a vendor whose tag is not on the page, and survives a broken one', () => {
    const consent = manager();
    const calls: Calls = [];
    const win = {
      clarity: () => {
        throw new Error('broken tag');
      },
      fbq: (...args: unknown[]) => calls.push(args),
    } as unknown as Window;
    installVendorConsentCalls(consent, win);
    consent.acceptAll();
    expect(calls).to.deep.equal([['consent', 'grant']]);
  });

  it('tells a first refusal too, so a tag that ran on its defaults stops', () => {
    const consent = manager();
    const { win, calls } = pageWithTags();
    installVendorConsentCalls(consent, win);
    consent.rejectAll();
    expect(calls.fbq).to.deep.equal([['consent', 'revoke']]);
    expect(calls.clarity).to.deep.equal([['consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }]]);
    expect(calls.uetq).to.deep.equal([['consent', 'update', { ad_storage: 'denied' }]]);
    expect(calls.ttq).to.deep.equal([['revokeConsent']]);
  });

  it('names every tag\'s global in the list the core looks at before fetching this part', () => {
    expect(VENDOR_CONSENT_GLOBALS).to.deep.equal(VENDOR_CONSENT_CALLS.map((call) => call.global));
  });
});
