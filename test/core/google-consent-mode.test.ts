import { expect } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { formatConsentCookie } from '../../src/core/cookie-format.js';
import { installGoogleConsentMode } from '../../src/core/google-consent-mode.js';
import { createMemoryStorage } from '../../src/core/storage.js';
import { recordingLogger } from '../helpers.js';

/** What gtag.js would read: Arguments objects become arrays, events stay objects. */
function entries(dataLayer: unknown[]) {
  return dataLayer.map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as ArrayLike<unknown>) : entry));
}

const DENIED_DEFAULT = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
  wait_for_update: 500,
};

function setup(config: object, stored?: string) {
  const win = {} as Window;
  const log = recordingLogger();
  const manager = createConsentManager({ policyUrl: '/p', ...config }, { storage: createMemoryStorage(stored), gpc: false, log });
  installGoogleConsentMode(manager, manager.config.googleConsentMode, win, log);
  return { manager, dataLayer: win.dataLayer as unknown[], log, win };
}

describe('Google Consent Mode v2', () => {
  it('does nothing unless enabled', () => {
    const { dataLayer } = setup({});
    expect(dataLayer).to.equal(undefined);
  });

  it('pushes the denied default first, then one update and one consent_update per decision', () => {
    const { manager, dataLayer } = setup({ googleConsentMode: true });
    expect(entries(dataLayer)).to.deep.equal([['consent', 'default', DENIED_DEFAULT]]);
    expect(Object.prototype.toString.call(dataLayer[0])).to.equal('[object Arguments]');
    manager.set({ analytics: true }, 'banner');
    expect(entries(dataLayer).slice(1)).to.deep.equal([
      [
        'consent',
        'update',
        {
          security_storage: 'granted',
          functionality_storage: 'granted',
          analytics_storage: 'granted',
          ad_storage: 'denied',
          ad_user_data: 'denied',
          ad_personalization: 'denied',
        },
      ],
      { event: 'consent_update', consent: { service: true, analytics: true, marketing: false }, consentSource: 'banner' },
    ]);
  });

  it('sends the update for a restored decision right after the default', () => {
    const stored = formatConsentCookie({ revision: '1', time: Date.now() - 1000, consentId: 'abcdefgh1234', granted: ['marketing'] });
    const { dataLayer } = setup({ googleConsentMode: true }, stored);
    const [first, second] = entries(dataLayer) as unknown[][];
    expect(first.slice(0, 2)).to.deep.equal(['consent', 'default']);
    expect(second).to.deep.equal([
      'consent',
      'update',
      {
        security_storage: 'granted',
        functionality_storage: 'granted',
        analytics_storage: 'denied',
        ad_storage: 'granted',
        ad_user_data: 'granted',
        ad_personalization: 'granted',
      },
    ]);
  });

  it('uses a custom mapping per category', () => {
    const { manager, dataLayer } = setup({
      googleConsentMode: { analytics: ['analytics_storage', 'personalization_storage'] },
    });
    manager.acceptAll();
    expect(entries(dataLayer)[1]).to.deep.equal(['consent', 'update', { analytics_storage: 'granted', personalization_storage: 'granted' }]);
  });

  it('reports a dataLayer that is not an array instead of breaking', () => {
    const win = { dataLayer: { not: 'an array' } } as unknown as Window;
    const log = recordingLogger();
    const manager = createConsentManager({ policyUrl: '/p', googleConsentMode: true }, { log });
    installGoogleConsentMode(manager, manager.config.googleConsentMode, win, log);
    manager.acceptAll();
    expect(log.errors[0]).to.contain('window.dataLayer');
  });
});
