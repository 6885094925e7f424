import type { ConsentApi, ConsentState } from 'consent-banner/core';
import { onMounted, shallowRef, toValue, watchEffect, type MaybeRefOrGetter, type ShallowRef } from 'vue';

/**
 * The visitor's current consent as a ref, kept up to date by `manager.onChange`. Null until the component
 * is mounted (never, on the server), so no gated block is rendered before the choice is known.
 * Works with `window.consentBanner` (the script tag) too.
 */
export function useConsent(manager: MaybeRefOrGetter<ConsentApi | null | undefined>): Readonly<ShallowRef<ConsentState | null>> {
  const state = shallowRef<ConsentState | null>(null);
  onMounted(() => {
    // Created while mounting, so it stops (and unsubscribes) when the component unmounts.
    watchEffect((onCleanup) => {
      const api = toValue(manager);
      state.value = api?.getState() ?? null;
      if (api) onCleanup(api.onChange((detail) => (state.value = detail.state)));
    });
  });
  return state;
}
