// Side effect on purpose: `import 'consent-banner/define'` registers the elements.
import { defineConsentBanner } from './ui/consent-banner/consent-banner.js';

defineConsentBanner();
