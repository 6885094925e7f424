import type { FirstLayerStrings } from './types.js';

/** The English texts the first layer shows (the banner, the floating button, the announcement after a choice). */
export const enFirst: FirstLayerStrings = {
  bannerTitle: 'Cookies on this site',
  bannerText: (purposes) =>
    `We use cookies and similar technologies for ${purposes}. Apart from those needed to provide the service, we only use them if you agree. You can change or withdraw your consent at any time.`,
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Cookie settings',
  gpcNotice: (purposes) =>
    `Your browser sends a Global Privacy Control signal, so ${purposes} stays off. You can still turn it on under Customize.`,
  revisionNotice: 'We have updated our privacy policy. Please review it and make your choice again.',
  expiredNotice: 'It has been a while since your last choice, so we are asking again.',
  cannotRemember:
    'Your browser does not accept cookies, so your choice will not be kept once you leave this page, and some features may not work.',
  disclosureLink: 'External transmission policy',
  saved: 'Your choices have been saved.',
  categories: {
    service: { title: 'Service provision', purpose: 'providing the service' },
    analytics: { title: 'Analytics', purpose: 'analytics' },
    marketing: { title: 'Marketing', purpose: 'marketing' },
  },
};
