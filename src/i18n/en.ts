import type { Strings } from './types.js';

export const en: Strings = {
  bannerTitle: 'Cookies on this site',
  bannerText: (purposes) =>
    `We use cookies and similar technologies for ${purposes}. Apart from those needed to provide the service, we only use them if you agree. You can change or withdraw your consent at any time.`,
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  preferencesTitle: 'Cookie settings',
  preferencesIntro:
    'Choose, for each purpose, whether we may use cookies and similar technologies. We do not use them for purposes you turn off, though some features may then be unavailable.',
  save: 'Save choices',
  close: 'Close',
  on: 'On',
  off: 'Off',
  alwaysOn: 'Always on',
  serviceLocked: 'The service cannot work without these, so they cannot be turned off.',
  gpcNotice: (purposes) =>
    `Your browser sends a Global Privacy Control signal, so ${purposes} stays off. You can still turn it on under Customize.`,
  placeholderText: (purposes) => `This content uses cookies and similar technologies for ${purposes}. It is shown only with your consent.`,
  placeholderAllow: 'Allow and show',
  placeholderSettings: 'Cookie settings',
  placeholderDefaultTitle: 'External content',
  revisionNotice: 'We have updated our privacy policy. Please review it and make your choice again.',
  expiredNotice: 'It has been a while since your last choice, so we are asking again.',
  cannotRemember:
    'Your browser does not accept cookies, so your choice will not be kept once you leave this page, and some features may not work.',
  disclosureLink: 'External transmission policy',
  whenOffLabel: 'When off: ',
  vendorsLabel: 'Sent to: ',
  consentIdLabel: (id, savedAt) => `Consent ID: ${id} (saved ${savedAt})`,
  optOutTitle: 'You have been unsubscribed',
  optOutMarketing:
    'We will no longer send you advertising or campaign e-mails, and we have stopped using cookies and similar technologies for marketing.',
  optOutCategory: (title) => `You have withdrawn your consent to ${title}.`,
  optOutImportant: 'We will still send you important notices about your orders, contracts and account security.',
  optOutPending: 'Recording your unsubscribe request…',
  optOutSent: 'Your unsubscribe request has been recorded.',
  optOutFailed: 'We could not record your unsubscribe request on our server. Please open the link again later, or contact us.',
  undo: 'Undo',
  openSettings: 'Open cookie settings',
  policyUpdatedTitle: 'Privacy policy updated',
  policyUpdated: 'We have updated our privacy policy. Your settings stay as they were.',
  disclosureColumns: { recipient: 'Recipient', data: 'Information sent', purpose: 'Purpose', category: 'Category', optOut: 'Allow sending (opt out)', vendorOptOut: 'Opt out with the recipient' },
  disclosureVendorOptOutLink: 'Opt-out page',
  disclosureNoVendorOptOut: 'None',
  disclosureNote: 'Sending is allowed or stopped per category: all recipients in the same category are switched on or off together.',
  disclosureTableLabel: 'Recipients of external transmissions',
  disclosureEmpty: 'We do not send information to any third party.',
  saved: 'Your choices have been saved.',
  categories: {
    service: {
      title: 'Service provision',
      purpose: 'providing the service',
      description:
        'Cookies the service needs to work: showing pages, keeping you signed in and your cart, and preventing unauthorized access.',
    },
    analytics: {
      title: 'Analytics',
      purpose: 'analytics',
      description: 'Cookies that help us understand, in aggregate, how pages are visited and used, so that we can improve the service.',
    },
    marketing: {
      title: 'Marketing',
      purpose: 'marketing',
      description: 'Cookies used to show ads that match your interests, to measure how well ads work, and to tell you about campaigns.',
    },
  },
};
