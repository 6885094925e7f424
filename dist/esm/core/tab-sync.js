/**
 * Brings a decision made in another tab of the same site into this one. The
 * cookie stays the source of truth: a message only says "read it again".
 * Without BroadcastChannel, a tab re-reads the cookie when it becomes visible.
 */
function installTabSync(manager, cookieName, doc = document) {
    const Channel = globalThis.BroadcastChannel;
    let channel = null;
    let open = true;
    let decidedHere = false;
    // Opening a channel costs milliseconds (8 ms with a 4x slower CPU), so it waits until the task that
    // boots the page (gated scripts, the banner) is done. Another tab's message in that gap is missed, so
    // the cookie is read once more as the channel opens, unless this tab has decided since (its own
    // decision is the newer one, and its cookie check may still be pending).
    setTimeout(() => {
        if (!open || !Channel)
            return;
        channel = new Channel(`consent-banner:${cookieName}`);
        channel.onmessage = () => manager.syncFromStorage();
        if (!decidedHere)
            manager.syncFromStorage();
    });
    const unsubscribe = manager.onChange(({ source }) => {
        if (source === 'sync')
            return;
        decidedHere = true;
        // Posting takes a few milliseconds; other tabs can hear it a task later than the click that decided.
        setTimeout(() => open && channel?.postMessage('changed'));
    });
    const onVisible = () => {
        if (doc.visibilityState === 'visible')
            manager.syncFromStorage();
    };
    doc.addEventListener('visibilitychange', onVisible);
    return () => {
        unsubscribe();
        open = false;
        channel?.close();
        doc.removeEventListener('visibilitychange', onVisible);
    };
}

export { installTabSync };
