/**
 * Brings a decision made in another tab of the same site into this one. The
 * cookie stays the source of truth: a message only says "read it again".
 * Without BroadcastChannel, a tab re-reads the cookie when it becomes visible.
 */
function installTabSync(manager, cookieName, doc = document) {
    const Channel = globalThis.BroadcastChannel;
    const channel = Channel ? new Channel(`consent-banner:${cookieName}`) : null;
    if (channel)
        channel.onmessage = () => manager.syncFromStorage();
    let open = true;
    const unsubscribe = manager.onChange(({ source }) => {
        // Posting takes a few milliseconds; other tabs can hear it a task later than the click that decided.
        if (source !== 'sync')
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
