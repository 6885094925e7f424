// Side effect on purpose: `import 'consent-banner/define'` registers the elements.
import { defineConsentBanner } from './ui/consent-banner/consent-banner.js';
import { defineConsentDisclosure } from './ui/consent-disclosure/consent-disclosure.js';
import { defineConsentPlaceholder } from './ui/consent-placeholder/consent-placeholder.js';

defineConsentBanner();
defineConsentPlaceholder();
defineConsentDisclosure();
