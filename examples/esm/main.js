// A site without a build step: the import map in index.html points the package names at the built files.
import { createConsentManager, createCookieStorage, installOpenLinks } from 'consent-banner/core';
import { mountConsentBanner } from 'consent-banner';

const manager = createConsentManager({ policyUrl: '/privacy' }, { storage: createCookieStorage({ name: 'consent_banner' }) });

/** Shows each `[data-requires-consent]` element only while every category it names is granted. */
function showWhenGranted(state) {
  for (const element of document.querySelectorAll('[data-requires-consent]')) {
    element.hidden = !element.dataset.requiresConsent.split(' ').every((id) => state[id]);
  }
}
showWhenGranted(manager.getState());
document.addEventListener('consent-change', (event) => showWhenGranted(event.detail.state));

installOpenLinks(document, manager); // the footer's "Cookie settings" link
await mountConsentBanner(manager);
manager.start();
