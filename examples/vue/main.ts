// The browser entry, bundled to dist/main.js by `node examples/build.mjs`.
import 'consent-banner/define';
import { createConsentManager, createCookieStorage, type ConsentChangeDetail, type ConsentManager } from 'consent-banner/core';
import { createApp } from 'vue';
import { App } from './App.js';

export interface MountOptions {
  /** Defaults to a manager that keeps the choice in a cookie. */
  manager?: ConsentManager;
  onConsentChange?: (detail: ConsentChangeDetail) => void;
}

/** Mounts the app in `container`. Returns unmount. */
export function mountApp(container: Element, { manager, onConsentChange }: MountOptions = {}): () => void {
  manager ??= createConsentManager({ policyUrl: '/privacy' }, { storage: createCookieStorage({ name: 'consent_banner' }) });
  const app = createApp(App, { manager, onConsentChange });
  app.mount(container);
  return () => app.unmount();
}
