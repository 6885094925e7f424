import type { ConsentApi, ConsentManager } from './consent-manager.js';

declare global {
  interface Window {
    consentBanner?: ConsentApi;
  }
}

/**
 * The part of a manager that page scripts may call. Decisions made through it
 * are reported with `source: 'api'`.
 */
export function createPublicApi(manager: Pick<ConsentManager, keyof ConsentApi>): ConsentApi {
  return Object.freeze({
    getState: () => manager.getState(),
    isGranted: (id: string) => manager.isGranted(id),
    whenGranted: (id: string) => manager.whenGranted(id),
    acceptAll: () => manager.acceptAll('api'),
    rejectAll: () => manager.rejectAll('api'),
    set: (choices: Parameters<ConsentApi['set']>[0]) => manager.set(choices, 'api'),
    showBanner: () => manager.showBanner(),
    showPreferences: () => manager.showPreferences(),
    reset: () => manager.reset(),
    onChange: (listener: Parameters<ConsentApi['onChange']>[0]) => manager.onChange(listener),
  });
}
