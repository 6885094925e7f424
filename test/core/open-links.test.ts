import { expect } from '@open-wc/testing';
import { createConsentManager } from '../../src/core/consent-manager.js';
import { installOpenLinks } from '../../src/core/open-links.js';

describe('data-consent-open', () => {
  it('opens the preferences from any element carrying it, also one added later', () => {
    const manager = createConsentManager({ policyUrl: '/p' });
    manager.acceptAll();
    const remove = installOpenLinks(document, manager);
    const link = document.createElement('a');
    link.href = '#cookie-settings';
    link.setAttribute('data-consent-open', '');
    link.innerHTML = '<span>Cookie設定</span>';
    document.body.append(link);
    link.querySelector('span')!.click();
    expect(manager.getView()).to.equal('preferences');
    expect(location.hash).to.not.equal('#cookie-settings');
    link.remove();
    remove();
  });
});
