import type { ConsentApi, ConsentState } from 'consent-banner/core';

/**
 * The visitor's current consent as rune state, kept up to date by `manager.onChange`. `state` is null until
 * the component is mounted (never, on the server, where effects do not run), so no gated block is rendered
 * before the choice is known. Works with `window.consentBanner` (the script tag) too.
 */
export function useConsent(getManager: () => ConsentApi | null | undefined): { readonly state: ConsentState | null } {
  let state = $state<ConsentState | null>(null);
  $effect(() => {
    const manager = getManager();
    state = manager?.getState() ?? null;
    return manager?.onChange((detail) => (state = detail.state));
  });
  return {
    get state() {
      return state;
    },
  };
}
