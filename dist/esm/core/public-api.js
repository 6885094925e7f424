/**
 * The part of a manager that page scripts may call. Decisions made through it
 * are reported with `source: 'api'`.
 */
function createPublicApi(manager) {
    return Object.freeze({
        getState: () => manager.getState(),
        isGranted: (id) => manager.isGranted(id),
        whenGranted: (id) => manager.whenGranted(id),
        acceptAll: () => manager.acceptAll('api'),
        rejectAll: () => manager.rejectAll('api'),
        set: (choices) => manager.set(choices, 'api'),
        showBanner: () => manager.showBanner(),
        showPreferences: () => manager.showPreferences(),
        reset: () => manager.reset(),
        onChange: (listener) => manager.onChange(listener),
    });
}

export { createPublicApi };
