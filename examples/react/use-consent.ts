import type { ConsentApi, ConsentState } from 'consent-banner/core';
import { useEffect, useState } from 'react';

/**
 * The visitor's current consent, kept up to date by `manager.onChange`. Null until the component has
 * mounted in the browser, so the server render and hydration agree and no gated block is ever rendered
 * before the choice is known. Works with `window.consentBanner` (the script tag) too.
 */
export function useConsent(manager: ConsentApi | null | undefined): ConsentState | null {
  const [state, setState] = useState<ConsentState | null>(null);
  useEffect(() => {
    setState(manager?.getState() ?? null);
    return manager?.onChange((detail) => setState(detail.state));
  }, [manager]);
  return state;
}
