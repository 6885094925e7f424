const en = {
    bannerTitle: 'Cookies on this site',
    bannerText: (purposes) => `We use cookies and similar technologies for ${purposes}. Apart from those needed to provide the service, we only use them if you agree. You can change or withdraw your consent at any time.`,
    policyLink: 'Privacy policy',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customize',
    preferencesTitle: 'Cookie settings',
    preferencesIntro: 'Choose, for each purpose, whether we may use cookies and similar technologies. We do not use them for purposes you turn off, though some features may then be unavailable.',
    save: 'Save choices',
    close: 'Close',
    on: 'On',
    off: 'Off',
    alwaysOn: 'Always on',
    serviceLocked: 'These are essential for showing pages, keeping you signed in and keeping the site secure, so they cannot be turned off.',
    gpcNotice: (purposes) => `Your browser sends a Global Privacy Control signal, so ${purposes} stays off. You can still turn it on under Customize.`,
    placeholderText: (purposes) => `This content uses cookies and similar technologies for ${purposes}. It is shown only with your consent.`,
    placeholderAllow: 'Allow and show',
    placeholderSettings: 'Cookie settings',
    placeholderDefaultTitle: 'External content',
    categories: {
        service: {
            title: 'Service provision',
            purpose: 'providing the service',
            description: 'Cookies the service needs to work: showing pages, keeping you signed in and your cart, and preventing unauthorised access.',
        },
        analytics: {
            title: 'Analytics',
            purpose: 'analytics',
            description: 'Help us understand, in aggregate, how pages are visited and used, so that we can improve the service.',
        },
        marketing: {
            title: 'Marketing',
            purpose: 'marketing',
            description: 'Used to show ads that match your interests, to measure how well ads work, and to tell you about campaigns.',
        },
    },
};

export { en };
