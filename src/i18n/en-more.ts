import type { MoreStrings } from './types.js';

/** The rest of the English texts: the preferences, the notices, placeholders and disclosure tables. */
export const enMore: MoreStrings = {
  preferencesIntro:
    'Choose, for each purpose, whether we may use cookies and similar technologies. We do not use them for purposes you turn off, though some features may then be unavailable.',
  save: 'Save choices',
  close: 'Close',
  on: 'On',
  off: 'Off',
  alwaysOn: 'Always on',
  serviceLocked: 'The service cannot work without these, so they cannot be turned off.',
  placeholderText: (purposes) => `This content uses cookies and similar technologies for ${purposes}. It is shown only with your consent.`,
  placeholderAllow: 'Allow and show',
  placeholderSettings: 'Cookie settings',
  placeholderDefaultTitle: 'External content',
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
  categories: {
    service: {
      description:
        'Cookies the service needs to work: showing pages, keeping you signed in and your cart, and preventing unauthorized access.',
    },
    analytics: {
      description:
        'Cookies that help us understand, in aggregate, how pages are visited and used, so that we can improve the service.',
    },
    marketing: {
      description:
        'Cookies used to show ads that match your interests, to measure how well ads work, and to tell you about campaigns.',
    },
  },
};
