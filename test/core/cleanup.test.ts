import { expect } from '@open-wc/testing';
import { candidateDomains, deleteCookies, installCleanup, namePattern } from '../../src/core/cleanup.js';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { clearCookies, readCookie } from '../helpers.js';

describe('clean-up on withdrawal', () => {
  beforeEach(clearCookies);
  afterEach(() => {
    clearCookies();
    localStorage.clear();
  });

  it('matches exact names and * patterns only', () => {
    const pattern = namePattern(['_ga', '_ga_*', '_fbp'])!;
    expect(['_ga', '_ga_ABC123', '_fbp'].every((n) => pattern.test(n))).to.equal(true);
    expect(['_gat', 'x_ga', '_fbp2', 'session'].some((n) => pattern.test(n))).to.equal(false);
  });

  it('tries the host and every parent domain, not for IP addresses or localhost', () => {
    expect(candidateDomains('shop.example.co.jp')).to.deep.equal([undefined, 'shop.example.co.jp', 'example.co.jp', 'co.jp']);
    expect(candidateDomains('localhost')).to.deep.equal([undefined]);
    expect(candidateDomains('127.0.0.1')).to.deep.equal([undefined]);
  });

  it('deletes matching cookies set on any path and leaves the others', () => {
    document.cookie = '_ga=GA1.1.1; Path=/';
    document.cookie = '_ga_XYZ=GS1.1; Path=/';
    document.cookie = `_ga_deep=1; Path=${location.pathname.replace(/[^/]*$/, '')}`;
    document.cookie = 'session=keep; Path=/';
    expect(deleteCookies(['_ga', '_ga_*'])).to.have.members(['_ga', '_ga_XYZ', '_ga_deep']);
    expect(document.cookie).to.equal('session=keep');
  });

  it('removes a withdrawn category\'s vendor cookies and storage keys, and those of refused categories at start', () => {
    document.cookie = '_fbp=fb.1.2; Path=/';
    document.cookie = '_ga=GA1.1.1; Path=/';
    localStorage.setItem('_hjUser', '1');
    localStorage.setItem('cart', 'keep');
    const manager = createConsentManager({
      policyUrl: '/p',
      vendors: [
        { id: 'ga4', name: 'Google Analytics', category: 'analytics', cookies: ['_ga'] },
        { id: 'meta', name: 'Meta', category: 'marketing', cookies: ['_fbp'] },
        { id: 'hotjar', name: 'Hotjar', category: 'analytics', storage: ['_hj*'] },
      ],
    });
    manager.set({ analytics: true });
    installCleanup(manager, document, window);
    expect(readCookie('_fbp'), 'marketing is refused: removed at start').to.equal(undefined);
    expect(readCookie('_ga')).to.equal('GA1.1.1');

    manager.set({ analytics: false });
    expect(readCookie('_ga')).to.equal(undefined);
    expect(localStorage.getItem('_hjUser')).to.equal(null);
    expect(localStorage.getItem('cart')).to.equal('keep');
  });

  it('leaves a note for the next page view after a withdrawal, and clears it once it has cleaned up again', () => {
    const manager = createConsentManager({ policyUrl: '/p', categories: { analytics: { cookies: ['_ga'] } } });
    manager.set({ analytics: true });
    installCleanup(manager, document, window);
    expect(readCookie('consent_banner_cleanup'), 'nothing withdrawn yet').to.equal(undefined);
    manager.set({ analytics: false });
    expect(readCookie('consent_banner_cleanup')).to.equal('1');

    // The next page view: a tracker still running on the last one wrote its cookie again.
    document.cookie = '_ga=GA1.1.2; Path=/';
    installCleanup(createConsentManager({ policyUrl: '/p', categories: { analytics: { cookies: ['_ga'] } } }), document, window);
    expect(readCookie('_ga')).to.equal(undefined);
    expect(readCookie('consent_banner_cleanup')).to.equal(undefined);
  });
});
