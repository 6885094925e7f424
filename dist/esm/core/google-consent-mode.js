import { GOOGLE_CONSENT_TYPES } from './config-rules.js';
import { reportTo } from './boot-problems.js';

/** How long Google tags wait for our update after the default. */
const WAIT_FOR_UPDATE_MS = 500;
function googleConsentFor(state, mapping) {
    const values = {};
    for (const [id, types] of Object.entries(mapping)) {
        for (const type of types)
            if (values[type] !== 'granted')
                values[type] = state[id] ? 'granted' : 'denied';
    }
    return values;
}
/**
 * Google Consent Mode v2: the default (everything denied but
 * security_storage) goes to the dataLayer at once, before any gated tag can
 * run. Returns the function that then follows a manager: one `update` for a
 * restored decision and one per decision, each followed by a `consent_update`
 * event for tag managers. Null when Consent Mode is off or cannot be sent.
 */
function startGoogleConsentMode(mapping, win, report) {
    if (!mapping)
        return null;
    win.dataLayer ??= [];
    const dataLayer = win.dataLayer;
    if (typeof dataLayer?.push !== 'function') {
        report('data-layer');
        return null;
    }
    // gtag.js only reads Arguments objects, not arrays, from the dataLayer.
    function gtag(..._args) {
        // eslint-disable-next-line prefer-rest-params
        dataLayer.push(arguments);
    }
    const defaults = Object.fromEntries(GOOGLE_CONSENT_TYPES.map((type) => [type, 'denied']));
    defaults.security_storage = 'granted';
    defaults.wait_for_update = WAIT_FOR_UPDATE_MS;
    gtag('consent', 'default', defaults);
    return (manager, followedMapping) => {
        const update = (state, source) => {
            gtag('consent', 'update', googleConsentFor(state, followedMapping));
            dataLayer.push({ event: 'consent_update', consent: state, consentSource: source });
        };
        if (manager.isDecided())
            update(manager.getState(), 'restore');
        manager.onChange(({ state, source }) => update(state, source));
    };
}
/** The default now, and updates that follow `manager`. */
function installGoogleConsentMode(manager, mapping, win, log) {
    startGoogleConsentMode(mapping, win, reportTo(log))?.(manager, mapping);
}

export { googleConsentFor, installGoogleConsentMode, startGoogleConsentMode };
