import { postJson } from './post-json.js';

/**
 * The unsubscribe link of a marketing e-mail (seed policy 001):
 * `…?consent-opt-out=marketing&consent-token=TOKEN` withdraws the category at
 * once, with no click, stores it, removes the parameters from the address bar
 * (so a reload or a shared URL does not repeat it) and shows a confirmation.
 * With `unsubscribeEndpoint`, the site's server is told too. Returns whether
 * the URL carried such a link.
 */
function handleOptOutLink(manager, win, log, retryDelays) {
    const { config } = manager;
    const url = new URL(win.location.href);
    const category = url.searchParams.get(config.optOutParam);
    if (category === null)
        return false;
    const token = url.searchParams.get(config.optOutTokenParam) ?? undefined;
    url.searchParams.delete(config.optOutParam);
    url.searchParams.delete(config.optOutTokenParam);
    win.history.replaceState(win.history.state, '', url.href);
    const known = config.categories.find((c) => c.id === category);
    if (!known || known.required) {
        log.warn(`The opt-out link names category "${category}", which is not an optional category here; nothing was changed.`);
        return false;
    }
    const previous = manager.isGranted(category);
    manager.set({ [category]: false }, 'link', { token });
    const send = (action) => {
        const endpoint = config.unsubscribeEndpoint;
        if (!endpoint)
            return;
        const decision = manager.getDecision();
        const request = { category, token, consentId: decision.consentId, time: new Date(decision.time).toISOString(), action };
        void postJson(endpoint, request, retryDelays).then((sent) => manager.updateNotice({ delivery: sent ? 'sent' : 'failed' }));
    };
    const undo = () => {
        manager.set({ [category]: previous }, 'link', { token });
        manager.dismissNotice();
        send('undo');
    };
    manager.showNotice({ type: 'opt-out', category, token, previous, delivery: config.unsubscribeEndpoint ? 'pending' : 'none', undo });
    send('opt-out');
    return true;
}

export { handleOptOutLink };
