import { defineConsentBanner } from './ui/consent-banner/consent-banner.js';

// Side effect on purpose: `import 'consent-banner/define'` registers the elements.
defineConsentBanner();
